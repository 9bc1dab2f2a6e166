import { beforeEach, describe, expect, it } from 'vitest';
import { hover, popover, popoverText, popoverVisible, watchPage } from './support/page-helpers';
import { setSettings, useSession } from './support/session';

const session = useSession();

describe('hover popover', () => {
  beforeEach(() => setSettings(session, { language: 'zh', hoverDelay: 0 }));

  it('names the office of a Simplified place name, from either character, without touching the page', async () => {
    const page = await session.open('plain.html');
    const changes = await watchPage(page);

    await hover(page, '#hans', '深圳', 1);
    await expect.poll(() => popoverText(page)).toContain('深圳市');
    const text = (await popoverText(page))!;
    expect(text).toContain('廣東省');
    expect(text).toContain('香港特別行政區政府駐粵經濟貿易辦事處');
    expect(text).toContain('駐深圳聯絡處');
    expect(text).toContain('(852) 1868');
    await page.screenshot(session.shot('hover-shenzhen'));

    await hover(page, '#hans', '杭州', 1);
    await expect.poll(() => popoverText(page)).toContain('杭州市');
    expect(await popoverText(page)).toContain('駐上海經濟貿易辦事處');
    expect(await popoverText(page)).toContain('駐浙江聯絡處');

    const { mutations, selection } = await changes();
    expect(mutations).toEqual([]);
    expect(selection).toBe('|0|BODY → |0|BODY');
    await page.close();
  });

  it('reads names split by markup and Traditional forms', async () => {
    const page = await session.open('plain.html');
    await hover(page, '#split', '杭州', 1);
    await expect.poll(() => popoverText(page)).toContain('杭州市');
    await hover(page, '#hant', '瀋陽', 0);
    await expect.poll(() => popoverText(page)).toContain('瀋陽市');
    expect(await popoverText(page)).toContain('駐遼寧聯絡處');
    await page.close();
  });

  it('lists every candidate of an ambiguous name, the one named nearby first', async () => {
    const page = await session.open('plain.html');
    await hover(page, '#ambiguous', '鼓楼区', 1, 1); // the second 鼓楼区, after 福州
    await expect.poll(() => popoverText(page)).toContain('共有 4 個地方同名');
    const names = await page.evaluate(() =>
      [...document.querySelector('hketo-lens-popover')!.shadowRoot!.querySelectorAll('.card')].map(
        (card) => card.querySelector('.chain')?.textContent ?? '',
      ),
    );
    expect(names).toHaveLength(4);
    expect(names[0]).toContain('福州市');
    await page.screenshot(session.shot('hover-ambiguous'));
    await page.close();
  });

  it('hides away from place names', async () => {
    const page = await session.open('plain.html');
    await hover(page, '#hans', '深圳');
    await expect.poll(() => popoverText(page)).toContain('深圳市');
    await hover(page, '#plainwords', '合作');
    await expect.poll(() => popoverVisible(page)).toBe(false);
    expect((await popover(page))?.text).toContain('深圳市'); // hidden, not emptied
    await page.close();
  });
});
