/**
 * The popup's link to the tab it was opened over: that tab's site, and messages to its content
 * script. The tab is the active one, or `?tabId=` when the popup is opened as a page (by tests,
 * or by the context menu where a page cannot be read). Thanks to activeTab, the address of the
 * active tab is readable once the toolbar button was clicked; otherwise it stays unknown.
 */
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { pageSummaryResponse, type ContentRequest, type PageSummary } from '../../core/messages';
import { siteOf } from '../../core/settings';

export type SiteState =
  | { kind: 'site'; site: string }
  /** A page without a site: the browser's own pages, the extension store, a new tab. */
  | { kind: 'none' }
  /** A tab whose address the popup may not read (opened as a page, without a toolbar click). */
  | { kind: 'unknown' };

export interface TabLink {
  site: SiteState;
  /** The content script's list of places, or null where no content script answers. */
  summary(): Promise<PageSummary | null>;
  /** Scrolls the page to the first mention of a place; false if it could not. */
  reveal(code: string): Promise<boolean>;
}

const revealResponse = v.object({ revealed: v.boolean() });

type Tab = { id?: number; url?: string };

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
  return tabLink(tab, requested !== null);
}

function tabLink(tab: Tab | undefined, openedAsPage: boolean): TabLink {
  const site = siteOf(tab?.url ?? '');
  const send = async (message: ContentRequest): Promise<unknown> => {
    // A page without a site (the browser's own, the popup opened as a page) has nothing to list.
    if (tab?.id === undefined || (!site && tab.url !== undefined)) return null;
    try {
      return await browser.tabs.sendMessage(tab.id, message, { frameId: 0 });
    } catch {
      // No content script: a browser page, the store, or a tab loaded before the extension.
      return null;
    }
  };
  return {
    // From the toolbar, activeTab shows the address of any page an extension may read: a hidden
    // one is the browser's own. Opened as a page, the address is hidden until a toolbar click.
    site: site ? { kind: 'site', site } : openedAsPage && tab?.id !== undefined && tab.url === undefined ? { kind: 'unknown' } : { kind: 'none' },
    async summary() {
      const parsed = v.safeParse(pageSummaryResponse, await send({ type: 'pageSummary' }));
      return parsed.success ? parsed.output : null;
    },
    async reveal(code) {
      const parsed = v.safeParse(revealResponse, await send({ type: 'reveal', code }));
      return parsed.success && parsed.output.revealed;
    },
  };
}
