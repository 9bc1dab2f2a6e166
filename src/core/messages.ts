/**
 * Messages between the extension's parts, with their schemas: each side validates what it
 * receives, so a message from an older or newer build, or anything else, is refused plainly.
 */
import * as v from 'valibot';

const code = v.pipe(v.string(), v.regex(/^\d{6}$/));

/** Popup → content script (top frame): the places found on the page so far, for highlight-all. */
const pageSummaryResponse = v.object({
  /** Whether highlight-all is on for this page (the summary is only collected then). */
  highlighting: v.boolean(),
  /** Whether the page is still being scanned. */
  scanning: v.boolean(),
  places: v.array(v.object({ code, count: v.pipe(v.number(), v.integer(), v.minValue(1)) })),
});

/** The most selected text the context menu sends for a look-up. */
export const MAX_LOOKUP_TEXT = 2000;

/**
 * Every request a content script answers, with the schema of its answer: the one table both
 * sides are typed from. `ask` validates answers against it; `ContentHandlers` makes a request
 * without a handler a compile error.
 */
const CONTENT_PROTOCOL = {
  /** Popup → content script (top frame): the places found on the page so far, for highlight-all. */
  pageSummary: { request: v.object({ type: v.literal('pageSummary') }), response: pageSummaryResponse },
  /** Popup → content script: scroll the first mention of a place into view. */
  reveal: { request: v.object({ type: v.literal('reveal'), code }), response: v.object({ revealed: v.boolean() }) },
  /** Background (context menu) → content script: look up the selected text in a popover. */
  lookupSelection: {
    request: v.object({ type: v.literal('lookupSelection'), text: v.pipe(v.string(), v.maxLength(MAX_LOOKUP_TEXT)) }),
    response: v.object({ found: v.boolean() }),
  },
  /** Popup → content script (top frame): the page's site, which the popup may not read from the tab itself. */
  pageSite: {
    request: v.object({ type: v.literal('pageSite') }),
    response: v.object({ site: v.nullable(v.string()) }),
  },
};

type Protocol = typeof CONTENT_PROTOCOL;
type RequestType = keyof Protocol;
type RequestOf<K extends RequestType> = v.InferOutput<Protocol[K]['request']>;
export type ResponseOf<K extends RequestType> = v.InferOutput<Protocol[K]['response']>;
export type ContentHandlers = { [K in RequestType]: (request: RequestOf<K>) => ResponseOf<K> | Promise<ResponseOf<K>> };

const contentRequest = v.variant('type', [
  CONTENT_PROTOCOL.pageSummary.request,
  CONTENT_PROTOCOL.reveal.request,
  CONTENT_PROTOCOL.lookupSelection.request,
  CONTENT_PROTOCOL.pageSite.request,
]);
export type ContentRequest = v.InferOutput<typeof contentRequest>;
// The variant above must list every request of the table: a missing one is a compile error here.
const everyRequestListed: Record<RequestType, true> = {
  pageSummary: true,
  reveal: true,
  lookupSelection: true,
  pageSite: true,
} satisfies Record<ContentRequest['type'], true>;
void everyRequestListed;

export type PageSummary = ResponseOf<'pageSummary'>;

/**
 * What a content script answers when its handler failed: the sender turns it into a rejection
 * (see `answerOf`), so that no request waits for an answer that never comes.
 */
const errorResponse = v.object({ error: v.string() });

/** Content script → background: the page's state, for the toolbar icon of its tab. */
export const siteStateMessage = v.object({ type: v.literal('siteState'), active: v.boolean() });

/**
 * Bootstrap content script → background: run the real work (content-main.js) in the sender's
 * frame. The answer says it has run.
 */
export const loadContentRequest = v.object({ type: v.literal('loadContent') });
export const loadContentResponse = v.object({ loaded: v.literal(true) });
export type SiteStateMessage = v.InferOutput<typeof siteStateMessage>;

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
const ANSWER_WITHIN_MS = 1000;

/** `promise`, or a rejection once `ms` have passed without it settling: no request waits forever. */
function withinTime<T>(promise: Promise<T>, ms = ANSWER_WITHIN_MS): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export const isContentRequest = (message: unknown): message is ContentRequest => v.is(contentRequest, message);

/**
 * The one client: sends `request` through `send` (runtime or tabs messaging) and resolves with
 * its answer, checked against the table. Rejects where the handler failed, where the answer is
 * of another shape (another build's content script), and where none comes within `ms`.
 */
export async function ask<R extends ContentRequest>(
  send: (request: R) => Promise<unknown>,
  request: R,
  ms = ANSWER_WITHIN_MS,
): Promise<ResponseOf<R['type']>> {
  const { response } = CONTENT_PROTOCOL[request.type];
  return answerOf(response as v.GenericSchema<unknown, ResponseOf<R['type']>>, await withinTime(send(request), ms));
}

/** The error answer for a handler that threw or rejected with `error`. */
export const errorAnswer = (error: unknown) => ({ error: error instanceof Error ? error.message : String(error) });
