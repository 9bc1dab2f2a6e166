// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { renderPopup, type PopupOptions } from './popup-harness';

afterEach(cleanup);

async function openSettings(options: PopupOptions = {}) {
  const popup = await renderPopup({ stored: { language: 'en' }, ...options });
  fireEvent.click(screen.getByRole('tab', { name: /^(Settings|設定|设置)$/ }));
  return popup;
}

const popupRoot = () => document.querySelector<HTMLElement>('.popup')!;

describe('popup settings', () => {
  it('writes each control to storage at once and applies it to the popup', async () => {
    const popup = await openSettings();
    const expectStored = (patch: Record<string, unknown>) =>
      waitFor(async () => expect(await popup.stored()).toMatchObject(patch));

    fireEvent.click(screen.getByRole('checkbox', { name: 'Show place names on pages' }));
    await expectStored({ enabled: false });
    expect(screen.getByText('Off', { selector: '.status' })).toBeTruthy();

    fireEvent.change(screen.getByRole('combobox', { name: 'Show only while holding' }), { target: { value: 'Alt' } });
    await expectStored({ holdKey: 'Alt' });

    fireEvent.change(screen.getByRole('combobox', { name: 'Hover delay' }), { target: { value: '300' } });
    await expectStored({ hoverDelay: 300 });

    fireEvent.click(screen.getByRole('radio', { name: 'Never' }));
    await expectStored({ tapToLookUp: 'off' });

    fireEvent.click(screen.getByRole('radio', { name: 'Dark' }));
    await expectStored({ theme: 'dark' });
    expect(popupRoot().dataset.theme).toBe('dark');

    fireEvent.click(screen.getByRole('radio', { name: 'Large' }));
    await expectStored({ fontSize: 'large' });
    expect(popupRoot().dataset.size).toBe('large');

    fireEvent.click(screen.getByRole('checkbox', { name: /short name/ }));
    await expectStored({ countyShortNames: true });
    fireEvent.click(screen.getByRole('checkbox', { name: /Underline all place names/ }));
    await expectStored({ highlightAll: true });
    fireEvent.click(screen.getByRole('checkbox', { name: /editable/ }));
    await expectStored({ editable: true });

    fireEvent.click(screen.getByRole('radio', { name: 'Simplified' }));
    await expectStored({ script: 'hans' });
    // Every write kept the others.
    expect(await popup.stored()).toEqual({
      ...DEFAULT_SETTINGS,
      language: 'en',
      enabled: false,
      holdKey: 'Alt',
      hoverDelay: 300,
      tapToLookUp: 'off',
      theme: 'dark',
      fontSize: 'large',
      countyShortNames: true,
      highlightAll: true,
      editable: true,
      script: 'hans',
    });
  });

  it('sets the interface language, the Chinese choices setting the script too', async () => {
    const popup = await openSettings();
    const language = () => screen.getByRole('combobox', { name: /^(Language|介面語言|界面语言)$/ });
    fireEvent.change(language(), { target: { value: 'zh-hans' } });
    await waitFor(async () => expect(await popup.stored()).toMatchObject({ language: 'zh', script: 'hans' }));
    expect(screen.getByRole('tab', { name: '设置' }).getAttribute('aria-selected')).toBe('true');
    expect(popupRoot().lang).toBe('zh-CN');
    expect(language()).toHaveProperty('value', 'zh-hans');

    fireEvent.change(language(), { target: { value: 'zh-hant' } });
    await waitFor(async () => expect(await popup.stored()).toMatchObject({ language: 'zh', script: 'hant' }));
    expect(screen.getByRole('tab', { name: '設定' })).toBeTruthy();
    expect(popupRoot().lang).toBe('zh-HK');

    fireEvent.change(language(), { target: { value: 'auto' } });
    await waitFor(async () => expect(await popup.stored()).toMatchObject({ language: 'auto', script: 'hant' }));
    // The browser in these tests is zh-HK.
    expect(screen.getByRole('tab', { name: '設定' })).toBeTruthy();

    fireEvent.change(language(), { target: { value: 'en' } });
    await screen.findByRole('tab', { name: 'Settings' });
    const names = [...language().querySelectorAll('option')].map((o) => [o.textContent, o.getAttribute('lang')]);
    expect(names).toEqual([
      ['Same as the browser', null],
      ['繁體中文（香港）', 'zh-HK'],
      ['简体中文', 'zh-CN'],
      ['English', 'en'],
    ]);
  });

  it('turns the extension off and on again for the tab’s site', async () => {
    const popup = await openSettings({ stored: { language: 'en', disabledSites: ['other.example'] } });
    expect(screen.getByText('On for news.example.cn')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Turn off on this site' }));
    await waitFor(async () =>
      expect((await popup.stored()).disabledSites).toEqual(['other.example', 'news.example.cn']),
    );
    expect(screen.getByText('Off on news.example.cn', { selector: '.site-state' })).toBeTruthy();
    expect(screen.getByText('Off on news.example.cn', { selector: '.status' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Turn on on this site' }));
    await waitFor(async () => expect((await popup.stored()).disabledSites).toEqual(['other.example']));
  });

  it('explains when the tab has no site, or its site cannot be seen', async () => {
    await openSettings({ site: { kind: 'none' } });
    expect(screen.getByText('This page cannot be read by extensions.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Turn off on this site' })).toBeNull();
    cleanup();
    await openSettings({ site: { kind: 'unknown' } });
    expect(screen.getByText(/Open this from the toolbar button/)).toBeTruthy();
  });

  it('says when site access was withdrawn, and asks for it again', async () => {
    const popup = await openSettings({ site: { kind: 'noAccess', site: 'news.example.cn' }, grantAccess: true });
    expect(screen.getByText('Site access is off: HKETO Lens may not read this site.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Turn off on this site' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Allow access to sites' }));
    await screen.findByText('Access allowed. Reload the page to look up places on it.');
    expect(popup.accessRequests()).toBe(1);
    cleanup();
    const refused = await openSettings({ site: { kind: 'noAccess', site: null }, grantAccess: false });
    expect(screen.getByText('Site access is off: HKETO Lens may not read web pages.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Allow access to sites' }));
    await waitFor(() => expect(refused.accessRequests()).toBe(1));
    expect(screen.getByRole('button', { name: 'Allow access to sites' })).toBeTruthy();
  });

  it('follows changes made elsewhere while open', async () => {
    const popup = await openSettings();
    const { fakeBrowser } = await import('wxt/testing/fake-browser');
    await fakeBrowser.storage.local.set({ settings: { ...(await popup.stored()), theme: 'light', enabled: false } });
    await waitFor(() => expect(popupRoot().dataset.theme).toBe('light'));
    expect(screen.getByRole('checkbox', { name: 'Show place names on pages' })).toHaveProperty('checked', false);
  });
});

describe('popup: settings that could not be read', () => {
  it('names the fields that were reset, and stores the repaired settings when acknowledged', async () => {
    const popup = await renderPopup({
      stored: { language: 'en', theme: 'purple', hoverDelay: -5, highlightAll: true },
    });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Some saved settings were unreadable and were reset: Hover delay, Theme.');
    fireEvent.click(screen.getByRole('button', { name: 'OK' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(await popup.stored()).toEqual({ ...DEFAULT_SETTINGS, language: 'en', highlightAll: true });
  });

  it('names them in Chinese too', async () => {
    await renderPopup({ stored: { language: 'zh', script: 'hant', holdKey: 'Meta', disabledSites: 'all' } });
    expect(screen.getByRole('alert').textContent).toContain(
      '部分已儲存的設定無法讀取，已重設：已關閉的網站、只在按住以下按鍵時顯示。',
    );
  });
});
