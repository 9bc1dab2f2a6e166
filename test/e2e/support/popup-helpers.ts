/** Opening the toolbar popup in the end-to-end tests, and what they read from it. */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { tabIdOf } from './extension';
import { hover, popoverText, POPOVER } from './page-helpers';
import type { Session } from './session';

/** Chrome's popup is at most 800 × 600; this one is 400 × 580. */
export const POPUP_SIZE = { width: 400, height: 580 };

/**
 * Clicks the extension's toolbar button over a page, as a user would (DevTools' Extensions
 * domain): this grants activeTab, so the popup may read that tab's address. Returns the tab id.
 * The page's URL must be unique among open tabs.
 */
export async function clickToolbarButton(session: Session, page: Page): Promise<number> {
  const tabId = await tabIdOf(session, page);
  const cdp = await session.browser.context.browser()!.newBrowserCDPSession();
  const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
  const tab = targetInfos.find((target) => target.url === page.url());
  if (!tab) throw new Error(`no tab target for ${page.url()}`);
  await cdp.send('Extensions.triggerAction', { id: session.browser.extensionId, targetId: tab.targetId });
  await cdp.detach();
  return tabId;
}

/** The popup as a page, over the tab `tabId` if given, with `q` prefilled if given. */
export async function openPopup(session: Session, options: { tabId?: number; q?: string } = {}): Promise<Page> {
  const page = await session.browser.context.newPage();
  await page.setViewportSize(POPUP_SIZE);
  const params = new URLSearchParams();
  if (options.tabId !== undefined) params.set('tabId', String(options.tabId));
  if (options.q !== undefined) params.set('q', options.q);
  await page.goto(`chrome-extension://${session.browser.extensionId}/popup.html?${params}`);
  await page.locator('.popup').waitFor();
  return page;
}

/** Titles of the search results shown. */
export const resultTitles = (popup: Page) => popup.locator('[role="option"] .result-title').allTextContents();

/** Types a query into the search box, replacing what was there, and waits for the first result. */
export async function searchFor(popup: Page, query: string, firstTitle: string): Promise<void> {
  await popup.getByRole('combobox').fill(query);
  await expect.poll(async () => (await resultTitles(popup))[0]).toBe(firstTitle);
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

/**
 * Milliseconds from each query typed to its results on screen (the result count is announced
 * once they are), in the popup's own clock, sorted. The box is emptied between queries.
 */
export function searchLatencies(popup: Page, queries: string[]): Promise<number[]> {
  return popup.evaluate(async (queries) => {
    const box = document.querySelector<HTMLInputElement>('#search-input')!;
    const status = () => document.querySelector('.search [role="status"]')!;
    // Resolves as soon as the DOM shows `done()`: a MutationObserver runs right after the change.
    const until = (done: () => boolean) =>
      new Promise<void>((resolve) => {
        const observer = new MutationObserver(() => done() && (observer.disconnect(), resolve()));
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      });
    const type = (text: string) => {
      box.value = text;
      box.dispatchEvent(new Event('input', { bubbles: true }));
    };
    const times: number[] = [];
    for (const query of queries) {
      const shown = until(() => !!status().textContent);
      const start = performance.now();
      type(query);
      await shown;
      times.push(performance.now() - start);
      const cleared = until(() => !status().textContent);
      type('');
      await cleared;
    }
    return times.sort((a, b) => a - b);
  }, queries);
}

const AXE = path.resolve(import.meta.dirname, '../../../node_modules/axe-core/axe.min.js');

/** Serious and critical axe-core violations on the popup as it is now: `rule: target …` lines. */
export async function axeViolations(popup: Page): Promise<string[]> {
  if (!(await popup.evaluate(() => 'axe' in window))) {
    // The extension's content security policy refuses inline scripts such as page.addScriptTag
    // adds; evaluating the source through DevTools is not subject to it.
    await popup.evaluate(fs.readFileSync(AXE, 'utf8'));
  }
  return popup.evaluate(async () => {
    type Result = { violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: unknown[] }> }> };
    const axe = (window as unknown as { axe: { run(context: Element): Promise<Result> } }).axe;
    const { violations } = await axe.run(document.documentElement);
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}
