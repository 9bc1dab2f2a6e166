/** Opening the toolbar popup in the end-to-end tests, and what they read from it. */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { tabIdOf } from './extension';
import type { Session } from './session';

/** Chrome's popup is at most 800 × 600; this one is 400 × 580. */
const POPUP_SIZE = { width: 400, height: 580 };

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
