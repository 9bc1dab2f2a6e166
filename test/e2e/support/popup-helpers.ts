/**
 * The toolbar popup in the end-to-end tests, opened as a page, and controls found by role and
 * accessible name as a user finds them; the same in every engine.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { expect } from 'vitest';
import type { Tab } from './engine';
import type { Session } from './session';

/** Chrome's popup is at most 800 × 600; this one is 400 × 580. */
const POPUP_SIZE = { width: 400, height: 580 };

/** The popup as a page, over the tab `tabId` if given, with `q` prefilled if given. */
export async function openPopup(session: Session, options: { tabId?: number; q?: string } = {}): Promise<Tab> {
  const params = new URLSearchParams();
  if (options.tabId !== undefined) params.set('tabId', String(options.tabId));
  if (options.q !== undefined) params.set('q', options.q);
  const popup = await session.engine.open(session.engine.extensionUrl(`popup.html?${params}`), POPUP_SIZE);
  await expect.poll(() => popup.evaluate(() => !!document.querySelector('.popup'))).toBe(true);
  return popup;
}

type Name = string | { source: string; flags: string };

/**
 * In the page: the element of `role` whose accessible name contains `name` (or matches it), as
 * far as this popup needs: aria-label, aria-labelledby, a label, a legend, or the text. Returns
 * the point to click (a control's label where the control itself is hidden) and its state.
 */
function findRole({ role, name, nth }: { role: string; name: Name | null; nth: number }) {
  const SELECTORS: Record<string, string> = {
    tab: '[role="tab"]',
    button: 'button, [role="button"]',
    radio: 'input[type="radio"]',
    checkbox: 'input[type="checkbox"]',
    combobox: 'select, [role="combobox"]',
    option: '[role="option"]',
    region: '[role="region"], section[aria-label], section[aria-labelledby]',
    tabpanel: '[role="tabpanel"]',
  };
  const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const accessibleName = (element: Element) => {
    const label = element.getAttribute('aria-label');
    if (label) return label;
    const labelledBy = element.getAttribute('aria-labelledby');
    if (labelledBy)
      return labelledBy
        .split(' ')
        .map((id) => text(document.getElementById(id)))
        .join(' ');
    if (element.id) {
      const forLabel = document.querySelector(`label[for="${element.id}"]`);
      if (forLabel) return text(forLabel);
    }
    return text(element.closest('label') ?? element);
  };
  const matches = (value: string) =>
    name === null ||
    (typeof name === 'string'
      ? value.toLowerCase().includes(name.toLowerCase())
      : new RegExp(name.source, name.flags).test(value));
  const found = [...document.querySelectorAll(SELECTORS[role] ?? role)].filter((e) => matches(accessibleName(e)));
  const element = found[nth];
  if (!element) return null;
  const target =
    (element.closest('label') ?? (element.id && document.querySelector(`label[for="${element.id}"]`))) || element;
  target.scrollIntoView({ block: 'nearest' });
  const rect = (target as Element).getBoundingClientRect();
  return {
    x: rect.x + rect.width / 2,
    y: rect.y + rect.height / 2,
    checked: (element as HTMLInputElement).checked ?? false,
    /** A selector for the same control once its label changes (a script switch relabels them all). */
    key:
      element instanceof HTMLInputElement
        ? element.id
          ? `#${element.id}`
          : `input[name="${element.name}"][value="${element.value}"]`
        : null,
    text: text(element),
    selected: element.getAttribute('aria-selected'),
  };
}

const serialise = (name: string | RegExp | null): Name | null =>
  name instanceof RegExp ? { source: name.source, flags: name.flags } : name;

/** The control of `role` named `name`, once it is on the page (a panel renders after its tab is chosen). */
export async function byRole(tab: Tab, role: string, name: string | RegExp | null = null, nth = 0) {
  const query = { role, name: serialise(name), nth };
  await expect
    .poll(() => tab.evaluate(findRole, query), { message: `no ${role} named ${String(name)}` })
    .not.toBeNull();
  return (await tab.evaluate(findRole, query))!;
}

/** Clicks the control of `role` named `name` with the pointer. */
export async function clickRole(tab: Tab, role: string, name: string | RegExp | null = null, nth = 0): Promise<void> {
  const { x, y } = await byRole(tab, role, name, nth);
  await tab.click(x, y);
}

/** Checks or unchecks a checkbox (or checks a radio) with a click, unless it already is so. */
export async function setChecked(
  tab: Tab,
  role: 'checkbox' | 'radio',
  name: string | RegExp,
  checked = true,
): Promise<void> {
  const { x, y, checked: now, key } = await byRole(tab, role, name);
  if (now !== checked) await tab.click(x, y);
  await expect
    .poll(() => tab.evaluate((key) => document.querySelector<HTMLInputElement>(key)?.checked, key!))
    .toBe(checked);
}

/** Chooses an option of the select labelled `name`, as picking it from the list does. */
export async function selectOption(tab: Tab, name: string, value: string): Promise<void> {
  await tab.evaluate(
    ({ name, value }) => {
      const label = [...document.querySelectorAll('label')].find((l) => (l.textContent ?? '').includes(name));
      const select = label && document.getElementById(label.htmlFor);
      if (!(select instanceof HTMLSelectElement)) throw new Error(`no select labelled ${name}`);
      select.focus();
      select.value = value;
      select.dispatchEvent(new Event('input', { bubbles: true }));
      select.dispatchEvent(new Event('change', { bubbles: true }));
    },
    { name, value },
  );
}

/** Text of the first element matching `selector`, or null. */
export const textOf = (tab: Tab, selector: string) =>
  tab.evaluate((selector) => document.querySelector(selector)?.textContent ?? null, selector);

export const countOf = (tab: Tab, selector: string) =>
  tab.evaluate((selector) => document.querySelectorAll(selector).length, selector);

/** Titles of the search results shown. */
export const resultTitles = (popup: Tab) =>
  popup.evaluate(() => [...document.querySelectorAll('[role="option"] .result-title')].map((e) => e.textContent ?? ''));

/** Types a query into the search box, replacing what was there, and waits for the first result. */
export async function searchFor(popup: Tab, query: string, firstTitle: string): Promise<void> {
  await popup.evaluate((query) => {
    const box = document.querySelector<HTMLInputElement>('#search-input')!;
    box.focus();
    box.value = query;
    box.dispatchEvent(new Event('input', { bubbles: true }));
  }, query);
  await expect.poll(async () => (await resultTitles(popup))[0]).toBe(firstTitle);
}

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');

/** Serious and critical axe-core violations on the popup as it is now: `rule: target …` lines. */
export async function axeViolations(popup: Tab): Promise<string[]> {
  if (!(await popup.evaluate(() => 'axe' in window))) {
    // The extension's content security policy refuses inline scripts; evaluating the source
    // through the debugging protocol is not subject to it.
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
