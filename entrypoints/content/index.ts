/**
 * The bootstrap content script, in every frame: thin wiring of src/page/bootstrap to the extension
 * APIs. It loads the real work (entrypoints/content-main.tsx) only where there is text worth a
 * look, by asking the background to run it in this frame (scripting.executeScript): see
 * src/ext/load-content.ts for why that way.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import latinWordList from '../../data/generated/latin-words.json';
import { answerOf, loadContentResponse } from '../../src/core/messages';
import { siteOf } from '../../src/core/settings';
import { readSettings, watchStoredSettings } from '../../src/ext/settings-reader';
import { answerMessages } from '../../src/page/answer-messages';
import { startBootstrap } from '../../src/page/bootstrap/bootstrap';
import { leaveHandoff } from '../../src/page/bootstrap/handoff';
// Imported plainly, highlights.css goes into the manifest: the browser injects it into pages.
import '../../src/page/highlights.css';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  main(ctx) {
    const idle = (task: (deadline: IdleDeadline) => void) =>
      typeof requestIdleCallback === 'function'
        ? requestIdleCallback(task, { timeout: 500 })
        : setTimeout(() => task({ didTimeout: true, timeRemaining: () => 5 }), 0);
    const bootstrap = startBootstrap({
      doc: document,
      site: siteOf(location.href),
      topFrame: window === window.top,
      latinWords: new Set(latinWordList),
      loadSettings: async () => (await readSettings()).settings,
      watchSettings: (callback) => watchStoredSettings(({ settings }) => callback(settings)),
      send: (message) => void browser.runtime.sendMessage(message).catch(() => {}),
      inject: async (handoff) => {
        leaveHandoff(handoff);
        answerOf(loadContentResponse, await browser.runtime.sendMessage({ type: 'loadContent' }));
      },
      listen: (type, listener, options) => ctx.addEventListener(window, type, listener, options),
      onInvalidated: (callback) => void ctx.onInvalidated(callback),
      idle,
      frame: (task) => requestAnimationFrame(task),
      later: (task) => setTimeout(task, 0),
    });
    const onMessage = answerMessages(bootstrap.onMessage);
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  },
});
