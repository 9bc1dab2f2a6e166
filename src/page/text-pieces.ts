/**
 * Text gathered from several text nodes into one string, for detection, and back: the pieces say
 * where each node's part lies in the string, so a match maps to DOM ranges. The hover's text
 * window and highlight-all's block scan both build them.
 */

export interface TextPiece {
  node: Text;
  /** Offset in `node.data` where the piece starts. */
  nodeStart: number;
  /** Offset in the gathered text where the piece starts. */
  textStart: number;
  length: number;
}

/** The DOM ranges of `[start, end)` of the gathered text, one per text node it spans. */
export function rangesOf(pieces: readonly TextPiece[], start: number, end: number): StaticRange[] {
  const ranges: StaticRange[] = [];
  for (const piece of pieces) {
    const from = Math.max(start, piece.textStart);
    const to = Math.min(end, piece.textStart + piece.length);
    if (from >= to) continue;
    ranges.push(
      new StaticRange({
        startContainer: piece.node,
        startOffset: piece.nodeStart + (from - piece.textStart),
        endContainer: piece.node,
        endOffset: piece.nodeStart + (to - piece.textStart),
      }),
    );
  }
  return ranges;
}

/** Where `ranges` are drawn, in viewport coordinates (StaticRange has no geometry of its own). */
export function clientRectsOf(doc: Document, ranges: readonly StaticRange[]): DOMRect[] {
  return ranges.flatMap((r) => {
    const range = doc.createRange();
    range.setStart(r.startContainer, r.startOffset);
    range.setEnd(r.endContainer, r.endOffset);
    return [...range.getClientRects()];
  });
}
