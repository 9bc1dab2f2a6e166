/**
 * Pointer and keyboard handling for the hover popover. States: hidden → shown (the pointer may
 * travel into it) → pinned (a dialog that stays until Esc or a click elsewhere). Pointer moves
 * are looked up at once, at most once a frame (per-frame.ts), and the popover waits for the pointer to
 * settle (the hover delay) before showing. Nothing is loaded until a move lands on Chinese text
 * or on a word that starts a Latin place name.
 */
import type { VNode } from 'preact';
import { makeTranslator, resolveLanguage, type ConcreteScript, type Translator } from '../../core/i18n';
import type { CopyStatus, PlaceCard } from '../../core/place-card';
import { resolveScript } from '../../core/script';
import { isActiveOn, type Settings } from '../../core/settings';
import { markDecision, measureHover, type Decision } from '../decisions';
import type { Highlighter } from '../highlight';
import type { Lifetime } from '../lifetime';
import { afterBuild, type LazyPageData, type PageData } from '../page-data';
import { perFrame } from './per-frame';
import type { PopoverState } from './popover-state';
import { clientRectsOf } from '../text-pieces';
import { isEditable, matchAt, pointToLookUp, sameMatch, type LookupScope, type PageMatch } from './page-lookup';
import type { PopoverHost } from './popover-host';

/** `pointAt`: the text character at a point of the viewport (caret.ts). */
export interface HoverServices extends LookupScope {
  lifetime: Lifetime;
  /** Current settings; the first call loads them. */
  settings(): Settings | Promise<Settings>;
  data: LazyPageData;
  browserLanguage: string;
  copy(text: string): Promise<void>;
  saveScript(script: ConcreteScript): void;
  render(state: PopoverState): VNode;
}

export const HOVER_HIGHLIGHT = 'hketo-lens-hover';
/** Time to travel from the text into the popover before it closes. */
const HIDE_GRACE_MS = 200;
const HOLD_KEYS = { Shift: 'shiftKey', Alt: 'altKey', Control: 'ctrlKey' } as const;

export class HoverController {
  #settings: Settings | null = null;
  #pointer = { x: 0, y: 0, target: null as EventTarget | null, held: false, timeStamp: 0 };
  #settleTimer = 0;
  #hideTimer = 0;
  #pending: PageMatch | null = null;
  #current: PageMatch | null = null;
  /** Closed with Esc: not shown again until the pointer has left it (its next frame would). */
  #dismissed: PageMatch | null = null;
  #cards: PlaceCard[] = [];
  #tr: Translator | null = null;
  #pinned = false;
  #copyStatus: CopyStatus = 'ready';
  readonly #afterBuild: (then: () => void) => void;
  readonly #lookUpMove: () => void;

  constructor(
    private readonly doc: Document,
    private readonly host: PopoverHost,
    private readonly highlighter: Highlighter,
    private readonly services: HoverServices,
  ) {
    this.#afterBuild = afterBuild(services.data);
    this.#lookUpMove = perFrame(services.lifetime, () => this.#lookup());
  }

  /** Settings changed elsewhere (popup, another tab): follow them at once. */
  applySettings(settings: Settings): void {
    this.#settings = settings;
    if (!isActiveOn(settings, this.services.site)) this.hide();
    else if (this.#current) this.#render();
  }

  onPointerMove(event: PointerEvent): void {
    const holdKey = this.#settings?.holdKey ?? 'none';
    this.#pointer = {
      x: event.clientX,
      y: event.clientY,
      target: event.target,
      held: holdKey === 'none' || event[HOLD_KEYS[holdKey]],
      timeStamp: event.timeStamp,
    };
    // Pressed buttons mean a selection or a drag: no lookups then.
    if (this.#pinned || event.buttons !== 0) return this.#decided(this.#pinned ? 'pinned' : 'buttons');
    if (this.host.contains(event.target)) {
      this.#cancelHide();
      return this.#decided('own');
    }
    this.#lookUpMove();
  }

  onKeyDown(event: KeyboardEvent): void {
    const holdKey = this.#settings?.holdKey ?? 'none';
    if (holdKey !== 'none' && event.key === holdKey && !this.#current) {
      this.#pointer.held = true;
      this.#lookup();
      return;
    }
    if (!this.#current || event.ctrlKey || event.metaKey || event.altKey || isEditable(event.target)) return;
    const key = event.key.toLowerCase();
    if (key === 'escape') this.#dismiss();
    else if (key === 't') this.#toggleScript();
    else if (key === 'c') void this.#copy();
    else if (key === 'p') this.#togglePin();
  }

  onPointerDown(event: PointerEvent): void {
    if (this.#pinned && !this.host.contains(event.target)) this.hide();
  }

  /** Scrolling moves the text away from an unpinned popover. */
  onScroll(): void {
    if (this.#current && !this.#pinned) this.hide();
  }

  /** A resize (a phone's toolbar, a window) moves the text: an unpinned popover goes, a pinned one follows. */
  onResize(): void {
    if (!this.#current || !this.#pinned) return this.hide();
    this.host.show(this.services.render(this.#state()), clientRectsOf(this.doc, this.#current.ranges));
  }

  /**
   * The context menu's "look up selection": the first place named in the selected text, in a
   * pinned popover next to the selection. Returns whether there was one.
   */
  async showSelection(text: string, settings: Settings): Promise<boolean> {
    this.#settings = settings;
    const data = this.services.data.ready() ?? (await this.services.data.whenBuilt());
    const [detection] = data.detect(text, settings);
    const selection = this.doc.getSelection();
    const range = selection?.rangeCount ? selection.getRangeAt(0) : null;
    if (!detection) return false;
    this.hide();
    this.#current = { window: { text, index: detection.start, pieces: [] }, detection, ranges: [] };
    this.#tr = this.#translator(settings, this.#current);
    this.#cards = data.cards(detection, this.#tr);
    this.#pinned = true;
    const rects = range ? [...range.getClientRects()] : [];
    const fallback = { left: innerWidth / 2 - 150, right: innerWidth / 2 + 150, top: 40, bottom: 40 };
    this.host.show(this.services.render(this.#state()), rects.length ? rects : [fallback]);
    return true;
  }

  /** A tap at (x, y): the place there, at once, in a pinned popover. Returns whether there was one. */
  async showAt(x: number, y: number, target: EventTarget | null): Promise<boolean> {
    const settings = (this.#settings ??= await this.services.settings());
    const point = pointToLookUp(this.services, { x, y, target }, settings, (node) => this.host.contains(node));
    const data = point && (this.services.data.ready() ?? (await this.services.data.whenBuilt()));
    const match = point && data ? matchAt(point, data, settings) : null;
    markDecision(this.doc, 'tap', match ? 'shown' : 'none', x, y);
    if (!match) return false;
    this.hide();
    this.#pointer = { ...this.#pointer, x, y, target };
    this.#pinned = true;
    this.#show(match);
    return true;
  }

  #dismiss(): void {
    this.#dismissed = this.#current;
    this.hide();
  }

  hide(): void {
    this.#cancelHide();
    clearTimeout(this.#settleTimer);
    this.#pending = null;
    this.#current = null;
    this.#pinned = false;
    this.#copyStatus = 'ready';
    this.highlighter.clear(HOVER_HIGHLIGHT);
    this.host.hide();
  }

  #lookup(): void {
    // Settings may arrive after the extension went away (an update): nothing shows then.
    if (!this.services.lifetime.isValid) return;
    if (this.#pinned) return this.#decided('pinned');
    const settings = this.#settings ?? this.services.settings();
    if (settings instanceof Promise) {
      void settings.then((loaded) => {
        this.#settings = loaded;
        this.#lookup();
      });
      return;
    }
    this.#settings = settings;
    const { x, y, target, held } = this.#pointer;
    const own = (node: Node) => this.host.contains(node);
    const point = held ? pointToLookUp(this.services, { x, y, target }, settings, own) : null;
    const data = point ? this.services.data.ready() : undefined;
    // A first look-up on a fresh page: the data is still being built, in short tasks. The latest
    // pointer is looked up once it is.
    if (point && !data) return this.#afterBuild(() => this.#lookup());
    const match = point && data ? matchAt(point, data, settings) : null;
    if (!sameMatch(match, this.#dismissed)) this.#dismissed = null;
    if (!match) {
      this.#hideSoon();
      return this.#decided('none');
    }
    this.#cancelHide();
    if (sameMatch(match, this.#current) || sameMatch(match, this.#pending) || this.#dismissed)
      return this.#decided('same');
    clearTimeout(this.#settleTimer);
    this.#pending = match;
    if (settings.hoverDelay === 0) this.#showHovered(match);
    else this.#settleTimer = this.services.lifetime.setTimeout(() => this.#showHovered(match), settings.hoverDelay);
  }

  /** The data, built: only a shown match, which the data found, asks for it. */
  #data(): PageData {
    return this.services.data.ready()!;
  }

  #show(match: PageMatch): void {
    this.#pending = null;
    const settings = this.#settings!;
    this.#current = match;
    this.#copyStatus = 'ready';
    this.#tr = this.#translator(settings, match);
    this.#cards = this.#data().cards(match.detection, this.#tr);
    this.highlighter.show(HOVER_HIGHLIGHT, match.ranges);
    this.host.show(this.services.render(this.#state()), clientRectsOf(this.doc, match.ranges), this.#pointer.y);
    measureHover(this.doc, this.#pointer.timeStamp);
  }

  #translator(settings: Settings, match: PageMatch): Translator {
    const script = resolveScript(settings.script, match.window.text);
    return makeTranslator(resolveLanguage(settings.language, this.services.browserLanguage), script);
  }

  #render(): void {
    if (!this.#current || !this.#settings) return;
    this.#tr = this.#translator(this.#settings, this.#current);
    this.#cards = this.#data().cards(this.#current.detection, this.#tr);
    this.host.update(this.services.render(this.#state()));
  }

  #state(): PopoverState {
    return {
      cards: this.#cards,
      tr: this.#tr!,
      settings: this.#settings!,
      pinned: this.#pinned,
      copy: this.#copyStatus,
      onCopy: () => void this.#copy(),
      onPin: () => this.#togglePin(),
      onClose: () => this.hide(),
    };
  }

  #toggleScript(): void {
    if (!this.#tr || !this.#settings) return;
    const script: ConcreteScript = this.#tr.script === 'hant' ? 'hans' : 'hant';
    this.#settings = { ...this.#settings, script };
    this.services.saveScript(script);
    this.#render();
  }

  async #copy(): Promise<void> {
    const [card] = this.#cards;
    if (!card || !this.#tr) return;
    // The browser refuses the clipboard to a page without focus or under a permissions policy
    // that denies it (Chromium's NotAllowedError): the button says so, rather than nothing.
    this.#copyStatus = await this.services.copy(this.#data().cardText(card, this.#tr)).then(
      () => 'copied' as const,
      () => 'failed' as const,
    );
    this.#render();
  }

  #togglePin(): void {
    this.#pinned = !this.#pinned;
    this.#render();
  }

  #hideSoon(): void {
    clearTimeout(this.#settleTimer);
    this.#pending = null;
    if (!this.#current || this.#hideTimer) return;
    this.#hideTimer = this.services.lifetime.setTimeout(() => {
      this.#hideTimer = 0;
      this.hide();
    }, HIDE_GRACE_MS);
  }

  #cancelHide(): void {
    clearTimeout(this.#hideTimer);
    this.#hideTimer = 0;
  }

  #showHovered(match: PageMatch): void {
    this.#show(match);
    this.#decided('shown');
  }

  #decided(decision: Decision): void {
    markDecision(this.doc, 'pointer', decision, this.#pointer.x, this.#pointer.y);
  }
}
