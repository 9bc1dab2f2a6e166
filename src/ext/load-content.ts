/**
 * The background's side of the bootstrap content script (entrypoints/content): on its request,
 * runs the real work (content-main.js) in the frame that asked, in the content scripts' isolated
 * world, so that it finds the bootstrap's handoff there.
 *
 * Why scripting.executeScript rather than a dynamic import() from the bootstrap: import() of an
 * extension file needs that file in web_accessible_resources, which any page can then probe for
 * (chrome-extension://<id>/… loads or not: a fingerprint, and proof the extension is installed);
 * executeScript exposes nothing to pages, costs one message to the background, and needs the
 * "scripting" permission, which adds no warning (Chrome 156, Firefox 153). Lookups answered by the
 * background instead would cost a round trip on every hover and every highlight-all batch.
 */
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { loadContentRequest } from '../core/messages';

const CONTENT_MAIN = '/content-main.js';

export function answerContentLoads(): void {
  browser.runtime.onMessage.addListener((message, sender, sendResponse: (response: unknown) => void) => {
    const tabId = sender.tab?.id;
    if (!v.is(loadContentRequest, message) || tabId === undefined) return false;
    browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [CONTENT_MAIN] }).then(
      () => sendResponse({ loaded: true }),
      (error: unknown) => sendResponse({ error: error instanceof Error ? error.message : String(error) }),
    );
    // The answer comes later, through sendResponse (Chrome 123– takes no promise from a listener).
    return true;
  });
}
