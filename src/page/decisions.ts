/**
 * Marks on the page's performance timeline, on pages that ask for them with
 * `data-hketo-lens-bench` on their root element (the benchmarks' pages and the end-to-end tests'):
 * each settled decision about a pointer move or a tap, and the time from a pointer event to its
 * popover. A test waits for the mark of its own move and then checks what it sees, where it would
 * otherwise sleep to see that nothing came. Everything is in the mark's name, a string, which the
 * content script's world and the page's read alike (no `detail` object across Firefox's Xrays).
 */

const MARKS_ATTRIBUTE = 'data-hketo-lens-bench';

/**
 * What became of a move or tap at a point: a popover shown, nothing there to show, the same
 * name as before, moves ignored while pinned, inside the popover, a button pressed (a drag),
 * or a tap left to the page.
 */
export type Decision = 'shown' | 'none' | 'same' | 'pinned' | 'own' | 'buttons' | 'page';

const asked = (doc: Document) => doc.documentElement.hasAttribute(MARKS_ATTRIBUTE);

/**
 * `hketo-lens:decided <input> <decision> <x>,<y>`, the point rounded to CSS px. Taps and pointer
 * moves are marked apart, so that a test waiting on one is never answered by the other at the
 * same point.
 */
export function markDecision(doc: Document, input: 'pointer' | 'tap', decision: Decision, x: number, y: number): void {
  if (asked(doc)) performance.mark(`hketo-lens:decided ${input} ${decision} ${Math.round(x)},${Math.round(y)}`);
}

/** `hketo-lens:hover`, from the pointer event's time stamp to now (the popover rendered). */
export function measureHover(doc: Document, eventTime: number): void {
  if (asked(doc)) performance.measure('hketo-lens:hover', { start: eventTime, end: performance.now() });
}
