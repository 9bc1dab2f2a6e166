/**
 * Touch screens have no hover: there a tap on a place name looks it up, in a pinned popover that
 * a tap elsewhere dismisses. A tap meant for the page (on a link, a button, a field, anything
 * inside one, or one the page itself handled) is left alone, so that navigation and controls
 * work. Nothing here calls preventDefault or touches the page: the decision is pure, from the
 * facts of the tap passed in.
 */
import type { TapToLookUp } from '../../core/settings';

/** What a tap on, or inside, is meant for the page. */
export const CONTROLS = [
  'a',
  'button',
  'input',
  'select',
  'textarea',
  'label',
  'summary',
  'option',
  '[role=button]',
  '[role=link]',
  '[contenteditable]:not([contenteditable="false"])',
].join(', ');

/** `auto` is on where the primary pointer cannot hover (`(hover: none)`: phones, tablets). */
export function tapLookUpOn(setting: TapToLookUp, hoverNone: boolean): boolean {
  return setting === 'on' || (setting === 'auto' && hoverNone);
}

/** An element as far as the decision needs it (`Element.matches`). */
interface Matchable {
  matches?(selector: string): boolean;
}

export interface Tap {
  /** `pointerType` of the pointerdown that began the click ('' when none did: a key press). */
  pointerType: string;
  /** The click's composed path, target first: a control may be in a shadow root. */
  path: readonly Matchable[];
  /** The tap landed on the extension's own popover, whose links and buttons work by themselves. */
  ownPopover: boolean;
  /** The page handled the click itself. */
  defaultPrevented: boolean;
}

export function shouldLookUp(tap: Tap, on: boolean): boolean {
  if (!on || tap.pointerType !== 'touch' || tap.ownPopover || tap.defaultPrevented) return false;
  return !tap.path.some((node) => typeof node.matches === 'function' && node.matches(CONTROLS));
}

export interface TapServices {
  /** Whether taps look up now (the setting, and the device). */
  on(): boolean;
  isOwn(node: EventTarget | null): boolean;
  lookUp(x: number, y: number, target: EventTarget | null): void;
  /**
   * A tap left to the page (decisions.ts), at the point where the finger came down: Chromium 156
   * moves the click of a tap beside a control onto the control (touch adjustment, 2026-12).
   */
  leftToPage(x: number, y: number): void;
}

/**
 * Follows pointerdown → click. The click, not the pointerup, decides: browsers send none after a
 * scroll, a long press or a pinch, so only a real tap reaches it. It listens in the bubbling
 * phase, after the page's own handlers, to see whether the page took the tap.
 */
export class TapLookup {
  #pointerType = '';
  #down = { x: 0, y: 0 };

  constructor(private readonly services: TapServices) {}

  onPointerDown(event: PointerEvent): void {
    this.#pointerType = event.isPrimary ? event.pointerType : '';
    this.#down = { x: event.clientX, y: event.clientY };
  }

  onClick(event: MouseEvent): void {
    const pointerType = this.#pointerType;
    this.#pointerType = '';
    // A mouse's click costs one comparison.
    if (pointerType !== 'touch') return;
    const tap: Tap = {
      pointerType,
      path: event.composedPath() as Matchable[],
      ownPopover: this.services.isOwn(event.target),
      defaultPrevented: event.defaultPrevented,
    };
    if (shouldLookUp(tap, this.services.on())) this.services.lookUp(event.clientX, event.clientY, event.target);
    else this.services.leftToPage(this.#down.x, this.#down.y);
  }
}
