/** The popup's search latency, read in the popup's own clock (no vitest: the page benchmark uses it). */
import type { Page } from 'playwright-core';

/** Every kind of query, a typo (zhegjiang) among them. */
export const LATENCY_QUERIES = [
  ...['义乌', '瀋陽', 'hangzhou', 'sjz', 'Urumqi', 'SHETO', '鼓楼区', 'guangzhou', 'chengdu office', 'xian'],
  ...['hz', 'Inner Mongolia', '南京', 'shenzhen', 'beijing', 'wuhan', 'zhegjiang', '乌鲁木齐', 'Tibet', 'Liaoning'],
];

/**
 * Milliseconds from each query typed to its results on screen (the result count is announced
 * once they are), in the popup's own clock, sorted. The box is emptied between queries.
 */
export function searchLatencies(popup: Page, queries: string[]): Promise<number[]> {
  return popup.evaluate(async (queries) => {
    const box = document.querySelector<HTMLInputElement>('#search-input')!;
    const status = () => document.querySelector('.search [role="status"]')!;
    // Resolves as soon as the DOM shows `done()`: a MutationObserver runs right after the change.
    const until = (done: () => boolean) =>
      new Promise<void>((resolve) => {
        const observer = new MutationObserver(() => done() && (observer.disconnect(), resolve()));
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      });
    const type = (text: string) => {
      box.value = text;
      box.dispatchEvent(new Event('input', { bubbles: true }));
    };
    const times: number[] = [];
    for (const query of queries) {
      const shown = until(() => !!status().textContent);
      const start = performance.now();
      type(query);
      await shown;
      times.push(performance.now() - start);
      const cleared = until(() => !status().textContent);
      type('');
      await cleared;
    }
    return times.sort((a, b) => a - b);
  }, queries);
}
