// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { renderPopup } from './popup-harness';

afterEach(cleanup);

async function open(query: string, language: 'en' | 'zh' = 'zh') {
  const popup = await renderPopup({ stored: { language, script: 'hant' }, query });
  fireEvent.keyDown(screen.getByRole('combobox'), { key: 'Enter' });
  return { popup, card: screen.getByRole('region', { name: language === 'en' ? 'Details' : '詳情' }) };
}

describe('popup cards', () => {
  it('shows a place with its chain, office, liaison unit, help, hotline and website, and copies it', async () => {
    const { popup, card } = await open('余杭区');
    const text = card.textContent!;
    expect(within(card).getByRole('heading', { level: 2 }).textContent).toContain('餘杭區');
    expect(text).toContain('杭州市 · 浙江省');
    expect(text).toContain('香港特別行政區政府駐上海經濟貿易辦事處');
    expect(text).toContain('駐浙江聯絡處');
    expect(text).toContain('入境事務組');
    expect(text).toContain('(86 21) 6351 2233 ext. 160');
    expect(text).toContain('(852) 1868');
    expect(within(card).getByRole('link', { name: '(852) 1868' }).getAttribute('href')).toBe('tel:+8521868');
    expect(within(card).getByRole('link', { name: 'www.sheto.gov.hk' }).getAttribute('href')).toBe(
      'https://www.sheto.gov.hk',
    );
    expect(within(card).getByRole('link', { name: '(86 21) 6351 2233 ext. 160' }).getAttribute('href')).toBe(
      'tel:+862163512233',
    );
    expect(text).toContain('資料截至 2026-01');

    fireEvent.click(within(card).getByRole('button', { name: '複製' }));
    await within(card).findByRole('button', { name: '已複製' });
    expect(popup.copied).toHaveLength(1);
    expect(popup.copied[0]).toContain('餘杭區 · 杭州市 · 浙江省');
    expect(popup.copied[0]).toContain('駐浙江聯絡處');
  });

  it('says so when the browser refuses the clipboard', async () => {
    const popup = await renderPopup({ stored: { language: 'zh', script: 'hant' }, query: '余杭区', refuseCopy: true });
    fireEvent.keyDown(screen.getByRole('combobox'), { key: 'Enter' });
    const card = screen.getByRole('region', { name: '詳情' });
    fireEvent.click(within(card).getByRole('button', { name: '複製' }));
    await within(card).findByRole('button', { name: '未能複製' });
    expect(popup.copied).toEqual([]);
  });

  it('says when a place has no liaison unit and its office lists no Immigration Division telephone', async () => {
    const { card } = await open('Hainan', 'en');
    expect(card.textContent).toContain('Hong Kong Economic and Trade Office in Guangdong');
    expect(card.textContent).toContain('No liaison unit for this area: contact the office.');
    expect(card.querySelector('.help')!.textContent).toContain('Contact details: see the office’s website');
    expect(within(card).getByRole('link', { name: 'www.gdeto.gov.hk' })).toBeTruthy();
  });

  it('shows an office: what it covers, seat, website, Immigration Division, liaison units and dated sources', async () => {
    const { card } = await open('CDETO', 'en');
    const text = card.textContent!;
    expect(within(card).getByRole('heading', { level: 2 }).textContent).toContain(
      'Hong Kong Economic and Trade Office in Chengdu',
    );
    expect(text).toContain('香港特別行政區政府駐成都經濟貿易辦事處');
    expect(text).toContain('Sichuan, Chongqing, Shaanxi, Guizhou, Yunnan, Tibet, Qinghai');
    expect(text).toMatch(/SeatChengdu/);
    expect(text).toContain('(86 28) 8208 6660');
    expect(within(card).getByRole('link', { name: 'www.cdeto.gov.hk' })).toBeTruthy();
    const units = [...card.querySelectorAll('[data-unit]')].map((li) => li.getAttribute('data-unit'));
    expect(units).toEqual(['chongqing', 'shaanxi']);
    const sources = card.querySelector('details.sources')!;
    expect(sources.querySelector('summary')!.textContent).toMatch(/^Sources \(\d+\)$/);
    expect(sources.textContent).toContain('S32');
    const first = sources.querySelector('.source-list li')!;
    expect(first.querySelector('a')!.getAttribute('href')).toMatch(/^https?:\/\//);
    expect(first.querySelector('.source-date')!.textContent).toMatch(/^\(.+\)$/);
  });

  it('shows a liaison unit with its office, area, start and where to get immigration help', async () => {
    const { card } = await open('駐深圳聯絡處');
    const text = card.textContent!;
    expect(within(card).getByRole('heading', { level: 2 }).textContent).toBe('駐深圳聯絡處');
    expect(text).toContain('香港特別行政區政府駐粵經濟貿易辦事處');
    expect(text).toContain('深圳');
    expect(text).toContain('2010');
    expect(text).toContain('入境事務求助：駐粵辦');
    expect(text).toContain('聯絡資料請參閱辦事處網站');
  });
});
