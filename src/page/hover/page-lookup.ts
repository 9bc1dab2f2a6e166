/** From a point on the page to the place name under it, with its DOM ranges. */
import type { Detection } from '../../core/detect/detect';
import { isActiveOn, type Settings } from '../../core/settings';
import type { PageData } from '../page-data';
import { mayBePlaceName } from '../../core/text/gate';
import type { TextPoint } from './caret';
import { rangesOf } from '../text-pieces';
import { textWindowAt, type TextWindow } from './text-window';
import type { WordSet } from '../../core/text/word-list';

export interface PageMatch {
  window: TextWindow;
  detection: Detection;
  ranges: StaticRange[];
}

/** Text the reader is typing: looked up only when the settings ask for it. */
export const isEditable = (target: EventTarget | null) =>
  target instanceof Element &&
  (target.closest(
    'input, textarea, select, [contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"]',
  ) !== null ||
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

/** Cheap test before any data is loaded, the same reading of words as detection's (src/core/text/gate.ts). */
export function worthLookingUp(point: TextPoint, latinWords: WordSet): boolean {
  return mayBePlaceName(point.node.data, point.index, latinWords);
}

/** Where the look-ups are, and how to read the page at a point. */
export interface LookupScope {
  site: string | null;
  latinWords: WordSet;
  pointAt(x: number, y: number): TextPoint | null;
}

/**
 * The text at (x, y), where a look-up is wanted (on, and not in a field unless asked) and could
 * find something; null elsewhere. No data is needed to say. `own` is the extension's popover.
 */
export function pointToLookUp(
  scope: LookupScope,
  at: { x: number; y: number; target: EventTarget | null },
  settings: Settings,
  own: (node: Node) => boolean,
): TextPoint | null {
  if (!isActiveOn(settings, scope.site) || (!settings.editable && isEditable(at.target))) return null;
  const point = scope.pointAt(at.x, at.y);
  return point && !own(point.node) && worthLookingUp(point, scope.latinWords) ? point : null;
}

/** The place named at `point`, in the text around it. */
export function matchAt(point: TextPoint, data: Pick<PageData, 'detectAt'>, settings: Settings): PageMatch | null {
  const window = textWindowAt(point);
  const detection = data.detectAt(window.text, window.index, settings);
  if (!detection) return null;
  return { window, detection, ranges: rangesOf(window.pieces, detection.start, detection.end) };
}
