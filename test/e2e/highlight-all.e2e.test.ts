/** Highlight-all mode: underlines by office, the page summary, reveal, dynamic pages, the context menu's answer. */
import { beforeEach, describe, expect, it } from 'vitest';
import { LARGE_PAGES } from '../fixtures/large-pages';
import { highlightCounts, hover, popoverText, watchPage } from './support/page-helpers';
import { sendToTab, setSettings, useSession } from './support/session';

const session = useSession({ '/mutating.html': LARGE_PAGES['/mutating.html']!() });

interface Summary {
  highlighting: boolean;
  scanning: boolean;
  places: Array<{ code: string; count: number }>;
}

describe('highlight-all mode', () => {
  beforeEach(() => setSettings(session, { language: 'zh', hoverDelay: 0, highlightAll: true }));

  it('underlines every place by office without changing the page, and still shows the popover', async () => {
    await setSettings(session, { language: 'zh', hoverDelay: 0 });
    const page = await session.open('plain.html');
    const changes = await watchPage(page);
    await setSettings(session, { language: 'zh', hoverDelay: 0, highlightAll: true });
    // Ranges by office: gdeto 深圳 广州 福州 鼓楼区(福州) Shenzhen; sheto 杭州 義烏 南京
    // 鼓楼区(南京) and <b>杭</b>州 in two ranges; bjo 北京 瀋陽 吉林 Urumqi; cdeto Xi'an.
    // Not 合作, 东方, 长春 (李长春) or 海城市 (沿海城市).
    await expect.poll(() => highlightCounts(page)).toEqual({ gdeto: 5, sheto: 6, bjo: 4, cdeto: 1 });
    await page.screenshot(session.shot('highlight-all-underlines'));
    await hover(page, '#hans', '深圳');
    await expect.poll(() => popoverText(page)).toContain('深圳市');
    await page.screenshot(session.shot('highlight-all'));
    expect((await changes()).mutations).toEqual([]);

    const tabId = await session.engine.tabIdOf(page);
    const summary = (await sendToTab(session, tabId, { type: 'pageSummary' })) as Summary;
    expect(summary.highlighting).toBe(true);
    const counts = Object.fromEntries(summary.places.map((p) => [p.code, p.count]));
    expect(counts['330100']).toBe(2); // 杭州 twice
    expect(counts['440300']).toBe(2); // 深圳 and Shenzhen
    expect(counts['210100']).toBe(1); // 瀋陽

    await setSettings(session, { language: 'zh', hoverDelay: 0, highlightAll: false });
    await expect.poll(() => highlightCounts(page)).toEqual({});
    await page.close();
  });

  it('scans again when the county short-name setting changes', async () => {
    const page = await session.open('counties.html');
    // 义乌 is a county-level city, found by its short name; 余杭 and 萧山 are districts.
    await expect.poll(() => highlightCounts(page)).toEqual({ sheto: 1 });
    await setSettings(session, { language: 'zh', hoverDelay: 0, highlightAll: true, countyShortNames: true });
    await expect.poll(() => highlightCounts(page)).toEqual({ sheto: 3 });
    await page.close();
  });

  it('scrolls to the first mention of a place on request', async () => {
    const page = await session.open('long.html');
    const tabId = await session.engine.tabIdOf(page);
    await expect
      .poll(async () =>
        ((await sendToTab(session, tabId, { type: 'pageSummary' })) as Summary).places.map((p) => p.code),
      )
      .toContain('610100');
    expect(await page.evaluate(() => scrollY)).toBe(0);
    expect(await sendToTab(session, tabId, { type: 'reveal', code: '610100' })).toEqual({ revealed: true });
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(1000);
    await page.close();
  });

  it('follows a page that changes all the time, without piling up stale highlights', async () => {
    const page = await session.open('mutating.html');
    const total = async () => Object.values(await highlightCounts(page)).reduce((a, b) => a + b, 0);
    const added = () => page.evaluate(() => document.querySelectorAll('#feed > *').length);
    // The feed gains two places every 100 ms from page load; a busy machine may need more than
    // poll's default second to see the first twenty.
    await expect.poll(total, { timeout: 10_000 }).toBeGreaterThan(20);
    await expect.poll(added, { timeout: 10_000 }).toBeGreaterThan(25);
    await expect.poll(total, { timeout: 10_000 }).toBeGreaterThan(40);
    // Each item holds two places and the ticker two more: no more highlights than that, although
    // the ticker has been rewritten many times meanwhile.
    const [places, items] = [await total(), await added()];
    expect(places).toBeLessThanOrEqual(2 * (items + 1) + 2);
    await page.close();
  });

  it('answers the context menu: a pinned popover for a selected place name', async () => {
    await setSettings(session, { language: 'zh', hoverDelay: 0 });
    const page = await session.open('plain.html');
    await page.evaluate(() => {
      const node = document.querySelector('#hant')!.firstChild as Text;
      const at = node.data.indexOf('義烏');
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 2);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    const tabId = await session.engine.tabIdOf(page);
    expect(await sendToTab(session, tabId, { type: 'lookupSelection', text: '義烏' })).toEqual({ found: true });
    await expect.poll(() => popoverText(page)).toContain('義烏市');
    expect(await sendToTab(session, tabId, { type: 'lookupSelection', text: '沒有地名' })).toEqual({ found: false });
    expect(await sendToTab(session, tabId, { type: 'no such message' })).toBeUndefined();
    await page.close();
  });
});
