/**
 * Helpers for the end-to-end tests, the same in every engine: where a character is on screen,
 * what the popover says, and whether the page changed. Everything is read in the page with
 * `evaluate`; the pointer and keys are real input.
 */
import { expect } from 'vitest';
import { charCenterInPage } from '../../../src/cli/browser';
import type { Tab } from './engine';

/** The popover, inside the extension's host element's open shadow root. */
export interface PopoverState {
  text: string;
  visible: boolean;
  theme: string | null;
  size: string | null;
  pinned: boolean;
  role: string | null;
  background: string;
  box: { x: number; y: number; width: number; height: number };
}

/** In the page: the popover's state, or null where the extension has added no popover. */
function readPopover(): PopoverState | null {
  const host = document.querySelector('hketo-lens-popover');
  const popover = host?.shadowRoot?.querySelector<HTMLElement>('[data-testid="popover"]');
  if (!host || !popover) return null;
  const rect = popover.getBoundingClientRect();
  return {
    text: popover.textContent ?? '',
    visible: getComputedStyle(host).display !== 'none' && rect.width > 0 && rect.height > 0,
    theme: popover.getAttribute('data-theme'),
    size: popover.getAttribute('data-size'),
    pinned: popover.getAttribute('data-pinned') === 'true',
    role: popover.getAttribute('role'),
    background: getComputedStyle(popover).backgroundColor,
    box: { x: rect.x, y: rect.y, width: rect.width, height: rect.height },
  };
}

export const popover = (tab: Tab, frame?: string) =>
  frame ? tab.evaluateInFrame(frame, readPopover) : tab.evaluate(readPopover);

/** The popover's text, or null where none was ever shown. */
export const popoverText = async (tab: Tab, frame?: string) => (await popover(tab, frame))?.text ?? null;
export const popoverVisible = async (tab: Tab) => (await popover(tab))?.visible ?? false;

export interface CharTarget {
  selector: string;
  text: string;
  charIndex?: number;
  nth?: number;
  shadowHost?: string;
}

/** Viewport centre of character `charIndex` of the `nth` `text` in `selector` (see charCenterInPage). */
export const charCenter = (tab: Tab, target: CharTarget, frame?: string) => {
  const args = { charIndex: 0, nth: 0, ...target };
  return frame ? tab.evaluateInFrame(frame, charCenterInPage, args) : tab.evaluate(charCenterInPage, args);
};

/** Moves the pointer onto a character, from a little way off, in a few steps like a hand would. */
export async function hover(tab: Tab, selector: string, text: string, charIndex = 0, nth = 0): Promise<void> {
  const { x, y } = await charCenter(tab, { selector, text, charIndex, nth });
  await hoverAt(tab, x, y);
}

/** Moves the pointer to (x, y) from a little way off, as `hover` does. */
export async function hoverAt(tab: Tab, x: number, y: number): Promise<void> {
  await tab.move(x - 3, y + 1);
  await tab.move(x, y, 2);
}

const DECIDED = 'hketo-lens:decided ';

/**
 * Does `act`, a pointer move or a tap that ends at (x, y), and returns what the content script
 * decided about it: its performance mark for that point (src/page/decisions.ts), which the page
 * asks for with `data-hketo-lens-bench`. A test of absence waits for this, not for time.
 */
export async function decided(
  tab: Tab,
  x: number,
  y: number,
  act: () => Promise<void>,
  input: 'pointer' | 'tap' = 'pointer',
): Promise<string> {
  const since = await tab.evaluate((prefix) => {
    document.documentElement.setAttribute('data-hketo-lens-bench', '');
    return performance.getEntriesByType('mark').filter((m) => m.name.startsWith(prefix)).length;
  }, `${DECIDED}${input} `);
  await act();
  let decision: string | null = null;
  await expect
    .poll(async () => {
      decision = await tab.evaluate(
        ({ prefix, x, y, since }) => {
          const marks = performance
            .getEntriesByType('mark')
            .filter((m) => m.name.startsWith(prefix))
            .slice(since);
          for (const mark of marks.reverse()) {
            const [decision, at] = mark.name.slice(prefix.length).split(' ');
            const [markX, markY] = (at ?? '').split(',').map(Number);
            // Engines round pointer coordinates their own way: within a pixel is the same point.
            if (Math.abs(markX! - x) <= 1 && Math.abs(markY! - y) <= 1) return decision ?? null;
          }
          return null;
        },
        { prefix: `${DECIDED}${input} `, x, y, since },
      );
      return decision;
    })
    .not.toBeNull();
  return decision!;
}

/** Moves the pointer to the middle of the element `selector` and clicks it there. */
export async function clickAt(tab: Tab, selector: string, text?: string): Promise<void> {
  const { x, y } = await tab.evaluate(
    ({ selector, text }) => {
      const scope = document.querySelector('hketo-lens-popover')?.shadowRoot;
      const candidates = [...document.querySelectorAll(selector), ...(scope?.querySelectorAll(selector) ?? [])];
      const element = candidates.find((e) => text === undefined || (e.textContent ?? '').includes(text));
      if (!element) throw new Error(`no ${selector}${text ? ` with "${text}"` : ''}`);
      const rect = element.getBoundingClientRect();
      return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
    },
    { selector, text },
  );
  await tab.move(x, y, 6);
  await tab.click(x, y);
}

/**
 * Records every change to the page's DOM, selection and focus from now on, except the one element
 * the extension adds (its popover host) and changes inside it.
 */
export async function watchPage(
  tab: Tab,
): Promise<() => Promise<{ mutations: string[]; selection: string; focus: string }>> {
  await tab.evaluate(() => {
    const w = window as unknown as { __changes: string[]; __before: string };
    w.__changes = [];
    const describe = (m: MutationRecord) =>
      `${m.type} on ${(m.target as Element).tagName ?? m.target.nodeName}${m.attributeName ? `[${m.attributeName}]` : ''}`;
    const ours = (node: Node) => node instanceof Element && node.tagName === 'HKETO-LENS-POPOVER';
    new MutationObserver((records) => {
      for (const m of records) {
        if (ours(m.target)) continue;
        if (m.type === 'childList' && [...m.addedNodes, ...m.removedNodes].every(ours)) continue;
        w.__changes.push(describe(m));
      }
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    w.__before = `${getSelection()?.toString()}|${getSelection()?.rangeCount}|${document.activeElement?.tagName}`;
  });
  return () =>
    tab.evaluate(() => {
      const w = window as unknown as { __changes: string[]; __before: string };
      const after = `${getSelection()?.toString()}|${getSelection()?.rangeCount}|${document.activeElement?.tagName}`;
      return {
        mutations: w.__changes,
        selection: `${w.__before} → ${after}`,
        focus: document.activeElement?.tagName ?? '',
      };
    });
}

/** Hovers a name on a fixture page (brought to the front) and waits for the popover to say `text`. */
export async function expectPopover(tab: Tab, selector: string, name: string, text: string): Promise<void> {
  await tab.front();
  await tab.move(5, 5);
  await hover(tab, selector, name, 1);
  await expect.poll(() => popoverText(tab)).toContain(text);
}

/**
 * Hovers a name and checks that no popover comes: the content script decided there was nothing
 * to show there, and any popover shown before has gone (after its 200 ms hide grace).
 */
export async function expectNoPopover(tab: Tab, selector: string, name: string): Promise<void> {
  await tab.front();
  await tab.move(5, 5);
  const { x, y } = await charCenter(tab, { selector, text: name, charIndex: 1 });
  expect(await decided(tab, x, y, () => hoverAt(tab, x, y))).toBe('none');
  await expect.poll(() => popoverVisible(tab)).toBe(false);
}

/** Sizes of the extension's highlight-all highlights on a page, by office (read from the page). */
export async function highlightCounts(tab: Tab): Promise<Record<string, number>> {
  return tab.evaluate(() => {
    const counts: Record<string, number> = {};
    const registry = (CSS as unknown as { highlights: Map<string, Set<unknown>> }).highlights;
    for (const [name, highlight] of registry)
      if (name.startsWith('hketo-lens-all-')) counts[name.slice(15)] = highlight.size;
    return counts;
  });
}
