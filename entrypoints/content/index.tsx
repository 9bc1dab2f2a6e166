/**
 * Content script, in every frame: thin wiring of src/page/content-app.ts to the extension APIs,
 * the bundled data and the Preact popover.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import divisionsJson from '../../data/generated/divisions.json?raw';
import latinWordList from '../../data/generated/latin-words.json';
import lexiconJson from '../../data/generated/lexicon.json?raw';
import officesJson from '../../data/offices.json?raw';
import { isContentRequest } from '../../src/core/messages';
import { siteOf } from '../../src/core/settings';
import { loadSettings, updateSettings, watchSettings } from '../../src/ext/settings-store';
import { startContent } from '../../src/page/content-app';
import { makePageData } from '../../src/page/page-data';
import popoverCss from '../../src/ui/popover/popover.css?inline';
import { Popover } from '../../src/ui/popover/Popover';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  main(ctx) {
    let data: ReturnType<typeof makePageData> | null = null;
    const app = startContent({
      doc: document,
      site: siteOf(location.href),
      browserLanguage: navigator.language,
      topFrame: window === window.top,
      latinWords: new Set(latinWordList),
      popoverCss,
      data: () => (data ??= makePageData(divisionsJson, officesJson, lexiconJson)),
      loadSettings: async () => (await loadSettings()).settings,
      watchSettings: (callback) => watchSettings(({ settings }) => callback(settings)),
      saveSettings: (patch) => void updateSettings(patch),
      copy: (text) => navigator.clipboard.writeText(text),
      render: (state) => (
        <Popover
          cards={state.cards}
          tr={state.tr}
          theme={state.settings.theme}
          fontSize={state.settings.fontSize}
          pinned={state.pinned}
          copied={state.copied}
          onCopy={state.onCopy}
          onPin={state.onPin}
          onClose={state.onClose}
        />
      ),
      send: (message) => void browser.runtime.sendMessage(message).catch(() => {}),
      listen: (type, listener, options) => ctx.addEventListener(window, type, listener, options),
      onInvalidated: (callback) => ctx.onInvalidated(callback),
    });
    // Chrome does not yet take a promise from an onMessage listener in every version it ships:
    // answer through sendResponse and return true to keep the channel open (2026-11).
    const onMessage = (message: unknown, _sender: unknown, sendResponse: (response: unknown) => void) => {
      if (!isContentRequest(message)) return false;
      void app.onMessage(message).then(sendResponse);
      return true;
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  },
});
