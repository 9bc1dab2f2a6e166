/**
 * The text around a point, gathered across inline elements (<b>杭</b>州, links, ruby) and
 * stopped at block boundaries, so that a name split by markup is still one name and two
 * paragraphs never run together. Text that is not prose (not-prose.ts) is skipped.
 */
import { NOT_PROSE } from '../not-prose';
import type { TextPiece } from '../text-pieces';
import type { TextPoint } from './caret';

export interface TextWindow {
  text: string;
  /** Index in `text` of the character under the point. */
  index: number;
  pieces: TextPiece[];
}

const INLINE_DISPLAYS = new Set(['inline', 'contents', 'ruby', 'ruby-base', 'ruby-base-container']);

function makeIsInline(view: Window) {
  const cache = new Map<Element, boolean>();
  return (element: Element): boolean => {
    let inline = cache.get(element);
    if (inline === undefined) {
      inline = INLINE_DISPLAYS.has(view.getComputedStyle(element).display);
      cache.set(element, inline);
    }
    return inline;
  };
}

/** The nearest ancestor that is not inline: the scope a name cannot cross. */
function blockOf(node: Node, isInline: (e: Element) => boolean): Element | null {
  let element = node.parentElement;
  while (element && isInline(element)) element = element.parentElement;
  return element;
}

/**
 * Where a neighbouring text node stands: in `block` behind inline elements only ('in'); in text
 * that is not prose, passed over ('passed': 杭<rt>háng</rt>州 reads 杭州); or past a boundary ('out').
 */
function scopeOf(node: Text, block: Element, isInline: (e: Element) => boolean): 'in' | 'passed' | 'out' {
  let scope: 'in' | 'out' = 'in';
  for (let element = node.parentElement; element && element !== block; element = element.parentElement) {
    if (NOT_PROSE.has(element.tagName)) return 'passed';
    if (!isInline(element)) scope = 'out';
  }
  return scope;
}

/** Text nodes passed over on each side, at most: a window never walks far for nothing. */
const MAX_PASSED = 16;

export function textWindowAt(point: TextPoint, radius = 32): TextWindow {
  const { node, index } = point;
  const doc = node.ownerDocument;
  const isInline = makeIsInline(doc.defaultView ?? window);
  const ownStart = Math.max(0, index - radius);
  const ownEnd = Math.min(node.data.length, index + radius + 1);
  const before: TextPiece[] = [];
  const after: TextPiece[] = [];
  let beforeLength = index - ownStart;
  let afterLength = ownEnd - index - 1;

  const block = blockOf(node, isInline);
  if (block) {
    const walker = doc.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    walker.currentNode = node;
    let passed = 0;
    for (
      let text = walker.previousNode() as Text | null;
      text && beforeLength < radius;
      text = walker.previousNode() as Text | null
    ) {
      const scope = scopeOf(text, block, isInline);
      if (scope === 'out' || (scope === 'passed' && ++passed > MAX_PASSED)) break;
      if (scope === 'passed') continue;
      const take = Math.min(text.data.length, radius - beforeLength);
      before.push({ node: text, nodeStart: text.data.length - take, textStart: 0, length: take });
      beforeLength += take;
    }
    walker.currentNode = node;
    passed = 0;
    for (
      let text = walker.nextNode() as Text | null;
      text && afterLength < radius;
      text = walker.nextNode() as Text | null
    ) {
      const scope = scopeOf(text, block, isInline);
      if (scope === 'out' || (scope === 'passed' && ++passed > MAX_PASSED)) break;
      if (scope === 'passed') continue;
      const take = Math.min(text.data.length, radius - afterLength);
      after.push({ node: text, nodeStart: 0, textStart: 0, length: take });
      afterLength += take;
    }
  }

  const pieces = [
    ...before.reverse(),
    { node, nodeStart: ownStart, textStart: 0, length: ownEnd - ownStart },
    ...after,
  ];
  let text = '';
  for (const piece of pieces) {
    piece.textStart = text.length;
    text += piece.node.data.substr(piece.nodeStart, piece.length);
  }
  const own = pieces[before.length]!;
  return { text, index: own.textStart + (index - ownStart), pieces };
}
