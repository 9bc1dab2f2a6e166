/**
 * Content script, in every frame: wires the hover controller to the page. It only listens to
 * pointer moves until a move lands on something worth looking up; settings, data and the
 * popover element come on first need.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import divisionsJson from '../../data/generated/divisions.json?raw';
import latinWordList from '../../data/generated/latin-words.json';
import officesJson from '../../data/offices.json?raw';
import { siteOf, type Settings } from '../../src/core/settings';
import { loadSettings, updateSettings, watchSettings } from '../../src/ext/settings-store';
import { Highlighter } from '../../src/page/highlight';
import { HOVER_HIGHLIGHT, HoverController, type PageData } from '../../src/page/hover-controller';
import { makePageData } from '../../src/page/page-data';
import { PopoverHost } from '../../src/page/popover-host';
import popoverCss from '../../src/ui/popover/popover.css?inline';
import { Popover } from '../../src/ui/popover/Popover';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  main(ctx) {
    let settings: Settings | Promise<Settings> | null = null;
    let data: PageData | null = null;
    const highlighter = new Highlighter();
    highlighter.define(HOVER_HIGHLIGHT, 'background-color: rgba(255, 196, 0, 0.4); color: inherit;');
    const host = new PopoverHost(document, popoverCss);

    const controller = new HoverController(document, host, highlighter, {
      settings: () =>
        (settings ??= loadSettings().then(({ settings: loaded }) => {
          settings = loaded;
          ctx.onInvalidated(watchSettings(({ settings: next }) => {
            settings = next;
            controller.applySettings(next);
          }));
          return loaded;
        })),
      data: () => (data ??= makePageData(divisionsJson, officesJson)),
      latinWords: new Set(latinWordList),
      site: siteOf(location.href),
      browserLanguage: navigator.language,
      copy: (text) => navigator.clipboard.writeText(text),
      saveScript: (script) => void updateSettings({ script }),
      render: ({ cards, tr, settings: s, pinned, copied, onCopy, onPin, onClose }) => (
        <Popover
          cards={cards}
          tr={tr}
          theme={s.theme}
          fontSize={s.fontSize}
          pinned={pinned}
          copied={copied}
          onCopy={onCopy}
          onPin={onPin}
          onClose={onClose}
        />
      ),
    });

    const passive = { capture: true, passive: true };
    ctx.addEventListener(window, 'pointermove', (e) => controller.onPointerMove(e), passive);
    ctx.addEventListener(window, 'pointerdown', (e) => controller.onPointerDown(e), passive);
    ctx.addEventListener(window, 'keydown', (e) => controller.onKeyDown(e), { capture: true });
    ctx.addEventListener(window, 'scroll', () => controller.onScroll(), passive);
    ctx.addEventListener(document, 'fullscreenchange', () => controller.onFullscreenChange());
    ctx.onInvalidated(() => {
      controller.hide();
      host.destroy();
    });
  },
});
