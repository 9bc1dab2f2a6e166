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
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { answerOf, pageSiteResponse, withinTime, pageSummaryResponse, type ContentRequest } from '../core/messages';
import type { SiteState, TabLink } from '../core/ports';
import { siteOf } from '../core/settings';

const revealResponse = v.object({ revealed: v.boolean() });

type Tab = { id?: number; url?: string };

/** The host permission the content script runs under (its `matches`). */
const ALL_SITES = { origins: ['<all_urls>'] };

export async function connectTab(search: string): Promise<TabLink> {
  const requested = new URLSearchParams(search).get('tabId');
  let tab: Tab | undefined;
  try {
    tab = requested && /^\d+$/.test(requested)
      ? await browser.tabs.get(Number(requested))
      : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  } catch {
    // The tab was closed in between: treat it as no tab.
  }
  const send = async (message: ContentRequest): Promise<unknown> => {
    // A page of the browser's own (the address is readable and has no site) has no content script.
    if (tab?.id === undefined || (tab.url !== undefined && !siteOf(tab.url))) return null;
    try {
      return await withinTime(browser.tabs.sendMessage(tab.id, message, { frameId: 0 }));
    } catch {
      // No content script (a browser page, the store, a tab loaded before the extension, a site
      // the extension may no longer read), or one that did not answer in time.
      return null;
    }
  };
  return {
    site: await siteState(tab, requested !== null, send),
    async summary() {
      const parsed = v.safeParse(pageSummaryResponse, await send({ type: 'pageSummary' }));
      return parsed.success ? parsed.output : null;
    },
    async reveal(code) {
      const parsed = v.safeParse(revealResponse, await send({ type: 'reveal', code }));
      return parsed.success && parsed.output.revealed;
    },
    requestAccess: () => browser.permissions.request(ALL_SITES).catch(() => false),
  };
}

async function siteState(tab: Tab | undefined, openedAsPage: boolean, send: (m: ContentRequest) => Promise<unknown>): Promise<SiteState> {
  if (tab?.id === undefined) return { kind: 'none' };
  const answer = await send({ type: 'pageSite' });
  if (answer !== null) {
    try {
      const { site } = answerOf(pageSiteResponse, answer);
      return site ? { kind: 'site', site } : { kind: 'none' };
    } catch {
      // An answer of another shape (another build's content script): fall back to the address.
    }
  }
  const site = siteOf(tab.url ?? '');
  const readable = tab.url === undefined || site !== null;
  if (readable && !(await browser.permissions.contains(ALL_SITES).catch(() => true))) return { kind: 'noAccess', site };
  if (site) return { kind: 'site', site };
  // From the toolbar, activeTab shows the address of any page an extension may read: a hidden
  // one is the browser's own. Opened as a page, the address is hidden until a toolbar click.
  return openedAsPage && tab.url === undefined ? { kind: 'unknown' } : { kind: 'none' };
}
