/** Settings for the page benchmark, which drives Chromium through playwright directly. */
import type { ExtensionBrowser } from '../../../src/cli/browser';

/** Stores settings as the popup would; open tabs follow them through their storage watchers. */
export async function setSettings(
  session: { browser: ExtensionBrowser },
  settings: Record<string, unknown>,
): Promise<void> {
  await session.browser.serviceWorker.evaluate(async (value) => {
    // Runs in the extension's service worker, where `chrome` is the extension API.
    type Api = { storage: { local: { set(items: Record<string, unknown>): Promise<void> } } };
    const api = (globalThis as unknown as { chrome: Api }).chrome;
    await api.storage.local.set({ settings: value });
  }, settings);
}
