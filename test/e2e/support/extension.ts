/**
 * Calls into the extension from the tests and benchmarks, through its service worker. No vitest
 * here: `npm run bench:pages` uses it too.
 */
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../../../src/cli/browser';
import type { Session } from './session';

type Chrome = {
  tabs: {
    query(q: object): Promise<Array<{ id: number }>>;
    sendMessage(id: number, m: unknown, o: object): Promise<unknown>;
  };
};

/**
 * The tab id of a page. The extension cannot read tab URLs (it has no tabs permission), so the
 * page is brought to the front and the active tab is taken, as the popup does.
 */
export async function tabIdOf(session: Session, page: Page): Promise<number> {
  await page.bringToFront();
  return session.browser.serviceWorker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: Chrome }).chrome;
    const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
    return tab!.id;
  });
}

/** Sends a message to the content script of a tab's top frame, as the popup does. */
export async function sendToTab(session: Session, tabId: number, message: unknown): Promise<unknown> {
  return session.browser.serviceWorker.evaluate(
    async ({ tabId, message }) => {
      const api = (globalThis as unknown as { chrome: Chrome }).chrome;
      return api.tabs.sendMessage(tabId, message, { frameId: 0 });
    },
    { tabId, message },
  );
}

/** Sizes of the extension's highlight-all highlights on a page, by office (read from the page). */
export async function highlightCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const counts: Record<string, number> = {};
    const registry = (CSS as unknown as { highlights: Map<string, Set<unknown>> }).highlights;
    for (const [name, highlight] of registry) if (name.startsWith('hketo-lens-all-')) counts[name.slice(15)] = highlight.size;
    return counts;
  });
}

/** Stores settings as the popup would; open tabs follow them through their storage watchers. */
export async function setSettings(session: { browser: ExtensionBrowser }, settings: Record<string, unknown>): Promise<void> {
  await session.browser.serviceWorker.evaluate(async (value) => {
    // Runs in the extension's service worker, where `chrome` is the extension API.
    type Api = { storage: { local: { set(items: Record<string, unknown>): Promise<void> } } };
    const api = (globalThis as unknown as { chrome: Api }).chrome;
    await api.storage.local.set({ settings: value });
  }, settings);
}
