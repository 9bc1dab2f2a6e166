import { beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { connectTab } from '../../../src/ext/tab-link';

const SUMMARY = { highlighting: true, scanning: false, places: [{ code: '330100', count: 2 }] };

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  tabs = [];
});

type Tab = Browser.tabs.Tab;

/** The fake's typings offer callback overloads only; the popup uses the promise forms. */
const stub = (method: 'query' | 'get' | 'sendMessage') =>
  vi.spyOn(fakeBrowser.tabs, method) as unknown as MockInstance<(...args: unknown[]) => Promise<unknown>>;
/** Site access as the user left it: the fake browser implements no permissions. */
const access = (granted: boolean) => {
  const contains = vi.spyOn(fakeBrowser.permissions, 'contains') as unknown as MockInstance<
    (p: unknown) => Promise<boolean>
  >;
  contains.mockResolvedValue(granted);
  const request = vi.spyOn(fakeBrowser.permissions, 'request') as unknown as MockInstance<
    (p: unknown) => Promise<boolean>
  >;
  request.mockResolvedValue(true);
  return { contains, request };
};
/** A content script that answers like the real one: its site, then what `answer` gives. */
const contentScript = (site: string | null, answer: (message: { type: string }) => unknown = () => null) =>
  stub('sendMessage').mockImplementation(async (_id, message) =>
    (message as { type: string }).type === 'pageSite' ? { site } : answer(message as { type: string }),
  );
let tabs: Tab[] = [];
let nextId = 100;

/**
 * Opens a tab, made the active one unless said otherwise. A tab without `url` is one whose
 * address the extension may not read. The API is stubbed: the fake browser has no windows.
 */
function openTab(url?: string, active = true): Tab {
  const tab = { id: nextId++, index: tabs.length, active, url } as Tab;
  if (active) for (const other of tabs) other.active = false;
  tabs.push(tab);
  stub('query').mockImplementation(async () => tabs.filter((t) => t.active));
  stub('get').mockImplementation(async (id: unknown) => {
    const found = tabs.find((t) => t.id === id);
    if (!found) throw new Error(`No tab with id: ${id}.`);
    return found;
  });
  return tab;
}

describe('popup tab link', () => {
  beforeEach(() => access(true));

  it('reads the site from the tab’s content script, and asks its top frame for the page’s places', async () => {
    const tab = openTab('https://News.Example.cn/article?id=1');
    const send = contentScript('news.example.cn', () => SUMMARY);
    const link = await connectTab('');
    expect(link.site).toEqual({ kind: 'site', site: 'news.example.cn' });
    expect(send).toHaveBeenCalledWith(tab.id, { type: 'pageSite' }, { frameId: 0 });
    expect(await link.summary()).toEqual(SUMMARY);
    expect(send).toHaveBeenCalledWith(tab.id, { type: 'pageSummary' }, { frameId: 0 });
    send.mockResolvedValue({ revealed: true });
    expect(await link.reveal('330100')).toBe(true);
    expect(send).toHaveBeenLastCalledWith(tab.id, { type: 'reveal', code: '330100' }, { frameId: 0 });
  });

  it('refuses answers of the wrong shape and treats a missing content script as no page', async () => {
    openTab('https://news.example.cn/');
    const send = stub('sendMessage').mockResolvedValue({ places: 'all' });
    const link = await connectTab('');
    expect(await link.summary()).toBeNull();
    expect(await link.reveal('330100')).toBe(false);
    expect(send).toHaveBeenCalledTimes(3); // its site, the summary, the reveal
    send.mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    expect(await link.summary()).toBeNull();
    expect(await link.reveal('330100')).toBe(false);
  });

  it('knows the site of a tab whose address it may not read, from its content script', async () => {
    const hidden = openTab();
    contentScript('127.0.0.1');
    expect((await connectTab(`?tabId=${hidden.id}`)).site).toEqual({ kind: 'site', site: '127.0.0.1' });
  });

  it('says site access was withdrawn where no content script answers for lack of it, and asks again', async () => {
    openTab('https://news.example.cn/');
    stub('sendMessage').mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    const { request } = access(false);
    const link = await connectTab('');
    expect(link.site).toEqual({ kind: 'noAccess', site: 'news.example.cn' });
    expect(await link.requestAccess()).toBe(true);
    expect(request).toHaveBeenCalledWith({ origins: ['<all_urls>'] });
    const hidden = openTab();
    expect((await connectTab(`?tabId=${hidden.id}`)).site).toEqual({ kind: 'noAccess', site: null });
  });

  it('refuses a site answer of the wrong shape, or an error answer, and falls back to the address', async () => {
    openTab('https://news.example.cn/');
    stub('sendMessage').mockResolvedValue({ error: 'handler failed' });
    expect((await connectTab('')).site).toEqual({ kind: 'site', site: 'news.example.cn' });
    stub('sendMessage').mockResolvedValue({ site: 42 });
    expect((await connectTab('')).site).toEqual({ kind: 'site', site: 'news.example.cn' });
  });

  it('calls a hidden address from the toolbar a browser page, and opened as a page an unknown site', async () => {
    stub('sendMessage').mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    const hidden = openTab();
    expect((await connectTab('')).site).toEqual({ kind: 'none' });
    expect((await connectTab(`?tabId=${hidden.id}`)).site).toEqual({ kind: 'unknown' });
    const shown = openTab('http://127.0.0.1:8080/plain.html', false);
    expect((await connectTab(`?tabId=${shown.id}&q=杭州`)).site).toEqual({ kind: 'site', site: '127.0.0.1' });
  });

  it('sends nothing to a page without a site, or to a tab that is gone', async () => {
    const send = stub('sendMessage').mockResolvedValue(SUMMARY);
    openTab('chrome-extension://abc/popup.html');
    expect(await (await connectTab('')).summary()).toBeNull();
    const gone = await connectTab('?tabId=987654');
    expect(gone.site).toEqual({ kind: 'none' });
    expect(await gone.summary()).toBeNull();
    expect(send).not.toHaveBeenCalled();
  });
});
