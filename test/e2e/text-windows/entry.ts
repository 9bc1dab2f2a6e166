/**
 * The caret and the text window as the content script runs them, bundled for a fixture page
 * (test/fixtures/pages/text-windows.html): each case's pointer position, then what they find there.
 */
import { textPointAt } from '../../../src/page/hover/caret';
import { textWindowAt } from '../../../src/page/hover/text-window';

export interface CaseResult {
  name: string;
  expected: string;
  found: string;
}

/** The first `char` in the text of `scope`, as a one-character range. */
function rangeOf(scope: Element, char: string): Range {
  const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const at = node.data.indexOf(char);
    if (at < 0 || node.parentElement?.closest('rt, script')) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + 1);
    return range;
  }
  throw new Error(`no ${char} in ${scope.outerHTML}`);
}

function runCases(): CaseResult[] {
  return [...document.querySelectorAll<HTMLElement>('.case')].map((scope) => {
    const { name = '', point = '', at, radius, window: expected = '' } = scope.dataset;
    const box = rangeOf(scope, point).getBoundingClientRect();
    const x = box.left + box.width * (at === 'right' ? 0.85 : 0.5);
    const y = box.top + box.height / 2;
    const found = textPointAt(document, x, y);
    if (!found) return { name, expected, found: 'null' };
    const window = textWindowAt(found, radius ? Number(radius) : undefined);
    const { text, index } = window;
    return {
      name,
      expected,
      found: `${text.slice(0, index)}[${text.slice(index, index + 1)}]${text.slice(index + 1)}`,
    };
  });
}

(globalThis as unknown as { hketoLensTextWindows: typeof runCases }).hketoLensTextWindows = runCases;
