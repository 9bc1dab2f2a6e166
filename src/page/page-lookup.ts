/** From a point on the page to the place name under it, with its DOM ranges. */
import { isHan, isLatinLetter } from '../core/detect/chars';
import type { Detection } from '../core/detect/detect';
import { textPointAt, type TextPoint } from './caret';
import { rangesOf, textWindowAt, type TextWindow } from './text-window';

export interface PageMatch {
  window: TextWindow;
  detection: Detection;
  ranges: StaticRange[];
}

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

/**
 * Cheap test before any data is loaded: the character under the point is Han, or a Latin
 * letter of a word that starts some place's Latin name.
 */
export function worthLookingUp(point: TextPoint, latinWords: ReadonlySet<string>): boolean {
  const unit = point.node.data.charCodeAt(point.index);
  if (isHan(unit)) return true;
  return isLatinLetter(unit) && latinWords.has(latinWordAt(point.node.data, point.index).replace(/['’]/g, ''));
}

export function matchAt(
  point: TextPoint,
  detectAt: (text: string, index: number) => Detection | null,
): PageMatch | null {
  const window = textWindowAt(point);
  const detection = detectAt(window.text, window.index);
  if (!detection) return null;
  return { window, detection, ranges: rangesOf(window, detection.start, detection.end) };
}

export { textPointAt };
