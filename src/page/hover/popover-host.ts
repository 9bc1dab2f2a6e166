/**
 * The one element the extension adds to a page: a host for the popover, created on the first
 * lookup and reused. Its open shadow root holds the Preact popover and its stylesheet, so page
 * CSS cannot reach in (the host's own inline styles are `!important` against `* { all: unset }`).
 * Where the Popover API exists the host goes to the top layer, above any z-index or transform;
 * elsewhere, and in fullscreen, it uses the highest z-index.
 */
import { render, type VNode } from 'preact';
import { anchorOf, placePopover, roomAcross, type Placement, type Rect, type Viewport } from './position';

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
  /** Where Preact renders, beside the <style> in the shadow root. */
  #mount: HTMLElement | null = null;
  #visible = false;
  /** After destroy() nothing shows again: a late lookup must not put the element back. */
  #destroyed = false;

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
    if (!anchor || this.#destroyed) return null;
    const { host, mount } = this.#ensure();
    render(content, mount);
    this.#open(host);
    const viewport = this.#visibleViewport();
    // Measure at the top-left corner with no height cap, as wide as the visible part allows, then place.
    host.style.setProperty('left', '0px', 'important');
    host.style.setProperty('top', '0px', 'important');
    const panel = mount.firstElementChild as HTMLElement | null;
    panel?.style.removeProperty('max-height');
    panel?.style.setProperty('--room', `${roomAcross(viewport)}px`);
    const box = host.getBoundingClientRect();
    const placement = placePopover(anchor, { width: box.width, height: box.height }, viewport);
    host.style.setProperty('left', `${placement.left}px`, 'important');
    host.style.setProperty('top', `${placement.top}px`, 'important');
    panel?.style.setProperty('max-height', `${placement.maxHeight}px`);
    return placement;
  }

  /** What is on screen: the visual viewport (pinch-zoom and on-screen keyboards shrink it) within the layout viewport. */
  #visibleViewport(): Viewport {
    const view = this.#doc.documentElement;
    const layout = { width: view.clientWidth || innerWidth, height: view.clientHeight || innerHeight };
    const visual = this.#doc.defaultView?.visualViewport;
    if (!visual) return layout;
    return {
      left: visual.offsetLeft,
      top: visual.offsetTop,
      width: Math.min(visual.width, layout.width),
      height: Math.min(visual.height, layout.height),
    };
  }

  /** Re-renders in place (a script switch, a copy) without moving. */
  update(content: VNode): void {
    if (this.#mount && this.#visible) render(content, this.#mount);
  }

  hide(): void {
    if (!this.#host || !this.#visible) return;
    this.#visible = false;
    if (this.#host.matches(':popover-open')) this.#host.hidePopover();
    this.#host.style.setProperty('display', 'none', 'important');
  }

  /** After entering or leaving fullscreen: into (or out of) the fullscreen element. */
  restack(): void {
    if (!this.#host) return;
    if (this.#host.matches(':popover-open')) this.#host.hidePopover();
    this.#placeInTree(this.#host);
    if (this.#visible && this.#useTopLayer(this.#host)) this.#host.showPopover();
  }

  destroy(): void {
    this.#destroyed = true;
    if (this.#mount) render(null, this.#mount);
    this.#host?.remove();
    this.#host = null;
    this.#mount = null;
    this.#visible = false;
  }

  #ensure(): { host: HTMLElement; mount: HTMLElement } {
    if (this.#host && this.#mount && this.#host.isConnected) return { host: this.#host, mount: this.#mount };
    const host = this.#doc.createElement(HOST_TAG);
    host.setAttribute('style', HOST_STYLE);
    if ('showPopover' in host) host.setAttribute('popover', 'manual');
    const root = host.attachShadow({ mode: 'open' });
    // A <style> in the extension's own shadow root rather than an adopted sheet: Firefox ESR 140
    // refuses a content script's assignment to adoptedStyleSheets (Xray wrapper, 2026-12).
    const style = this.#doc.createElement('style');
    style.textContent = this.#css;
    root.append(style);
    const mount = this.#doc.createElement('div');
    root.append(mount);
    this.#placeInTree(host);
    this.#host = host;
    this.#mount = mount;
    return { host, mount };
  }

  /**
   * Outside fullscreen the host sits under <html>, in the top layer. In fullscreen it moves into
   * the fullscreen element and leaves the top layer: Chromium 156 (2026-11) draws a top-layer
   * popover above the fullscreen element but does not hit-test it, so the pointer could not
   * reach its buttons. It moves back when fullscreen ends.
   */
  #placeInTree(host: HTMLElement): void {
    const fullscreen = this.#doc.fullscreenElement;
    const parent = fullscreen ?? this.#doc.documentElement;
    if (host.parentNode !== parent) parent.appendChild(host);
  }

  #useTopLayer(host: HTMLElement): boolean {
    return 'showPopover' in host && !this.#doc.fullscreenElement;
  }

  #open(host: HTMLElement): void {
    this.#placeInTree(host);
    host.style.setProperty('display', 'block', 'important');
    if (this.#useTopLayer(host) && !host.matches(':popover-open')) host.showPopover();
    this.#visible = true;
  }
}
