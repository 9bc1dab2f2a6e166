/**
 * Where the popover goes, from the rectangles of the matched text: below it, or above when there
 * is more room there, clamped to the viewport with a gutter, and never taller than the room.
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

export function placePopover(
  anchor: Rect,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
): Placement {
  const below = viewport.height - anchor.bottom - GAP - GUTTER;
  const above = anchor.top - GAP - GUTTER;
  const side = size.height <= below || below >= above ? 'below' : 'above';
  const room = Math.max(0, side === 'below' ? below : above);
  const height = Math.min(size.height, room);
  const top = side === 'below' ? anchor.bottom + GAP : anchor.top - GAP - height;
  const maxLeft = viewport.width - GUTTER - size.width;
  const left = Math.max(GUTTER, Math.min(anchor.left, maxLeft));
  return { left: Math.round(left), top: Math.round(Math.max(GUTTER, top)), maxHeight: Math.floor(room), side };
}
