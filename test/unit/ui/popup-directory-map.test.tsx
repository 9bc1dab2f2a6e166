// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { renderPopup } from './popup-harness';

afterEach(cleanup);

describe('popup directory', () => {
  it('lists the five offices and eleven liaison units, with the data date and dated sources', async () => {
    await renderPopup({ stored: { language: 'en' } });
    fireEvent.click(screen.getByRole('tab', { name: 'Directory' }));
    const panel = screen.getByRole('tabpanel', { name: 'Directory' });
    const offices = panel.querySelectorAll('article[data-office]');
    expect([...offices].map((o) => o.getAttribute('data-office'))).toEqual(['bjo', 'gdeto', 'sheto', 'cdeto', 'wheto']);
    expect(panel.querySelectorAll('li[data-unit]')).toHaveLength(11);
    expect(panel.textContent).toContain('Information as of 2026-01');
    const bjo = offices[0] as HTMLElement;
    expect(bjo.textContent).toContain(
      'Beijing, Tianjin, Hebei, Liaoning, Jilin, Heilongjiang, Inner Mongolia, Xinjiang, Gansu, Ningxia',
    );
    expect(within(bjo).getByRole('link', { name: 'www.bjo.gov.hk' })).toBeTruthy();
    expect(bjo.textContent).toContain('(86 10) 6657 2880 ext. 032');
    const unitNames = [...panel.querySelectorAll('li[data-unit] .unit-name')].map((n) => n.textContent);
    expect(unitNames).toContain('Shenzhen Liaison Unit');
    // One for the data's date, and one per office.
    expect(panel.querySelectorAll('.source-list')).toHaveLength(6);
    for (const list of panel.querySelectorAll('.source-list')) {
      expect(list.querySelectorAll('li').length).toBeGreaterThan(0);
      for (const date of list.querySelectorAll('.source-date')) expect(date.textContent).not.toBe('()');
    }
  });
});

describe('popup map', () => {
  const tile = (code: string) => document.querySelector<HTMLButtonElement>(`.tile[data-code="${code}"]`)!;

  it('shows 31 named tiles coloured by office, with a legend', async () => {
    await renderPopup({ stored: { language: 'en' } });
    fireEvent.click(screen.getByRole('tab', { name: 'Map' }));
    const tiles = screen.getAllByRole('button').filter((b) => b.classList.contains('tile'));
    expect(tiles).toHaveLength(31);
    expect(tile('330000').getAttribute('aria-label')).toBe(
      'ZJ (Zhejiang): Hong Kong Economic and Trade Office in Shanghai (SHETO); liaison unit: Zhejiang Liaison Unit',
    );
    expect(tile('440000').getAttribute('aria-label')).toContain('liaison unit: Shenzhen Liaison Unit (Shenzhen)');
    expect(tile('440000').dataset.office).toBe('gdeto');
    expect(tile('440000').style.background).toMatch(/#009e73|rgb\(0, 158, 115\)/i);
    expect(tile('310000').style.color).toMatch(/#fff|white|rgb\(255, 255, 255\)/i); // white on SHETO blue reads better
    expect(tile('110000').style.color).toMatch(/#000|black|rgb\(0, 0, 0\)/i);
    expect(tile('330000').querySelector('.tile-mark')!.textContent).toBe('●');
    expect(tile('440000').querySelector('.tile-mark')!.textContent).toBe('○');
    expect(tile('320000').querySelector('.tile-mark')).toBeNull();
    const legend = screen.getByRole('list', { name: 'Legend' });
    expect(within(legend).getAllByRole('listitem')).toHaveLength(7);
  });

  it('shows a clicked province’s office and cities, and opens a city’s card', async () => {
    await renderPopup({ stored: { language: 'zh', script: 'hant' } });
    fireEvent.click(screen.getByRole('tab', { name: '地圖' }));
    fireEvent.click(tile('440000'));
    expect(tile('440000').getAttribute('aria-pressed')).toBe('true');
    const detail = document.querySelector<HTMLElement>('.province-detail')!;
    expect(within(detail).getByRole('heading', { level: 3 }).textContent).toContain('廣東省');
    expect(detail.textContent).toContain('香港特別行政區政府駐粵經濟貿易辦事處');
    expect(detail.textContent).toContain('駐深圳聯絡處 (只負責深圳)');
    const cities = detail.querySelectorAll('.chip');
    expect(cities).toHaveLength(21);
    expect(detail.querySelector('.chip[data-code="440300"]')!.textContent).toContain('深圳市');

    fireEvent.click(detail.querySelector('.chip[data-code="440300"]')!);
    expect(screen.getByRole('tab', { name: '搜尋' }).getAttribute('aria-selected')).toBe('true');
    const card = screen.getByRole('region', { name: '詳情' });
    expect(card.textContent).toContain('深圳市');
    expect(card.textContent).toContain('駐深圳聯絡處');
  });

  it('moves between tiles with arrow keys as on the map, keeping one tab stop', async () => {
    await renderPopup({ stored: { language: 'en' } });
    fireEvent.click(screen.getByRole('tab', { name: 'Map' }));
    fireEvent.click(tile('330000'));
    expect(tile('330000').tabIndex).toBe(0);
    tile('330000').focus();
    fireEvent.keyDown(tile('330000'), { key: 'ArrowDown' });
    await waitFor(() => expect(document.activeElement).toBe(tile('350000')));
    expect(tile('350000').tabIndex).toBe(0);
    expect(tile('330000').tabIndex).toBe(-1);
    fireEvent.keyDown(tile('350000'), { key: 'ArrowLeft' });
    await waitFor(() => expect(document.activeElement).toBe(tile('440000')));
    expect(document.querySelectorAll('.tile[tabindex="0"]')).toHaveLength(1);
  });

  it('lists a municipality’s districts', async () => {
    await renderPopup({ stored: { language: 'zh', script: 'hans' } });
    fireEvent.click(screen.getByRole('tab', { name: '地图' }));
    fireEvent.click(tile('110000'));
    const detail = document.querySelector<HTMLElement>('.province-detail')!;
    expect(detail.textContent).toContain('下辖区县 (16)');
    expect(detail.textContent).toContain('驻北京办事处');
    expect(detail.textContent).toContain('此地区没有联络处');
  });
});
