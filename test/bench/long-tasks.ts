/** The page's long tasks (PerformanceObserver 'longtask': over 50 ms), recorded by the page itself. */
import type { Page } from 'playwright-core';

/** In the page: records the duration of every long task from now on. */
function recordLongTasks(): void {
  const w = window as unknown as { __long: number[] };
  w.__long = [];
  new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__long.push(e.duration))).observe({
    type: 'longtask',
  });
}

/**
 * Records the page's long tasks from now on, or (`fromStart`) from the start of every document
 * the page loads next, as an init script. Returns a reader of what was recorded.
 */
export async function watchLongTasks(page: Page, fromStart = false): Promise<() => Promise<number[]>> {
  if (fromStart) await page.addInitScript(recordLongTasks);
  else await page.evaluate(recordLongTasks);
  return () => page.evaluate(() => (window as unknown as { __long: number[] }).__long);
}
