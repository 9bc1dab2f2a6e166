/**
 * The content script's side of runtime messages: every request it accepts gets an answer, an
 * error one if its handler throws or rejects, so that no sender waits forever.
 */
import { errorAnswer, isContentRequest, type ContentHandlers, type ContentRequest } from '../core/messages';

type SendResponse = (response: unknown) => void;

/**
 * A runtime.onMessage listener around `handlers`, one for each request of the protocol table.
 * Chrome does not take a promise from an onMessage listener in every version this extension
 * supports (Chrome 123–, 2026-12): the answer goes through sendResponse, and the listener
 * returns true to keep the channel open.
 */
export function answerMessages(handlers: ContentHandlers) {
  const handle = (request: ContentRequest) => (handlers[request.type] as (request: ContentRequest) => unknown)(request);
  return (message: unknown, _sender: unknown, sendResponse: SendResponse): boolean => {
    if (!isContentRequest(message)) return false;
    Promise.resolve()
      .then(() => handle(message))
      .then(sendResponse, (error: unknown) => sendResponse(errorAnswer(error)));
    return true;
  };
}
