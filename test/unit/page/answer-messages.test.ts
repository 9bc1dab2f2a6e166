import { describe, expect, expectTypeOf, it } from 'vitest';
import { ask, type ContentHandlers, type ContentRequest } from '../../../src/core/messages';
import { answerMessages } from '../../../src/page/answer-messages';

/** Sends `message` through the listener as the browser would; resolves with what was answered. */
function send(
  listener: ReturnType<typeof answerMessages>,
  message: unknown,
): { kept: boolean; answer: Promise<unknown> } {
  let respond!: (value: unknown) => void;
  const answer = new Promise((resolve) => (respond = resolve));
  return { kept: listener(message, {}, respond), answer };
}

/** A transport from the client to `listener`, as tabs.sendMessage is from the popup to a page. */
const through = (listener: ReturnType<typeof answerMessages>) => (message: unknown) => send(listener, message).answer;

const handlers: ContentHandlers = {
  pageSite: () => ({ site: 'example.cn' }),
  pageSummary: async () => ({ highlighting: true, scanning: false, places: [{ code: '330100', count: 2 }] }),
  reveal: ({ code }) => ({ revealed: code === '330100' }),
  lookupSelection: async ({ text }) => ({ found: text.includes('杭州') }),
};

describe('content-script messages', () => {
  it('answers each request with its handler, and the client gets the answer validated', async () => {
    const listener = answerMessages(handlers);
    expect(send(listener, { type: 'pageSite' }).kept).toBe(true);
    expect(await ask(through(listener), { type: 'pageSite' })).toEqual({ site: 'example.cn' });
    expect(await ask(through(listener), { type: 'reveal', code: '330100' })).toEqual({ revealed: true });
    expect(await ask(through(listener), { type: 'lookupSelection', text: '去杭州' })).toEqual({ found: true });
    expect((await ask(through(listener), { type: 'pageSummary' })).places).toHaveLength(1);
  });

  it('answers with an error when the handler throws or rejects, which the client gets as a rejection', async () => {
    const throwing = answerMessages({
      ...handlers,
      pageSite: () => {
        throw new Error('no data');
      },
    });
    expect(await send(throwing, { type: 'pageSite' }).answer).toEqual({ error: 'no data' });
    await expect(ask(through(throwing), { type: 'pageSite' })).rejects.toThrow('the page failed to answer: no data');
    const rejecting = answerMessages({ ...handlers, pageSummary: () => Promise.reject(new Error('storage gone')) });
    expect(await send(rejecting, { type: 'pageSummary' }).answer).toEqual({ error: 'storage gone' });
  });

  it('leaves other messages, and requests of the wrong shape, to other listeners', () => {
    let called = false;
    const listener = answerMessages({ ...handlers, pageSite: () => ((called = true), { site: null }) });
    expect(listener({ type: 'siteState', active: true }, {}, () => {})).toBe(false);
    expect(listener({ type: 'reveal', code: 'Hangzhou' }, {}, () => {})).toBe(false);
    expect(listener('hello', {}, () => {})).toBe(false);
    expect(called).toBe(false);
  });

  it('rejects an answer of the wrong shape, and no answer in time', async () => {
    await expect(ask(async () => ({ site: 42 }), { type: 'pageSite' })).rejects.toThrow('unexpected shape');
    await expect(ask(async () => ({ found: true }), { type: 'reveal', code: '330100' })).rejects.toThrow(
      'unexpected shape',
    );
    await expect(ask(() => new Promise(() => {}), { type: 'pageSite' }, 20)).rejects.toThrow('no answer within 20 ms');
  });

  it('types each answer by its request, and refuses a handler table with one missing (tsc)', () => {
    expectTypeOf(ask(through(answerMessages(handlers)), { type: 'reveal', code: '330100' })).resolves.toEqualTypeOf<{
      revealed: boolean;
    }>();
    expectTypeOf<ContentRequest['type']>().toEqualTypeOf<keyof ContentHandlers>();
    const { lookupSelection: _, ...withoutLookup } = handlers;
    // @ts-expect-error: a request type without a handler does not compile (`npx tsc --noEmit`).
    const incomplete: ContentHandlers = withoutLookup;
    // @ts-expect-error: nor does a handler whose answer is of another shape.
    const wrongAnswer: ContentHandlers = { ...handlers, reveal: () => ({ found: true }) };
    expect([incomplete, wrongAnswer]).toHaveLength(2);
  });
});
