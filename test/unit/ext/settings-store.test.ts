import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { loadSettings, updateSettings, watchSettings } from '../../../src/ext/settings-store';

describe('settings in extension storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads defaults from empty storage, without writing them', async () => {
    expect(await loadSettings()).toEqual({ settings: DEFAULT_SETTINGS, repaired: [] });
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({});
  });

  it('survives a corrupt stored value and reports what it reset', async () => {
    await fakeBrowser.storage.local.set({ settings: { theme: 'dark', hoverDelay: 'soon' } });
    const { settings, repaired } = await loadSettings();
    expect(settings.theme).toBe('dark');
    expect(settings.hoverDelay).toBe(DEFAULT_SETTINGS.hoverDelay);
    expect(repaired).toEqual(['hoverDelay']);
    await fakeBrowser.storage.local.set({ settings: 'not an object' });
    expect((await loadSettings()).settings).toEqual(DEFAULT_SETTINGS);
  });

  it('updates one field and keeps the others', async () => {
    await fakeBrowser.storage.local.set({ settings: { theme: 'dark', disabledSites: ['a.com'] } });
    const next = await updateSettings({ script: 'hans' });
    expect(next).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark', disabledSites: ['a.com'], script: 'hans' });
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual(next);
  });

  it('tells watchers about changes made elsewhere', async () => {
    const seen: string[] = [];
    const unwatch = watchSettings(({ settings }) => seen.push(settings.theme));
    await fakeBrowser.storage.local.set({ settings: { theme: 'light' } });
    await updateSettings({ theme: 'dark' });
    unwatch();
    await updateSettings({ theme: 'auto' });
    expect(seen).toEqual(['light', 'dark']);
  });
});
