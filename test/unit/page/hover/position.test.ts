import { describe, expect, it } from 'vitest';
import { anchorOf, placePopover, roomAcross } from '../../../../src/page/hover/position';

const word = (left: number, top: number, width = 40, height = 20) => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
});

describe('popover placement', () => {
  it.each([
    // [case, anchor, size, viewport, expected]
    [
      'below the name, where it fits',
      word(100, 100),
      { width: 300, height: 200 },
      { width: 1000, height: 700 },
      { left: 100, top: 124, side: 'below', maxHeight: 571 },
    ],
    [
      'above, when below has less room',
      word(100, 600),
      { width: 300, height: 200 },
      { width: 1000, height: 700 },
      { left: 100, top: 396, side: 'above', maxHeight: 591 },
    ],
    [
      'pulled in from the right edge',
      word(900, 100),
      { width: 300, height: 200 },
      { width: 1000, height: 700 },
      { left: 695, top: 124, side: 'below', maxHeight: 571 },
    ],
    [
      'never past the gutter with a fractional width',
      word(200, 100),
      { width: 345.1, height: 300 },
      { width: 360, height: 740 },
      { left: 9, top: 124, side: 'below', maxHeight: 611 },
    ],
    [
      'on a 360 px phone, as wide as it may be',
      word(200, 100),
      { width: 350, height: 300 },
      { width: 360, height: 740 },
      { left: 5, top: 124, side: 'below', maxHeight: 611 },
    ],
    // Pinch-zoomed 2× into the lower right of a 390 × 844 phone: the visible part is 195 × 422 at (180, 400).
    [
      'within the visual viewport under pinch-zoom',
      word(300, 500),
      { width: 150, height: 100 },
      { left: 180, top: 400, width: 195, height: 422 },
      { left: 220, top: 524, side: 'below', maxHeight: 293 },
    ],
    [
      'pinch-zoomed, above when the name is low on screen',
      word(190, 760),
      { width: 150, height: 200 },
      { left: 180, top: 400, width: 195, height: 422 },
      { left: 190, top: 556, side: 'above', maxHeight: 351 },
    ],
    [
      'pinch-zoomed, never left of what is on screen',
      word(100, 500, 120),
      { width: 150, height: 100 },
      { left: 180, top: 400, width: 195, height: 422 },
      { left: 185, top: 524, side: 'below', maxHeight: 293 },
    ],
  ] as const)('%s', (_, anchor, size, viewport, expected) => {
    expect(placePopover(anchor, size, viewport)).toEqual(expected);
  });

  it('leaves the popover as wide as the visible part less a gutter each side', () => {
    expect(roomAcross({ width: 360, height: 740 })).toBe(350);
    expect(roomAcross({ left: 180, top: 400, width: 195.5, height: 422 })).toBe(185);
    expect(roomAcross({ width: 4, height: 4 })).toBe(0);
  });

  it('anchors to the line under the pointer when a name wraps', () => {
    const rects = [word(300, 100), word(0, 130)];
    expect(anchorOf(rects, 135)).toEqual(word(0, 130));
    expect(anchorOf(rects)).toEqual({ left: 0, top: 100, right: 340, bottom: 150 });
    expect(anchorOf([])).toBeNull();
  });
});
