/**
 * Content script, in every frame: thin wiring of src/page/content-app.ts to the extension APIs,
 * the bundled data and the Preact popover.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import areasJson from '../../data/generated/areas-page.json?raw';
import divisionsJson from '../../data/generated/divisions.json?raw';
import latinWordList from '../../data/generated/latin-words.json';
import lexiconJson from '../../data/generated/lexicon.json?raw';
import officesJson from '../../data/generated/offices-page.json?raw';
import { siteOf } from '../../src/core/settings';
import { loadSettings, updateSettings, watchSettings } from '../../src/ext/settings-store';
import { answerMessages } from '../../src/page/answer-messages';
import { startContent } from '../../src/page/content-app';
import { makePageData, type PageData } from '../../src/page/page-data';
// Imported plainly, highlights.css goes into the manifest: the browser injects it into pages.
import '../../src/page/highlights.css';
import highlightCss from '../../src/page/highlights.css?inline';
import popoverCss from '../../src/ui/popover/popover.css?inline';
import { Popover } from '../../src/ui/popover/Popover';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  main(ctx) {
    let data: PageData | null = null;
    const app = startContent({
      doc: document,
      site: siteOf(location.href),
      browserLanguage: navigator.language,
      topFrame: window === window.top,
      latinWords: new Set(latinWordList),
      popoverCss,
      highlightCss,
      data: () => (data ??= makePageData(divisionsJson, officesJson, lexiconJson, areasJson)),
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
      lifetime: ctx,
    });
    const onMessage = answerMessages(app.handlers);
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  },
});
