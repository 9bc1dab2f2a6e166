/**
 * The background service worker: the "look up selection" context menu, the keyboard command
 * that switches the extension on and off, and the toolbar badge ("OFF" when switched off, or off
 * on the tab's site). It keeps no state of its own: settings live in storage, and a tab's site
 * state is reported by its content script once it has read the settings.
 */
import * as v from 'valibot';
import { browser, type Browser } from 'wxt/browser';
import { ask, MAX_LOOKUP_TEXT, siteStateMessage } from '../core/messages';
import type { Settings } from '../core/settings';
import { answerContentLoads } from './load-content';
import { loadSettings, updateSettings, watchSettings } from './settings-store';

const MENU_ID = 'hketo-lens-lookup';
const BADGE_COLOR = '#5f6368';

async function showGlobalBadge(settings: Settings): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ color: BADGE_COLOR });
  await browser.action.setBadgeText({ text: settings.enabled ? '' : 'OFF' });
}

/** Looks up the selection in the page; where the page cannot (chrome://, the store), in the popup page. */
async function lookUpSelection(info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab): Promise<void> {
  const text = (info.selectionText ?? '').slice(0, MAX_LOOKUP_TEXT);
  if (!text.trim()) return;
  let found = false;
  if (tab?.id !== undefined) {
    try {
      const tabId = tab.id;
      const send = (request: unknown) => browser.tabs.sendMessage(tabId, request, { frameId: info.frameId ?? 0 });
      found = (await ask(send, { type: 'lookupSelection', text })).found;
    } catch {
      // No content script in that page, or it failed to answer in time: the popup page serves.
    }
  }
  if (!found) {
    const url = browser.runtime.getURL(
      `/popup.html?q=${encodeURIComponent(text)}${tab?.id !== undefined ? `&tabId=${tab.id}` : ''}`,
    );
    await browser.tabs.create({ url, ...(tab?.index !== undefined && { index: tab.index + 1 }) });
  }
}

export function startBackground(): void {
  // Firefox for Android has neither context menus nor keyboard commands (MDN browser-compat-data
  // 8.1.0, 2026-12): there `browser.contextMenus` and `browser.commands` are undefined, and the
  // rest (the badge, the popup, taps on the page) works without them.
  const { contextMenus, commands } = browser as Partial<Pick<typeof browser, 'contextMenus' | 'commands'>>;
  browser.runtime.onInstalled.addListener(() => {
    contextMenus?.create({ id: MENU_ID, title: browser.i18n.getMessage('lookUpSelection'), contexts: ['selection'] });
  });
  contextMenus?.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID) void lookUpSelection(info, tab);
  });
  commands?.onCommand.addListener(async (command) => {
    if (command !== 'toggle-enabled') return;
    const { settings } = await loadSettings();
    await updateSettings({ enabled: !settings.enabled });
  });
  browser.runtime.onMessage.addListener((message, sender) => {
    const parsed = v.safeParse(siteStateMessage, message);
    const tabId = sender.tab?.id;
    if (!parsed.success || tabId === undefined) return false;
    void browser.action.setBadgeText({ tabId, text: parsed.output.active ? '' : 'OFF' });
    return false;
  });
  answerContentLoads();
  watchSettings(({ settings }) => void showGlobalBadge(settings));
  void loadSettings().then(({ settings }) => showGlobalBadge(settings));
}
