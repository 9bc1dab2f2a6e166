/**
 * The first popover on a fresh page, data load included, and the hovers after it. Each round
 * opens a new page (a new content script, which has loaded no data yet), waits until the content
 * script has read its settings (content-ready.ts), points at one place name, then at the others
 * in turn. The time is the content script's own 'hketo-lens:hover' measure, from the pointer
 * event's timestamp to the popover rendered, which the page asks for with data-hketo-lens-bench.
 * With it, the longest task on the page's main thread from its start to the first popover
 * (PerformanceObserver 'longtask', over 50 ms; 0 where none was): the page runs no script of its own.
 */
import type { Page } from 'playwright-core';
import { charCenter, type ExtensionBrowser } from '../../src/cli/browser';
import { watchContentScripts } from './content-ready';
import { watchLongTasks } from './long-tasks';

const PLACES = ['深圳', '杭州', '成都', '武汉', '昆明', '南京', '西安', '广州', '瀋陽', '廈門'];

export function firstPopoverPages(): Record<string, string> {
  const paragraphs = PLACES.map(
    (place, i) => `<p id="p${i}">记者从${place}报道，当地的港资企业数目继续增加，有关部门将在下月公布调查报告。</p>`,
  );
  return {
    '/first-popover.html': `<!doctype html><html lang="zh" data-hketo-lens-bench><meta charset="utf-8"><title>First popover</title><body>${paragraphs.join('\n')}</body></html>`,
  };
}

/** Points at place `i` from outside any text and resolves with its hover time, once measured. */
async function hover(page: Page, i: number): Promise<number> {
  const seen = await page.evaluate(() => performance.getEntriesByName('hketo-lens:hover').length);
  const point = await charCenter(page, `#p${i}`, PLACES[i]!);
  await page.mouse.move(5, 690);
  await page.mouse.move(point.x, point.y);
  // Waits for this hover's measure, taken when the popover has rendered.
  await page.waitForFunction((n) => performance.getEntriesByName('hketo-lens:hover').length > n, seen, {
    polling: 'raf',
    timeout: 10_000,
  });
  const ms = await page.evaluate(() => performance.getEntriesByName('hketo-lens:hover').at(-1)!.duration);
  // Closed, so that it covers no name the next hover points at.
  await page.keyboard.press('Escape');
  await page.locator('hketo-lens-popover').waitFor({ state: 'hidden', timeout: 10_000 });
  return ms;
}

const percentiles = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => +sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!.toFixed(1);
  return { samples: sorted.length, p50Ms: at(0.5), p95Ms: at(0.95), maxMs: at(1) };
};

/**
 * `settled`: the first hover waits until the content script has built the data at idle (its
 * 'hketo-lens:data-ready' measure), as on a page the reader has looked at for a moment; otherwise
 * it comes as soon as the settings are read, and waits for the real work and the data itself.
 */
export async function benchFirstPopover(baseUrl: string, browser: ExtensionBrowser, pages = 20, settled = false) {
  const first: number[] = [];
  const later: number[] = [];
  const longest: number[] = [];
  for (let round = 0; round < pages; round++) {
    const page = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(page);
    const watch = await watchContentScripts(cdp, browser.extensionId);
    const longTasks = await watchLongTasks(page, true);
    await page.goto(`${baseUrl}/first-popover.html`, { waitUntil: 'load' });
    await watch.ready(1);
    if (settled)
      await page.waitForFunction(() => performance.getEntriesByName('hketo-lens:data-ready').length > 0, null, {
        timeout: 30_000,
      });
    // A different place first each round; then every other place once.
    const order = PLACES.map((_, i) => (i + round) % PLACES.length);
    first.push(await hover(page, order[0]!));
    longest.push(Math.max(0, ...(await longTasks())));
    for (const i of order.slice(1)) later.push(await hover(page, i));
    await page.close();
  }
  return { first: percentiles(first), later: percentiles(later), longestTaskToFirst: percentiles(longest) };
}
