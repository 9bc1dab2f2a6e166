/**
 * Highlight-all on the large fixture pages: each is scanned to the end, with the right number of
 * places, and the page stays usable. Their timings are measured by `npm run bench:pages`.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ITEMS, LARGE_PAGES, PLACES_PER_CYCLE, SENTENCES_PER_CYCLE } from '../fixtures/large-pages';
import { highlightCounts, sendToTab, tabIdOf } from './support/extension';
import { hover, popoverText } from './support/page-helpers';
import { setSettings, useSession } from './support/session';

const pages = Object.fromEntries(Object.entries(LARGE_PAGES).map(([path, make]) => [path, make()]));
const session = useSession(pages);

interface Summary {
  scanning: boolean;
  places: Array<{ code: string; count: number }>;
}

async function scanned(page: import('playwright-core').Page): Promise<number> {
  const tabId = await tabIdOf(session, page);
  await expect
    .poll(() => page.evaluate(() => performance.getEntriesByName('hketo-lens:scan-complete').length), { timeout: 30_000 })
    .toBe(1);
  const summary = (await sendToTab(session, tabId, { type: 'pageSummary' })) as Summary;
  return summary.places.reduce((n, p) => n + p.count, 0);
}

describe('highlight-all on large pages', () => {
  beforeAll(() => setSettings(session, { language: 'zh', hoverDelay: 0, highlightAll: true }));

  it('scans 100,000 elements: 25,000 sentences with 12,500 place names', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.url('large-elements.html'));
    expect(await page.evaluate(() => document.querySelectorAll('body *').length)).toBe(100_000);
    expect(await scanned(page)).toBe((ITEMS / SENTENCES_PER_CYCLE) * PLACES_PER_CYCLE);
    await page.close();
  });

  it('scans one 10 MB text node to its end', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.url('large-text-node.html'));
    const total = await scanned(page);
    expect(total).toBeGreaterThan(50_000);
    // The last sentence's places are highlighted too: the slices reached the end.
    const lastHighlighted = await page.evaluate(() => {
      const node = document.getElementById('big')!.firstChild as Text;
      let last = 0;
      for (const [name, highlight] of (CSS as unknown as { highlights: Map<string, Set<StaticRange>> }).highlights) {
        if (!name.startsWith('hketo-lens-all-')) continue;
        for (const range of highlight) if (range.startContainer === node) last = Math.max(last, range.endOffset);
      }
      return node.data.length - last;
    });
    expect(lastHighlighted).toBeLessThan(60);
    await page.close();
  });

  it('scans 5 MB of Chinese text and still answers the pointer', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.url('large-chinese.html'));
    expect(await scanned(page)).toBeGreaterThan(25_000);
    await hover(page, 'body', '杭州');
    await expect.poll(() => popoverText(page)).toContain('杭州市');
    await page.close();
  });

  it('reaches text nested 5,000 levels deep', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.url('deep-nesting.html'));
    expect(await scanned(page)).toBe(3); // 杭州, 北京 deep down, 上海 after
    expect(await highlightCounts(page)).toEqual({ sheto: 2, bjo: 1 });
    await page.close();
  });
});
