/** Highlight-all mode: underlines by office, the page summary, reveal, dynamic pages. */
import { beforeEach, describe, expect, it } from 'vitest';
import { highlightCounts, sendToTab, tabIdOf } from './support/extension';
import { hover, popoverText, watchPage } from './support/page-helpers';
import { setSettings, useSession } from './support/session';
import { LARGE_PAGES } from '../fixtures/large-pages';

const session = useSession({ '/mutating.html': LARGE_PAGES['/mutating.html']!() });

interface Summary {
  highlighting: boolean;
  scanning: boolean;
  places: Array<{ code: string; count: number }>;
}

describe('highlight-all mode', () => {
  beforeEach(() => setSettings(session, { language: 'zh', hoverDelay: 0, highlightAll: true }));

  it('underlines every place by office without changing the page, and still shows the popover', async () => {
    const page = await session.browser.context.newPage();
    await setSettings(session, { language: 'zh', hoverDelay: 0 });
    await page.goto(session.url('plain.html'));
    const changes = await watchPage(page);
    await setSettings(session, { language: 'zh', hoverDelay: 0, highlightAll: true });
    // Ranges by office: gdeto 深圳 广州 福州 鼓楼区(福州) Shenzhen; sheto 杭州 義烏 南京
    // 鼓楼区(南京) and <b>杭</b>州 in two ranges; bjo 北京 瀋陽 吉林 Urumqi; cdeto Xi'an.
    // Not 合作, 东方, 长春 (李长春) or 海城市 (沿海城市).
    await expect.poll(() => highlightCounts(page)).toEqual({ gdeto: 5, sheto: 6, bjo: 4, cdeto: 1 });
    await page.screenshot({ path: session.shot('highlight-all-underlines') });
    await hover(page, '#hans', '深圳');
    await expect.poll(() => popoverText(page)).toContain('深圳市');
    await page.screenshot({ path: session.shot('highlight-all') });
    expect((await changes()).mutations).toEqual([]);

    const tabId = await tabIdOf(session, page);
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
    const page = await session.browser.context.newPage();
    await page.goto(session.url('counties.html'));
    // 义乌 is a county-level city, found by its short name; 余杭 and 萧山 are districts.
    await expect.poll(() => highlightCounts(page)).toEqual({ sheto: 1 });
    await setSettings(session, { language: 'zh', hoverDelay: 0, highlightAll: true, countyShortNames: true });
    await expect.poll(() => highlightCounts(page)).toEqual({ sheto: 3 });
    await page.close();
  });

  it('scrolls to the first mention of a place on request', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.url('long.html'));
    const tabId = await tabIdOf(session, page);
    await expect
      .poll(async () => ((await sendToTab(session, tabId, { type: 'pageSummary' })) as Summary).places.map((p) => p.code))
      .toContain('610100');
    expect(await page.evaluate(() => scrollY)).toBe(0);
    expect(await sendToTab(session, tabId, { type: 'reveal', code: '610100' })).toEqual({ revealed: true });
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(1000);
    await page.close();
  });

  it('follows a page that changes all the time, without piling up stale highlights', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.url('mutating.html'));
    // The feed gains two places every 100 ms from page load: allow more than poll's default 1 s
    // on a busy machine (a full e2e run once saw 1 s pass first).
    await expect.poll(() => highlightCounts(page).then((c) => (c.gdeto ?? 0) + (c.cdeto ?? 0)), { timeout: 5000 }).toBeGreaterThan(20);
    await page.waitForTimeout(3000);
    const counts = await highlightCounts(page);
    // The feed keeps at most 400 items, two places each; the ticker two more.
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(40);
    expect(total).toBeLessThanOrEqual(2 * 400 + 2);
    await page.close();
  });

  it('answers the context menu: a pinned popover for a selected place name', async () => {
    await setSettings(session, { language: 'zh', hoverDelay: 0 });
    const page = await session.browser.context.newPage();
    await page.goto(session.url('plain.html'));
    await page.evaluate(() => {
      const node = document.querySelector('#hant')!.firstChild as Text;
      const at = node.data.indexOf('義烏');
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 2);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    const tabId = await tabIdOf(session, page);
    expect(await sendToTab(session, tabId, { type: 'lookupSelection', text: '義烏' })).toEqual({ found: true });
    await expect.poll(() => popoverText(page)).toContain('義烏市');
    expect(await sendToTab(session, tabId, { type: 'lookupSelection', text: '沒有地名' })).toEqual({ found: false });
    expect(await sendToTab(session, tabId, { type: 'no such message' })).toBeUndefined();
    await page.close();
  });
});
