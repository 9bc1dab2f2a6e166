/**
 * Reading the settings straight from `browser.storage.local`, for the bootstrap content script,
 * which runs in every frame of every page and so is kept to a few KB: @wxt-dev/storage, behind
 * settings-store.ts, would be a third of it. The stored value is the same item (`local:settings`
 * there is the key `settings` here), parsed the same way; writes and the schema version stay with
 * settings-store.ts.
 */
import { browser } from 'wxt/browser';
import { parseSettings, type ParsedSettings } from '../core/settings';

const KEY = 'settings';

export async function readSettings(): Promise<ParsedSettings> {
  try {
    return parseSettings((await browser.storage.local.get(KEY))[KEY] ?? {});
  } catch {
    // Storage itself failed (the extension was reloaded under the page): run on defaults.
    return parseSettings({});
  }
}

export function watchStoredSettings(callback: (parsed: ParsedSettings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown; oldValue?: unknown }>, area: string) => {
    const change = changes[KEY];
    if (area !== 'local' || !change || JSON.stringify(change.newValue) === JSON.stringify(change.oldValue)) return;
    callback(parseSettings(change.newValue ?? {}));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
