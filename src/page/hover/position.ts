/**
 * Where the popover goes, from the rectangles of the matched text: below it, or above when there
 * is more room there, clamped to the visible part of the viewport (under pinch-zoom, the visual
 * viewport) with a gutter, and never taller than the room.
 * Pure arithmetic, tested without a browser.
 */

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Placement {
  left: number;
  top: number;
  maxHeight: number;
  side: 'below' | 'above';
}

const GUTTER = 5;
const GAP = 4;

/** The union of the rectangles of the line under the pointer (a name can wrap across lines). */
export function anchorOf(rects: readonly Rect[], pointerY?: number): Rect | null {
  const onLine = pointerY === undefined ? rects : rects.filter((r) => r.top <= pointerY && pointerY <= r.bottom);
  const chosen = onLine.length ? onLine : rects;
  if (!chosen.length) return null;
  return {
    left: Math.min(...chosen.map((r) => r.left)),
    top: Math.min(...chosen.map((r) => r.top)),
    right: Math.max(...chosen.map((r) => r.right)),
    bottom: Math.max(...chosen.map((r) => r.bottom)),
  };
}

/**
 * The part of the page on screen, in the layout viewport's CSS px (where `position: fixed` and
 * client rects live). Pinch-zoom shrinks it and moves it by `left` and `top`
 * (`visualViewport.offsetLeft`, `offsetTop`); otherwise it is the whole viewport, at 0, 0.
 */
export interface Viewport {
  left?: number;
  top?: number;
  width: number;
  height: number;
}

/** The widest the popover may be to fit the visible part of the page with a gutter each side. */
export const roomAcross = (viewport: Viewport) => Math.max(0, Math.floor(viewport.width - 2 * GUTTER));

export function placePopover(anchor: Rect, size: { width: number; height: number }, viewport: Viewport): Placement {
  const { left: viewLeft = 0, top: viewTop = 0, width, height: viewHeight } = viewport;
  const below = viewTop + viewHeight - anchor.bottom - GAP - GUTTER;
  const above = anchor.top - viewTop - GAP - GUTTER;
  const side = size.height <= below || below >= above ? 'below' : 'above';
  const room = Math.max(0, side === 'below' ? below : above);
  const height = Math.min(size.height, room);
  const top = side === 'below' ? anchor.bottom + GAP : anchor.top - GAP - height;
  const maxLeft = viewLeft + width - GUTTER - size.width;
  const left = Math.max(viewLeft + GUTTER, Math.min(anchor.left, maxLeft));
  // Down, not to the nearest: rounding up could push a fractional width past the gutter.
  return {
    left: Math.floor(left),
    top: Math.round(Math.max(viewTop + GUTTER, top)),
    maxHeight: Math.floor(room),
    side,
  };
}
