/**
 * The popup's link to the tab it was opened over: that tab's site, and messages to its content
 * script. The tab is the active one, or `?tabId=` when the popup is opened as a page (by tests,
 * or by the context menu where a page cannot be read).
 *
 * The site comes from the tab's content script, which knows its own address: the popup may not
 * read a tab's address unless activeTab was granted by a toolbar click. Where no content script
 * answers, the address (if readable) still names the site, and the extension's site access
 * tells why: a user may have withdrawn it (Firefox: about:addons → Permissions; Chrome: site
 * access "on click"), and then the popup offers to ask for it again.
 */
import { browser } from 'wxt/browser';
import { ask, type ContentRequest, type ResponseOf } from '../core/messages';
import type { SiteState, TabLink } from '../core/ports';
import { siteOf } from '../core/settings';

type Tab = { id?: number; url?: string };

/** The host permission the content script runs under (its `matches`). */
const ALL_SITES = { origins: ['<all_urls>'] };

export async function connectTab(search: string): Promise<TabLink> {
  const requested = new URLSearchParams(search).get('tabId');
  let tab: Tab | undefined;
  try {
    tab =
      requested && /^\d+$/.test(requested)
        ? await browser.tabs.get(Number(requested))
        : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  } catch {
    // The tab was closed in between: treat it as no tab.
  }
  /**
   * The content script's answer, or null where there is none: no content script (a browser
   * page, the store, a tab loaded before the extension, a site the extension may no longer
   * read), one that did not answer in time or failed, or one of another build.
   */
  const send: Send = async (request) => {
    // A page of the browser's own (the address is readable and has no site) has no content script.
    if (tab?.id === undefined || (tab.url !== undefined && !siteOf(tab.url))) return null;
    const tabId = tab.id;
    return ask((message) => browser.tabs.sendMessage(tabId, message, { frameId: 0 }), request).catch(() => null);
  };
  return {
    site: await siteState(tab, requested !== null, send),
    summary: () => send({ type: 'pageSummary' }),
    reveal: async (code) => (await send({ type: 'reveal', code }))?.revealed ?? false,
    requestAccess: () => browser.permissions.request(ALL_SITES).catch(() => false),
  };
}

type Send = <R extends ContentRequest>(request: R) => Promise<ResponseOf<R['type']> | null>;

async function siteState(tab: Tab | undefined, openedAsPage: boolean, send: Send): Promise<SiteState> {
  if (tab?.id === undefined) return { kind: 'none' };
  const answer = await send({ type: 'pageSite' });
  // Without an answer, the address (if readable) names the site.
  if (answer) return answer.site ? { kind: 'site', site: answer.site } : { kind: 'none' };
  const site = siteOf(tab.url ?? '');
  const readable = tab.url === undefined || site !== null;
  if (readable && !(await browser.permissions.contains(ALL_SITES).catch(() => true))) return { kind: 'noAccess', site };
  if (site) return { kind: 'site', site };
  // From the toolbar, activeTab shows the address of any page an extension may read: a hidden
  // one is the browser's own. Opened as a page, the address is hidden until a toolbar click.
  return openedAsPage && tab.url === undefined ? { kind: 'unknown' } : { kind: 'none' };
}
