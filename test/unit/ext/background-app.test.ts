import { beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '../../../src/ext/background-app';
import { loadSettings } from '../../../src/ext/settings-store';

type Fn = (...args: never[]) => unknown;
/** The fake browser implements neither context menus nor commands: their listeners are caught here. */
const listeners: { click?: Fn; command?: Fn } = {};
let create: MockInstance;
let sendMessage: MockInstance<(...args: unknown[]) => Promise<unknown>>;
let badge: MockInstance;

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  vi.useRealTimers();
  vi.spyOn(fakeBrowser.contextMenus.onClicked, 'addListener').mockImplementation(
    (l) => void (listeners.click = l as Fn),
  );
  vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation((l) => void (listeners.command = l as Fn));
  vi.spyOn(fakeBrowser.contextMenus, 'create').mockImplementation(() => 0);
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) => key);
  vi.spyOn(fakeBrowser.action, 'setBadgeBackgroundColor').mockResolvedValue(undefined);
  badge = vi.spyOn(fakeBrowser.action, 'setBadgeText').mockResolvedValue(undefined);
  create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never) as unknown as MockInstance;
  sendMessage = vi.spyOn(fakeBrowser.tabs, 'sendMessage') as unknown as MockInstance<
    (...args: unknown[]) => Promise<unknown>
  >;
  startBackground();
});

const click = (text: string) =>
  (listeners.click as unknown as (info: object, tab: object) => Promise<void>)(
    { menuItemId: 'hketo-lens-lookup', selectionText: text, frameId: 0 },
    { id: 7, index: 2 },
  );
/** Waits for the look-up to open its `n`th popup page, and gives its address. */
const openedPopup = async (n = 1) => {
  await vi.waitFor(() => expect(create).toHaveBeenCalledTimes(n));
  return (create.mock.calls.at(-1)![0] as { url: string }).url;
};

describe('background', () => {
  it('adds the look-up menu item when installed', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
    expect(fakeBrowser.contextMenus.create).toHaveBeenCalledWith({
      id: 'hketo-lens-lookup',
      title: 'lookUpSelection',
      contexts: ['selection'],
    });
  });

  it('turns the extension off and on with its command, and the badge says OFF', async () => {
    await (listeners.command as unknown as (c: string) => Promise<void>)('toggle-enabled');
    expect((await loadSettings()).settings.enabled).toBe(false);
    await vi.waitFor(() => expect(badge).toHaveBeenLastCalledWith({ text: 'OFF' }));
    await (listeners.command as unknown as (c: string) => Promise<void>)('toggle-enabled');
    expect((await loadSettings()).settings.enabled).toBe(true);
    await vi.waitFor(() => expect(badge).toHaveBeenLastCalledWith({ text: '' }));
  });

  it('shows the popover where the page finds a place, and the popup page where it does not', async () => {
    sendMessage.mockResolvedValue({ found: true });
    await click('義烏');
    expect(sendMessage).toHaveBeenCalledWith(7, { type: 'lookupSelection', text: '義烏' }, { frameId: 0 });
    // The answer settles in a microtask; nothing is opened after it.
    await vi.waitFor(() => expect(sendMessage.mock.results[0]?.type).toBe('return'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(create).not.toHaveBeenCalled();
    sendMessage.mockResolvedValue({ found: false });
    await click('沒有地名');
    expect(await openedPopup()).toMatch(/popup\.html\?q=%E6%B2%92%E6%9C%89%E5%9C%B0%E5%90%8D&tabId=7$/);
  });

  it('falls back to the popup page when the page fails, answers an error, or does not answer within a second', async () => {
    sendMessage.mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    await click('杭州');
    expect(await openedPopup(1)).toContain('popup.html?q=');
    sendMessage.mockResolvedValue({ error: 'handler failed' });
    await click('杭州');
    await openedPopup(2);
    vi.useFakeTimers();
    sendMessage.mockReturnValue(new Promise(() => {}));
    await click('杭州');
    await vi.advanceTimersByTimeAsync(999);
    expect(create).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(create).toHaveBeenCalledTimes(3);
  });

  it('starts without context menus or commands, as on Firefox for Android, and still keeps the badge', async () => {
    const saved = { contextMenus: fakeBrowser.contextMenus, commands: fakeBrowser.commands };
    Object.assign(fakeBrowser, { contextMenus: undefined, commands: undefined });
    try {
      expect(() => startBackground()).not.toThrow();
      await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
      badge.mockClear();
      const { updateSettings } = await import('../../../src/ext/settings-store');
      await updateSettings({ enabled: false });
      await vi.waitFor(() => expect(badge).toHaveBeenLastCalledWith({ text: 'OFF' }));
    } finally {
      Object.assign(fakeBrowser, saved);
    }
  });
});
