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

/** Popup → content script (top frame): the page's site, which the popup may not read from the tab itself. */
export const pageSiteRequest = v.object({ type: v.literal('pageSite') });
export const pageSiteResponse = v.object({ site: v.nullable(v.string()) });

/**
 * What a content script answers when its handler failed: the sender turns it into a rejection
 * (see `answerOf`), so that no request waits for an answer that never comes.
 */
export const errorResponse = v.object({ error: v.string() });

/** Content script → background: the page's state, for the toolbar icon of its tab. */
export const siteStateMessage = v.object({ type: v.literal('siteState'), active: v.boolean() });

/**
 * Bootstrap content script → background: run the real work (content-main.js) in the sender's
 * frame. The answer says it has run.
 */
export const loadContentRequest = v.object({ type: v.literal('loadContent') });
export const loadContentResponse = v.object({ loaded: v.literal(true) });

export const contentRequest = v.variant('type', [pageSummaryRequest, revealRequest, lookupSelectionRequest, pageSiteRequest]);
export type ContentRequest = v.InferOutput<typeof contentRequest>;
export type PageSummary = v.InferOutput<typeof pageSummaryResponse>;
export type LookupSelectionResponse = v.InferOutput<typeof lookupSelectionResponse>;
export type SiteStateMessage = v.InferOutput<typeof siteStateMessage>;

export type PageSite = v.InferOutput<typeof pageSiteResponse>;

/**
 * The answer to a request, checked against its schema: rejects with the handler's message where
 * the content script answered with an error, and with a plain one where the answer is not of the
 * expected shape.
 */
export function answerOf<T>(schema: v.GenericSchema<unknown, T>, answer: unknown): T {
  if (v.is(errorResponse, answer)) throw new Error(`the page failed to answer: ${answer.error}`);
  const parsed = v.safeParse(schema, answer);
  if (!parsed.success) throw new Error('the page answered in an unexpected shape');
  return parsed.output;
}

/** How long a sender waits for a content script's answer before it takes it as none. */
export const ANSWER_WITHIN_MS = 1000;

/** `promise`, or a rejection once `ms` have passed without it settling: no request waits forever. */
export function withinTime<T>(promise: Promise<T>, ms = ANSWER_WITHIN_MS): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export const isContentRequest = (message: unknown): message is ContentRequest => v.is(contentRequest, message);
