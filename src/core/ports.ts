/**
 * What the popup needs from the browser, as interfaces: src/ext implements them over the
 * extension APIs, entrypoints/popup injects them, and src/ui never imports an extension API.
 * Tests inject fakes the same way.
 */
import type { PageSummary } from './messages';
import type { ParsedSettings, Settings } from './settings';

export type SiteState =
  | { kind: 'site'; site: string }
  /** A page without a site: the browser's own pages, the extension store, a new tab. */
  | { kind: 'none' }
  /** A tab whose address the popup may not read (opened as a page, without a toolbar click). */
  | { kind: 'unknown' }
  /** The user has withdrawn the extension's access to the tab's site (or to every site). */
  | { kind: 'noAccess'; site: string | null };

/** The popup's link to the tab it was opened over. */
export interface TabLink {
  site: SiteState;
  /** The content script's list of places, or null where no content script answers. */
  summary(): Promise<PageSummary | null>;
  /** Scrolls the page to the first mention of a place; false if it could not. */
  reveal(code: string): Promise<boolean>;
  /** Asks the user to give back the site access they withdrew; true if they did. */
  requestAccess(): Promise<boolean>;
}

/** The stored settings, which every content script watches. */
export interface SettingsStore {
  /** Never rejects: unreadable storage gives the defaults, corrupt fields are reset and named. */
  load(): Promise<ParsedSettings>;
  /** Applies `patch` to the stored settings, keeping every other field, and resolves with the result. */
  update(patch: Partial<Settings>): Promise<Settings>;
  /** Calls back on every stored change; returns the function that stops watching. */
  watch(callback: (parsed: ParsedSettings) => void): () => void;
}
