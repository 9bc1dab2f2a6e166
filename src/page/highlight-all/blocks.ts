/**
 * Which block a page text node belongs to, for whole-page scanning: text nodes under the same
 * block read as one run of prose, joined across inline elements (<b>杭</b>州). Scanning a whole
 * page cannot afford a computed style per element, so "inline" is judged by tag name here (the
 * hover lookup, which looks at one spot, uses computed styles). Results are memoised per
 * element, so deep nesting costs one walk up, not one per text node.
 */
import { NOT_SCANNED } from '../not-prose';

const INLINE_TAGS = new Set(
  (
    'A ABBR B BDI BDO BIG CITE CODE DATA DEL DFN EM FONT I INS KBD MARK Q RB RUBY S SAMP SMALL SPAN STRIKE ' +
    'STRONG SUB SUP TIME TT U VAR LABEL NOBR'
  ).split(' '),
);

/** Whether an element reads as part of its parent's run of text (by tag name, see above). */
const isInline = (element: Element) => INLINE_TAGS.has(element.tagName);

/** Marks text that is not to be scanned. */
export const SKIP = Symbol('skip');

/**
 * The block of a node: for a text node, the nearest non-inline ancestor; for an element, itself
 * if it is not inline. SKIP for text that is not prose.
 */
export function makeBlockOf(): (node: Node) => Element | typeof SKIP | null {
  const memo = new WeakMap<Element, Element | typeof SKIP | null>();
  return (node) => {
    const path: Element[] = [];
    let result: Element | typeof SKIP | null = null;
    const start = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
    for (let element = start; element; element = element.parentElement) {
      const known = memo.get(element);
      if (known !== undefined) {
        result = known;
        break;
      }
      path.push(element);
      if (NOT_SCANNED.has(element.tagName)) {
        result = SKIP;
        break;
      }
      if (!isInline(element)) {
        result = element;
        // Its ancestors may still be skipped (a <p> inside an <svg> foreignObject is rare: ignored).
        break;
      }
    }
    for (const element of path) memo.set(element, result);
    return result;
  };
}

const isText = (node: Node | null) => node?.nodeType === Node.TEXT_NODE && /\S/.test((node as Text).data);

/**
 * Whether a change can alter the text of its target's own block: text changed, text or inline
 * content came or went, or blocks came or went beside text (splitting or joining its runs).
 */
export function changesOwnText(record: MutationRecord): boolean {
  if (record.type !== 'childList') return true;
  const ownText = (node: Node) =>
    node.nodeType === Node.TEXT_NODE || (node.nodeType === Node.ELEMENT_NODE && isInline(node as Element));
  for (const node of record.addedNodes) if (ownText(node)) return true;
  for (const node of record.removedNodes) if (ownText(node)) return true;
  return isText(record.previousSibling) || isText(record.nextSibling);
}
