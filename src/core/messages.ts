/**
 * Messages between the extension's parts, with their schemas: each side validates what it
 * receives, so a message from an older or newer build, or anything else, is refused plainly.
 */
import * as v from 'valibot';

const code = v.pipe(v.string(), v.regex(/^\d{6}$/));

/** Popup → content script (top frame): the places found on the page so far, for highlight-all. */
export const pageSummaryRequest = v.object({ type: v.literal('pageSummary') });
export const pageSummaryResponse = v.object({
  /** Whether highlight-all is on for this page (the summary is only collected then). */
  highlighting: v.boolean(),
  /** Whether the page is still being scanned. */
  scanning: v.boolean(),
  places: v.array(v.object({ code, count: v.pipe(v.number(), v.integer(), v.minValue(1)) })),
});

/** Popup → content script: scroll the first mention of a place into view. */
export const revealRequest = v.object({ type: v.literal('reveal'), code });

/** The most selected text the context menu sends for a look-up. */
export const MAX_LOOKUP_TEXT = 2000;

/** Background (context menu) → content script: look up the selected text in a popover. */
export const lookupSelectionRequest = v.object({ type: v.literal('lookupSelection'), text: v.pipe(v.string(), v.maxLength(MAX_LOOKUP_TEXT)) });
export const lookupSelectionResponse = v.object({ found: v.boolean() });

/** Content script → background: the page's state, for the toolbar icon of its tab. */
export const siteStateMessage = v.object({ type: v.literal('siteState'), active: v.boolean() });

export const contentRequest = v.variant('type', [pageSummaryRequest, revealRequest, lookupSelectionRequest]);
export type ContentRequest = v.InferOutput<typeof contentRequest>;
export type PageSummary = v.InferOutput<typeof pageSummaryResponse>;
export type LookupSelectionResponse = v.InferOutput<typeof lookupSelectionResponse>;
export type SiteStateMessage = v.InferOutput<typeof siteStateMessage>;

export const isContentRequest = (message: unknown): message is ContentRequest => v.is(contentRequest, message);
