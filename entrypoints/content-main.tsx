/**
 * The real work of the content script, run in a frame by the background when the bootstrap
 * (entrypoints/content) has found text worth a look there: thin wiring of src/page/content-app.ts
 * to the bootstrap's handoff, the bundled data and the Preact popover.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import areasJson from '../data/generated/areas-page.json?raw';
import divisionsJson from '../data/generated/divisions.json?raw';
import lexiconJson from '../data/generated/lexicon.json?raw';
import officesJson from '../data/generated/offices-page.json?raw';
import { siteOf } from '../src/core/settings';
import { updateSettings } from '../src/ext/settings-store';
import { takeHandoff } from '../src/page/bootstrap/handoff';
import { startContent } from '../src/page/content-app';
import { pageDataSteps } from '../src/page/page-data';
import { staged } from '../src/page/staged';
import highlightCss from '../src/page/highlights.css?inline';
import popoverCss from '../src/ui/popover/popover.css?inline';
import { Popover } from '../src/ui/popover/Popover';

export default defineUnlistedScript(() => {
  const handoff = takeHandoff();
  // Run by anything but the bootstrap (twice, say): nothing to do.
  if (!handoff) return;
  const files = { divisions: divisionsJson, offices: officesJson, lexicon: lexiconJson, areas: areasJson };
  const data = staged(() => pageDataSteps(files), handoff.lifetime);
  const app = startContent({
    doc: document,
    site: siteOf(location.href),
    browserLanguage: navigator.language,
    topFrame: window === window.top,
    latinWords: handoff.latinWords,
    popoverCss,
    highlightCss,
    data,
    loadSettings: handoff.settings,
    watchSettings: handoff.watchSettings,
    saveSettings: (patch) => void updateSettings(patch),
    copy: (text) => navigator.clipboard.writeText(text),
    render: (state) => (
      <Popover
        cards={state.cards}
        tr={state.tr}
        theme={state.settings.theme}
        fontSize={state.settings.fontSize}
        pinned={state.pinned}
        copy={state.copy}
        onCopy={state.onCopy}
        onPin={state.onPin}
        onClose={state.onClose}
      />
    ),
    // The bootstrap keeps the toolbar badge.
    send: () => {},
    lifetime: handoff.lifetime,
  });
  handoff.started(app);
  if (handoff.preloadData) data.preload();
});
