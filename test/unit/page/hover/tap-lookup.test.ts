import { describe, expect, it, vi } from 'vitest';
import { CONTROLS, shouldLookUp, TapLookup, tapLookUpOn, type Tap } from '../../../../src/page/hover/tap-lookup';

/** A stand-in element that matches the selector list when it is one of the named controls. */
const element = (tag: string, control = false) => ({
  tag,
  matches: (selector: string) => selector === CONTROLS && control,
});
const text = [element('span'), element('p'), element('body'), element('html'), {}];
const tap = (overrides: Partial<Tap> = {}): Tap => ({
  pointerType: 'touch',
  path: text,
  ownPopover: false,
  defaultPrevented: false,
  ...overrides,
});

describe('tap to look up', () => {
  it('is on by default only where nothing can hover', () => {
    expect([tapLookUpOn('auto', true), tapLookUpOn('auto', false)]).toEqual([true, false]);
    expect([tapLookUpOn('on', true), tapLookUpOn('on', false)]).toEqual([true, true]);
    expect([tapLookUpOn('off', true), tapLookUpOn('off', false)]).toEqual([false, false]);
  });

  it.each([
    ['a tap on text', tap(), true],
    ['a tap while the setting is off', tap(), false, false],
    ['a mouse click', tap({ pointerType: 'mouse' }), false],
    ['a pen click', tap({ pointerType: 'pen' }), false],
    ['a click from a key press', tap({ pointerType: '' }), false],
    ['a tap on the popover', tap({ ownPopover: true }), false],
    ['a tap the page handled', tap({ defaultPrevented: true }), false],
    ['a tap on a link', tap({ path: [element('a', true), ...text] }), false],
    ['a tap inside a button', tap({ path: [element('span'), element('button', true), ...text] }), false],
    [
      'a tap inside a label, deep in a shadow root',
      tap({ path: [element('b'), {}, element('label', true), ...text] }),
      false,
    ],
  ])('%s: look up %s', (_, input, expected, on = true) => {
    expect(shouldLookUp(input, on)).toBe(expected);
  });

  it('names every kind of control the brief leaves to the page', () => {
    for (const part of [
      'a',
      'button',
      'input',
      'label',
      'summary',
      '[role=button]',
      '[role=link]',
      'select',
      'textarea',
    ]) {
      expect(CONTROLS.split(', ')).toContain(part);
    }
  });

  it('looks up where a tap ends, judged by the pointerdown that began it, once', () => {
    const lookUp = vi.fn();
    const leftToPage = vi.fn();
    const taps = new TapLookup({ on: () => true, isOwn: () => false, lookUp, leftToPage });
    const click = {
      composedPath: () => text,
      target: text[0],
      defaultPrevented: false,
      clientX: 12,
      clientY: 34,
    } as unknown as MouseEvent;
    taps.onPointerDown({ pointerType: 'touch', isPrimary: true } as PointerEvent);
    taps.onClick(click);
    expect(lookUp).toHaveBeenCalledWith(12, 34, text[0]);
    // The next click has no touch behind it (a key press on a focused element, say).
    taps.onClick(click);
    taps.onPointerDown({ pointerType: 'touch', isPrimary: false } as PointerEvent);
    taps.onClick(click);
    taps.onPointerDown({ pointerType: 'mouse', isPrimary: true } as PointerEvent);
    taps.onClick(click);
    expect(lookUp).toHaveBeenCalledTimes(1);
    // A mouse's click is no tap at all; a tap on a control is left to the page, and says so.
    expect(leftToPage).not.toHaveBeenCalled();
    taps.onPointerDown({ pointerType: 'touch', isPrimary: true, clientX: 10, clientY: 30 } as PointerEvent);
    taps.onClick({ ...click, composedPath: () => [element('a', true), ...text] } as unknown as MouseEvent);
    expect(leftToPage).toHaveBeenCalledWith(10, 30);
    expect(lookUp).toHaveBeenCalledTimes(1);
  });
});
