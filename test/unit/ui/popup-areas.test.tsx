// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { renderPopup } from './popup-harness';

afterEach(cleanup);

async function open(query: string, language: 'en' | 'zh' = 'en') {
  await renderPopup({ stored: { language, script: 'hant' }, query });
  const options = screen.getAllByRole('option');
  fireEvent.keyDown(screen.getByRole('combobox'), { key: 'Enter' });
  return { options, card: screen.getByRole('region', { name: language === 'en' ? 'Details' : '詳情' }) };
}

describe('popup: new areas, zones and regions', () => {
  it('finds 雄安 as a state-level new area in Baoding’s three counties, served by the Beijing Office', async () => {
    const { options, card } = await open('雄安');
    expect(options[0]!.textContent).toContain('雄安新區');
    expect(options[0]!.textContent).toContain('State-level new area');
    expect(card.querySelector('h2')!.textContent).toBe('雄安新區');
    expect(card.textContent).toContain('State-level new area (since 2017-04). Not an administrative division');
    expect(card.textContent).toContain('容城縣, 安新縣, 雄縣');
    expect([...card.querySelectorAll('.area-offices li')].map((li) => li.getAttribute('data-office'))).toEqual(['bjo']);
    const sources = card.querySelector('details.sources')!;
    expect(sources.querySelectorAll('.source-list li').length).toBeGreaterThan(0);
  });

  it('finds 前海 as a cooperation zone served by GDETO', async () => {
    const { card } = await open('前海', 'zh');
    expect(card.textContent).toContain('合作區');
    expect(card.textContent).toContain('深圳市');
    expect(within(card).getByText('GDETO')).toBeTruthy();
  });

  it('opens a region with the offices that serve its provinces', async () => {
    const { card } = await open('長三角');
    expect(card.textContent).toContain('Region');
    expect(card.textContent).toContain('上海市, 江蘇省, 浙江省, 安徽省');
    expect([...card.querySelectorAll('.area-offices li')].map((li) => li.getAttribute('data-office'))).toEqual([
      'sheto',
    ]);
  });
});
