/**
 * The bootstrap content script, in every frame: thin wiring of src/page/bootstrap to the extension
 * APIs. It loads the real work (entrypoints/content-main.tsx) only where there is text worth a
 * look, by asking the background to run it in this frame (scripting.executeScript): see
 * src/ext/load-content.ts for why that way.
 */
// First: the clock starts before the other modules are evaluated.
import { evaluationStart } from '../../src/page/bootstrap/clock';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import packedLatinWords from '../../data/generated/latin-words.json';
import { answerOf, loadContentResponse } from '../../src/core/messages';
import { siteOf } from '../../src/core/settings';
import { lazyWordSet } from '../../src/core/text/word-list';
import { readSettings, watchStoredSettings } from '../../src/ext/settings-reader';
import { answerMessages } from '../../src/page/answer-messages';
import { startBootstrap } from '../../src/page/bootstrap/bootstrap';
import { leaveHandoff } from '../../src/page/bootstrap/handoff';
import { frugal } from '../../src/page/lifetime';
// Imported plainly, highlights.css goes into the manifest: the browser injects it into pages.
import '../../src/page/highlights.css';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  // The page sees no message of ours: WXT 0.21.4 also announces each start with window.postMessage
  // (kept for its older versions), which wakes every message listener of every frame's page.
  noScriptStartedPostMessage: true,
  main(ctx) {
    // A page that asks (the page benchmark's, in Firefox, which has no CDP) gets the bootstrap's
    // own time on its timeline: one 'hketo-lens:bootstrap' measure for each of its tasks.
    const bench = document.documentElement?.hasAttribute('data-hketo-lens-bench') ?? false;
    const timed = <A extends unknown[]>(task: (...args: A) => void) =>
      !bench
        ? task
        : (...args: A) => {
            const start = performance.now();
            try {
              task(...args);
            } finally {
              performance.measure('hketo-lens:bootstrap', { start, end: performance.now() });
            }
          };
    const bootstrap = startBootstrap({
      doc: document,
      site: siteOf(location.href),
      topFrame: window === window.top,
      latinWords: lazyWordSet(packedLatinWords),
      loadSettings: async () => (await readSettings()).settings,
      watchSettings: (callback) => watchStoredSettings(({ settings }) => callback(settings)),
      send: (message) => void browser.runtime.sendMessage(message).catch(() => {}),
      inject: async (handoff) => {
        leaveHandoff(handoff);
        answerOf(loadContentResponse, await browser.runtime.sendMessage({ type: 'loadContent' }));
      },
      lifetime: frugal(ctx),
      timed,
    });
    const onMessage = answerMessages(bootstrap.handlers);
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
    if (bench) performance.measure('hketo-lens:bootstrap', { start: evaluationStart, end: performance.now() });
  },
});
