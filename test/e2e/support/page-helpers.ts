/** Helpers for the end-to-end tests: where a character is on screen, what the popover says. */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { charCenter } from '../../../src/cli/browser';

export { charCenter };

export const POPOVER = 'hketo-lens-popover [data-testid="popover"]';

/** Moves the mouse onto a character, from a little way off, in a few steps like a hand would. */
export async function hover(page: Page, selector: string, text: string, charIndex = 0, nth = 0) {
  const { x, y } = await charCenter(page, selector, text, charIndex, nth);
  await page.mouse.move(x - 3, y + 1);
  await page.mouse.move(x, y, { steps: 2 });
}

export async function popoverText(page: Page): Promise<string | null> {
  const popover = page.locator(POPOVER);
  return (await popover.count()) ? ((await popover.textContent()) ?? '') : null;
}

/**
 * Records every change to the page's DOM, selection and focus from now on, except the one element
 * the extension adds (its popover host) and changes inside it.
 */
export async function watchPage(page: Page): Promise<() => Promise<{ mutations: string[]; selection: string; focus: string }>> {
  await page.evaluate(() => {
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
    page.evaluate(() => {
      const w = window as unknown as { __changes: string[]; __before: string };
      const after = `${getSelection()?.toString()}|${getSelection()?.rangeCount}|${document.activeElement?.tagName}`;
      return { mutations: w.__changes, selection: `${w.__before} → ${after}`, focus: document.activeElement?.tagName ?? '' };
    });
}

/** Hovers a name on a fixture page (brought to the front) and waits for the popover to say `text`. */
export async function expectPopover(page: Page, selector: string, name: string, text: string): Promise<void> {
  await page.bringToFront();
  await page.mouse.move(5, 5);
  await hover(page, selector, name, 1);
  await expect.poll(() => popoverText(page)).toContain(text);
}

/**
 * Hovers a name and checks that no popover comes. Absence can only be observed after a wait;
 * the tests run with no hover delay and always follow this with a positive check.
 */
export async function expectNoPopover(page: Page, selector: string, name: string): Promise<void> {
  await page.bringToFront();
  await page.mouse.move(5, 5);
  await hover(page, selector, name, 1);
  await page.waitForTimeout(500);
  expect(await page.locator(POPOVER).isVisible()).toBe(false);
}
