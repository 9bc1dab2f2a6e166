/** From a point on the page to the place name under it, with its DOM ranges. */
import { isHan, isLatinLetter } from '../../core/detect/chars';
import type { Detection } from '../../core/detect/detect';
import { textPointAt, type TextPoint } from './caret';
import { rangesOf } from '../text-pieces';
import { textWindowAt, type TextWindow } from './text-window';

export interface PageMatch {
  window: TextWindow;
  detection: Detection;
  ranges: StaticRange[];
}

/** Text the reader is typing: looked up only when the settings ask for it. */
export const isEditable = (target: EventTarget | null) =>
  target instanceof Element &&
  (target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"]') !==
    null ||
    (target instanceof HTMLElement && target.isContentEditable));

/** The same name at the same place in the page. */
export function sameMatch(a: PageMatch | null, b: PageMatch | null): boolean {
  if (!a || !b) return a === b;
  const [ra] = a.ranges;
  const [rb] = b.ranges;
  return (
    !!ra &&
    !!rb &&
    ra.startContainer === rb.startContainer &&
    ra.startOffset === rb.startOffset &&
    a.detection.end - a.detection.start === b.detection.end - b.detection.start
  );
}

/** The Latin word around `index` (letters and apostrophes), lower-cased. */
export function latinWordAt(text: string, index: number): string {
  const isWordUnit = (unit: number) => isLatinLetter(unit) || unit === 0x27 || unit === 0x2019;
  let start = index;
  let end = index;
  while (start > 0 && isWordUnit(text.charCodeAt(start - 1))) start--;
  while (end < text.length && isWordUnit(text.charCodeAt(end))) end++;
  return text.slice(start, end).toLowerCase();
}

/** Words that follow a Latin name to give its level: "Hangzhou City", "Guangdong Province". */
/** How far before a level word its place name is looked for: latinWordAt widens to the whole name. */
const LEVEL_LOOKBACK = 64;
const LEVEL_WORDS = new Set(['city', 'province', 'prefecture', 'municipality', 'autonomous', 'region', 'shi', 'sheng']);

/**
 * Cheap test before any data is loaded: the character under the point is Han, or a Latin
 * letter of a word of some place's Latin name (or of the level word after one).
 */
export function worthLookingUp(point: TextPoint, latinWords: ReadonlySet<string>): boolean {
  const { data } = point.node;
  const unit = data.charCodeAt(point.index);
  if (isHan(unit)) return true;
  const apostrophe = (unit === 0x27 || unit === 0x2019) && isLatinLetter(data.charCodeAt(point.index - 1));
  if (!isLatinLetter(unit) && !apostrophe) return false;
  const word = latinWordAt(data, point.index);
  if (latinWords.has(word.replace(/['’]/g, ''))) return true;
  if (!LEVEL_WORDS.has(word)) return false;
  // The word before the level word, across one or two spaces. Only a short stretch before the
  // point is searched: this runs on every pointer move, and a text node may be megabytes long.
  const from = Math.max(0, point.index - LEVEL_LOOKBACK);
  const at = data.slice(from, point.index).search(/[A-Za-z'’]+[ \u00a0]+(autonomous[ \u00a0]+)?[A-Za-z]*$/i);
  return at >= 0 && latinWords.has(latinWordAt(data, from + at).replace(/['’]/g, ''));
}

export function matchAt(
  point: TextPoint,
  detectAt: (text: string, index: number) => Detection | null,
): PageMatch | null {
  const window = textWindowAt(point);
  const detection = detectAt(window.text, window.index);
  if (!detection) return null;
  return { window, detection, ranges: rangesOf(window.pieces, detection.start, detection.end) };
}

export { textPointAt };
