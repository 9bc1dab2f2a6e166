/**
 * Everything the content script does on a page, wired together: the hover popover, highlight-all
 * mode, and the messages from the popup and the context menu. At load it reads the settings and
 * listens to pointer moves and messages; the data and the popover element come on first need.
 */
import type { VNode } from 'preact';
import type { ContentHandlers, SiteStateMessage } from '../core/messages';
import { isActiveOn, type Settings } from '../core/settings';
import { Highlighter } from './highlight';
import { markDecision } from './decisions';
import { PageScanner } from './highlight-all/scanner';
import { HOVER_HIGHLIGHT, HoverController } from './hover/hover-controller';
import { PopoverHost } from './hover/popover-host';
import type { PopoverState } from './hover/popover-state';
import { TapLookup, tapLookUpOn } from './hover/tap-lookup';
import { textPointAt } from './hover/caret';
import type { Lifetime } from './lifetime';
import type { LazyPageData, PageData } from './page-data';
import type { WordSet } from '../core/text/word-list';

export interface ContentDeps {
  doc: Document;
  site: string | null;
  browserLanguage: string;
  topFrame: boolean;
  latinWords: WordSet;
  popoverCss: string;
  /** The highlights' rules (highlights.css), for the page's shadow roots. */
  highlightCss: string;
  data: LazyPageData;
  loadSettings(): Promise<Settings>;
  watchSettings(callback: (settings: Settings) => void): () => void;
  saveSettings(patch: Partial<Settings>): void;
  copy(text: string): Promise<void>;
  render(state: PopoverState): VNode;
  send(message: SiteStateMessage): void;
  /** Every listener and timer goes through it, and ends with it. */
  lifetime: Lifetime;
}

const allHighlight = (office: string) => `hketo-lens-all-${office}`;

export function startContent(deps: ContentDeps) {
  const highlighter = new Highlighter(deps.highlightCss);
  const host = new PopoverHost(deps.doc, deps.popoverCss);
  let settings: Settings | null = null;
  let loading: Promise<Settings> | null = null;
  let scanner: PageScanner | null = null;
  /** A scan waiting for the data; a stop clears it, and the scan then does not start. */
  let waitingScan: object | null = null;
  let listening = false;

  const { lifetime } = deps;
  const view = deps.doc.defaultView ?? window;
  const listen = <K extends keyof WindowEventMap>(
    type: K,
    listener: (event: WindowEventMap[K]) => void,
    options?: AddEventListenerOptions,
  ) => lifetime.addEventListener(view, type, listener, options);
  const controller = new HoverController(deps.doc, host, highlighter, {
    lifetime,
    pointAt: (x, y) => textPointAt(deps.doc, x, y),
    settings: () => settings ?? ensureSettings(),
    data: deps.data,
    latinWords: deps.latinWords,
    site: deps.site,
    browserLanguage: deps.browserLanguage,
    copy: deps.copy,
    saveScript: (script) => deps.saveSettings({ script }),
    render: deps.render,
  });

  const taps = new TapLookup({
    on: () =>
      !!settings && tapLookUpOn(settings.tapToLookUp, !!deps.doc.defaultView?.matchMedia('(hover: none)').matches),
    isOwn: (node) => host.contains(node),
    lookUp: (x, y, target) => void controller.showAt(x, y, target),
    leftToPage: (x, y) => markDecision(deps.doc, 'tap', 'page', x, y),
  });

  function ensureSettings(): Promise<Settings> {
    loading ??= deps.loadSettings().then((loaded) => {
      lifetime.onInvalidated(deps.watchSettings(apply));
      apply(loaded);
      return loaded;
    });
    return loading;
  }

  /** Settings arrived or changed: follow them in this page at once. */
  function apply(next: Settings): void {
    const previous = settings;
    const wasActive = previous ? isActiveOn(previous, deps.site) : true;
    settings = next;
    const active = isActiveOn(next, deps.site);
    controller.applySettings(next);
    if (active && !listening) listenForLookups();
    if (deps.topFrame && active !== wasActive) deps.send({ type: 'siteState', active });
    // The scanner detects with the settings it started with: another detection option means
    // scanning the page again.
    if (!active || !next.highlightAll || previous?.countyShortNames !== next.countyShortNames) stopScanner();
    if (active && next.highlightAll) startScanner(next);
  }

  function startScanner(current: Settings): void {
    if (scanner || waitingScan) return;
    const start = performance.now();
    const wait = (waitingScan = {});
    // The data is built at idle; the first scan waits for it, in short tasks.
    void deps.data.whenBuilt().then((data) => {
      if (waitingScan !== wait) return;
      waitingScan = null;
      scanWith(data, current, start);
    });
  }

  function scanWith(data: PageData, current: Settings, start: number): void {
    let complete = false;
    scanner = new PageScanner({
      doc: deps.doc,
      detect: (text) => data.detect(text, current),
      highlightFor: (code) => allHighlight(data.officeOf(code)),
      highlighter,
      lifetime,
      isOwn: (node) => host.contains(node),
      now: () => performance.now(),
      // Marks on the page's performance timeline, read by the page benchmark (highlight-all only).
      onFirstHighlight: () => performance.measure('hketo-lens:first-highlight', { start, end: performance.now() }),
      onIdle: () => {
        if (complete) return;
        complete = true;
        performance.measure('hketo-lens:scan-complete', { start, end: performance.now() });
      },
    });
    scanner.start();
  }

  function stopScanner(): void {
    waitingScan = null;
    scanner?.stop();
    scanner = null;
  }

  /** The listeners a shown popover needs, added on first use. */
  function listenForLookups(): void {
    listening = true;
    const passive = { capture: true, passive: true };
    listen('pointerdown', (e) => (controller.onPointerDown(e), taps.onPointerDown(e)), passive);
    listen('click', (e) => taps.onClick(e), { passive: true });
    listen('keydown', (e) => controller.onKeyDown(e), { capture: true });
    listen('scroll', () => controller.onScroll(), passive);
    listen('resize', () => controller.onResize(), passive);
    lifetime.addEventListener(deps.doc, 'fullscreenchange', () => host.restack());
  }

  // A finger's moves are drags and scrolls, never hover: touch looks up by tapping (tap-lookup.ts).
  listen('pointermove', (e) => e.pointerType !== 'touch' && controller.onPointerMove(e), {
    capture: true,
    passive: true,
  });
  // One storage read per page: highlight-all mode and the toolbar badge need the settings at
  // once. The data itself still waits for the first lookup (or for highlight-all).
  void ensureSettings();
  lifetime.onInvalidated(() => {
    controller.hide();
    stopScanner();
    host.destroy();
  });

  /** The answer to each request from the popup or the context menu (src/core/messages.ts). */
  const handlers: ContentHandlers = {
    pageSite: () => ({ site: deps.site }),
    async pageSummary() {
      await ensureSettings();
      return {
        highlighting: !!scanner || !!waitingScan,
        scanning: !!waitingScan || (scanner?.scanning ?? false),
        places: scanner?.summary() ?? [],
      };
    },
    async reveal({ code }) {
      await ensureSettings();
      const range = scanner?.firstMention(code);
      if (!range) return { revealed: false };
      const element = range.startContainer.parentElement;
      // A smooth scroll is for the reader's eye: without motion, or in a tab in the background
      // (where it outlasts any wait: Chromium 156, 2026-12), the page jumps.
      const smooth =
        deps.doc.visibilityState === 'visible' &&
        !deps.doc.defaultView?.matchMedia('(prefers-reduced-motion: reduce)').matches;
      element?.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'instant' });
      highlighter.show(HOVER_HIGHLIGHT, [range]);
      lifetime.setTimeout(() => highlighter.clear(HOVER_HIGHLIGHT), 2000);
      return { revealed: !!element };
    },
    lookupSelection: async ({ text }) => ({ found: await controller.showSelection(text, await ensureSettings()) }),
  };

  return { handlers };
}
