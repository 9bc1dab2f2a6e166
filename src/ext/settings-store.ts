/**
 * Settings in `browser.storage.local`, through @wxt-dev/storage (typed items, change watching,
 * a schema version). Whatever is stored, reading never throws: src/core/settings.ts keeps every
 * valid field and reports the ones it had to reset. The item is defined on first use, so a page
 * that never needs the settings never reads them.
 */
import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import type { SettingsStore } from '../core/ports';
import { parseSettings, SETTINGS_VERSION, type ParsedSettings, type Settings } from '../core/settings';

let item: WxtStorageItem<unknown, Record<string, unknown>> | undefined;
const settingsItem = () =>
  (item ??= storage.defineItem<unknown>('local:settings', { fallback: {}, version: SETTINGS_VERSION }));

export async function loadSettings(): Promise<ParsedSettings> {
  try {
    return parseSettings(await settingsItem().getValue());
  } catch {
    // Storage itself failed (the extension was reloaded under the page): run on defaults.
    return parseSettings({});
  }
}

export function watchSettings(callback: (parsed: ParsedSettings) => void): () => void {
  return settingsItem().watch((value) => callback(parseSettings(value)));
}

/** Applies `patch` to the stored settings, keeping every other field, and returns the result. */
export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const { settings } = await loadSettings();
  const next = parseSettings({ ...settings, ...patch }).settings;
  await settingsItem().setValue(next);
  return next;
}

export const settingsStore: SettingsStore = { load: loadSettings, update: updateSettings, watch: watchSettings };
