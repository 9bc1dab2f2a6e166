/**
 * The text character under a point. Caret APIs return a caret *position*, the boundary nearest
 * the point, so over the right half of a glyph they give the offset after it: the character
 * whose box contains the point is checked on both sides of the boundary.
 */

export interface TextPoint {
  node: Text;
  /** Index in `node.data` of the character under the point. */
  index: number;
}

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number, options?: { shadowRoots?: ShadowRoot[] }) => CaretPosition | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/** Open shadow roots under the point, outermost first, so the caret API can look inside them. */
function shadowRootsAt(doc: Document, x: number, y: number): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  let scope: Document | ShadowRoot = doc;
  for (let depth = 0; depth < 16; depth++) {
    const element: Element | null = scope.elementFromPoint(x, y);
    const root: ShadowRoot | null | undefined = element?.shadowRoot;
    if (!root || root === scope) break;
    roots.push(root);
    scope = root;
  }
  return roots;
}

function caretAt(doc: CaretDocument, x: number, y: number): { node: Node; offset: number } | null {
  if (doc.caretPositionFromPoint) {
    const position = doc.caretPositionFromPoint(x, y, { shadowRoots: shadowRootsAt(doc, x, y) });
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/** Slack in px around a glyph box: the pointer sits on a glyph's edge often enough. */
const SLACK = 1;

function boxContains(node: Text, index: number, x: number, y: number, range: Range): boolean {
  if (index < 0 || index >= node.data.length) return false;
  // A lone surrogate half gives a degenerate box; the whole pair is measured instead.
  const end = index + (/[\uD800-\uDBFF]/.test(node.data[index]!) && index + 1 < node.data.length ? 2 : 1);
  range.setStart(node, index);
  range.setEnd(node, end);
  for (const rect of range.getClientRects()) {
    if (x >= rect.left - SLACK && x <= rect.right + SLACK && y >= rect.top - SLACK && y <= rect.bottom + SLACK)
      return true;
  }
  return false;
}

/** The character of `node` under the point, by measuring each: for short texts only. */
function charUnder(node: Text, x: number, y: number, range: Range): number | null {
  if (node.data.length > MAX_SEARCHED || !/\S/.test(node.data)) return null;
  range.selectNodeContents(node);
  const inside = [...range.getClientRects()].some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom);
  if (!inside) return null;
  for (let index = 0; index < node.data.length; index++) if (boxContains(node, index, x, y, range)) return index;
  return null;
}
const MAX_SEARCHED = 2000;

/**
 * Pages often lay a transparent element over their text (a link covering a news card, a
 * banner): the caret APIs then find no text. Rather than hiding the cover for a moment (a page
 * mutation), the elements stacked under the point are searched for a text child that lies
 * under it.
 */
function underCovers(doc: Document, x: number, y: number, range: Range): TextPoint | null {
  for (const element of doc.elementsFromPoint(x, y).slice(0, 8)) {
    for (const child of element.childNodes) {
      if (child.nodeType !== Node.TEXT_NODE) continue;
      const index = charUnder(child as Text, x, y, range);
      if (index !== null) return { node: child as Text, index };
    }
  }
  return null;
}

export function textPointAt(doc: Document, x: number, y: number): TextPoint | null {
  const caret = caretAt(doc as CaretDocument, x, y);
  const range = doc.createRange();
  if (caret && caret.node.nodeType === Node.TEXT_NODE) {
    const node = caret.node as Text;
    for (const index of [caret.offset, caret.offset - 1]) {
      if (boxContains(node, index, x, y, range)) return { node, index };
    }
    return null;
  }
  return underCovers(doc, x, y, range);
}
