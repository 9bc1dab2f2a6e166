/**
 * The one element the extension adds to a page: a host for the popover, created on the first
 * lookup and reused. Its open shadow root holds the Preact popover and its stylesheet, so page
 * CSS cannot reach in (the host's own inline styles are `!important` against `* { all: unset }`).
 * Where the Popover API exists the host goes to the top layer, above any z-index, transform or
 * fullscreen element; elsewhere it uses the highest z-index and moves into the fullscreen element.
 */
import { render, type VNode } from 'preact';
import { anchorOf, placePopover, type Placement, type Rect } from './position';

export const HOST_TAG = 'hketo-lens-popover';

const HOST_STYLE = [
  'all: initial',
  'position: fixed',
  'z-index: 2147483647',
  'inset: auto',
  'margin: 0',
  'padding: 0',
  'border: 0',
  'background: transparent',
  'overflow: visible',
  'width: auto',
  'height: auto',
  'max-width: none',
  'max-height: none',
  'display: block',
  'pointer-events: auto',
]
  .map((rule) => `${rule} !important`)
  .join('; ');

export class PopoverHost {
  readonly #doc: Document;
  readonly #css: string;
  #host: HTMLElement | null = null;
  #root: ShadowRoot | null = null;
  #visible = false;

  constructor(doc: Document, css: string) {
    this.#doc = doc;
    this.#css = css;
  }

  get element(): HTMLElement | null {
    return this.#host;
  }

  get visible(): boolean {
    return this.#visible;
  }

  contains(node: EventTarget | null): boolean {
    return !!this.#host && node instanceof Node && (node === this.#host || this.#host.contains(node));
  }

  /** Renders `content` next to the text rectangles `rects`, the pointer being at `pointerY`. */
  show(content: VNode, rects: readonly Rect[], pointerY?: number): Placement | null {
    const anchor = anchorOf(rects, pointerY);
    if (!anchor) return null;
    const { host, root } = this.#ensure();
    render(content, root);
    this.#open(host);
    // Measure at the top-left corner with no height cap, then place.
    host.style.setProperty('left', '0px', 'important');
    host.style.setProperty('top', '0px', 'important');
    const panel = root.firstElementChild as HTMLElement | null;
    panel?.style.removeProperty('max-height');
    const box = host.getBoundingClientRect();
    const view = this.#doc.documentElement;
    const placement = placePopover(
      anchor,
      { width: box.width, height: box.height },
      { width: view.clientWidth || innerWidth, height: view.clientHeight || innerHeight },
    );
    host.style.setProperty('left', `${placement.left}px`, 'important');
    host.style.setProperty('top', `${placement.top}px`, 'important');
    panel?.style.setProperty('max-height', `${placement.maxHeight}px`);
    return placement;
  }

  /** Re-renders in place (a script switch, a copy) without moving. */
  update(content: VNode): void {
    if (this.#root && this.#visible) render(content, this.#root);
  }

  hide(): void {
    if (!this.#host || !this.#visible) return;
    this.#visible = false;
    if (this.#host.matches(':popover-open')) this.#host.hidePopover();
    this.#host.style.setProperty('display', 'none', 'important');
  }

  /** After entering or leaving fullscreen: back on top of the fullscreen element. */
  restack(): void {
    if (!this.#host || !this.#visible) return;
    this.#placeInTree(this.#host);
    if ('showPopover' in this.#host) {
      if (this.#host.matches(':popover-open')) this.#host.hidePopover();
      this.#host.showPopover();
    }
  }

  destroy(): void {
    if (this.#root) render(null, this.#root);
    this.#host?.remove();
    this.#host = null;
    this.#root = null;
    this.#visible = false;
  }

  #ensure(): { host: HTMLElement; root: ShadowRoot } {
    if (this.#host && this.#root && this.#host.isConnected) return { host: this.#host, root: this.#root };
    const host = this.#doc.createElement(HOST_TAG);
    host.setAttribute('style', HOST_STYLE);
    if ('showPopover' in host) host.setAttribute('popover', 'manual');
    const root = host.attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(this.#css);
    root.adoptedStyleSheets = [sheet];
    this.#placeInTree(host);
    this.#host = host;
    this.#root = root;
    return { host, root };
  }

  /**
   * Without the Popover API the host must sit inside the fullscreen element to be seen; with it,
   * the host stays under <html> and the top layer does the rest.
   */
  #placeInTree(host: HTMLElement): void {
    const fullscreen = 'showPopover' in host ? null : this.#doc.fullscreenElement;
    const parent = fullscreen ?? this.#doc.documentElement;
    if (host.parentNode !== parent) parent.appendChild(host);
  }

  #open(host: HTMLElement): void {
    host.style.setProperty('display', 'block', 'important');
    if ('showPopover' in host && !host.matches(':popover-open')) host.showPopover();
    this.#visible = true;
  }
}
