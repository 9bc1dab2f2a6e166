import { describe, expect, it } from 'vitest';
import { answerOf, pageSiteResponse } from '../../../src/core/messages';
import { answerMessages } from '../../../src/page/answer-messages';

/** Sends `message` through the listener as the browser would; resolves with what was answered. */
function send(listener: ReturnType<typeof answerMessages>, message: unknown): { kept: boolean; answer: Promise<unknown> } {
  let respond!: (value: unknown) => void;
  const answer = new Promise((resolve) => (respond = resolve));
  return { kept: listener(message, {}, respond), answer };
}

describe('content-script messages', () => {
  it('answers a request with what its handler gives', async () => {
    const { kept, answer } = send(answerMessages(async () => ({ site: 'example.cn' })), { type: 'pageSite' });
    expect(kept).toBe(true);
    expect(answerOf(pageSiteResponse, await answer)).toEqual({ site: 'example.cn' });
  });

  it('answers with an error when the handler throws or rejects, which the sender gets as a rejection', async () => {
    const throwing = answerMessages(() => {
      throw new Error('no data');
    });
    const thrown = await send(throwing, { type: 'pageSite' }).answer;
    expect(thrown).toEqual({ error: 'no data' });
    expect(() => answerOf(pageSiteResponse, thrown)).toThrow('the page failed to answer: no data');
    const rejecting = answerMessages(() => Promise.reject(new Error('storage gone')));
    expect(await send(rejecting, { type: 'pageSummary' }).answer).toEqual({ error: 'storage gone' });
  });

  it('leaves other messages to other listeners', () => {
    let called = false;
    const listener = answerMessages(async () => (called = true));
    expect(listener({ type: 'siteState', active: true }, {}, () => {})).toBe(false);
    expect(listener('hello', {}, () => {})).toBe(false);
    expect(called).toBe(false);
  });

  it('rejects an answer of the wrong shape', () => {
    expect(() => answerOf(pageSiteResponse, { site: 42 })).toThrow('unexpected shape');
  });
});
