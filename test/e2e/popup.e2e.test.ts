/**
 * The toolbar popup in Chromium: search, directory, map, settings taking effect in open tabs
 * without a reload, the per-site switch, this page's places, accessibility in both themes, and
 * the screenshots in the README.
 */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { highlightCounts } from './support/extension';
import { expectNoPopover, expectPopover, popoverText, POPOVER } from './support/page-helpers';
import {
  axeViolations,
  clickToolbarButton,
  openPopup,
  resultTitles,
  searchFor,
} from './support/popup-helpers';
import { setSettings, useSession } from './support/session';

const session = useSession();
let opened = 0;

/** A fixture page in a tab of its own, at a URL no other tab has. */
async function fixture(name: string, host = '127.0.0.1'): Promise<Page> {
  const page = await session.browser.context.newPage();
  const url = new URL(session.url(name));
  url.hostname = host;
  url.searchParams.set('tab', String(++opened));
  await page.goto(url.href);
  return page;
}

async function closeAll(...pages: Page[]) {
  for (const page of pages) await page.close();
}

describe('toolbar popup: search', () => {
  beforeEach(() => setSettings(session, { language: 'zh', script: 'hant', hoverDelay: 0 }));

  it('finds Chinese in both scripts, pinyin, initials, English and office abbreviations', async () => {
    const popup = await openPopup(session);
    await expect.poll(() => popup.evaluate(() => document.activeElement?.id)).toBe('search-input');
    await searchFor(popup, '义乌', '義烏市');
    await searchFor(popup, '瀋陽', '瀋陽市');
    await searchFor(popup, 'hangzhou', '杭州市');
    await searchFor(popup, 'sjz', '石家莊市');
    await searchFor(popup, 'Urumqi', '烏魯木齊市');
    await searchFor(popup, 'SHETO', '駐滬辦');
    await searchFor(popup, '驻成都经济贸易办事处', '駐成都辦');

    await searchFor(popup, '鼓楼', '鼓樓區');
    const details = await popup.locator('[role="option"] .result-detail').allTextContents();
    expect(details.slice(0, 4)).toEqual(['南京市 · 江蘇省', '徐州市 · 江蘇省', '福州市 · 福建省', '開封市 · 河南省']);
    await popup.screenshot({ path: session.shot('popup-search') });

    await popup.keyboard.press('ArrowDown');
    await popup.keyboard.press('Enter');
    const card = popup.getByRole('region', { name: '詳情' });
    await expect.poll(() => card.textContent()).toContain('徐州市 · 江蘇省');
    expect(await card.textContent()).toContain('駐上海經濟貿易辦事處');
    expect(await card.textContent()).toContain('(852) 1868');
    await popup.screenshot({ path: session.shot('popup-card') });
    await popup.keyboard.press('Escape');
    await expect.poll(() => resultTitles(popup)).toContain('鼓樓區');
    expect(await popup.evaluate(() => document.activeElement?.id)).toBe('search-input');
    await popup.keyboard.press('Escape');
    expect(await popup.getByRole('combobox').inputValue()).toBe('');
    await popup.close();
  });

  it('searches the text it is opened with, and shows Simplified names under the Simplified setting', async () => {
    await setSettings(session, { language: 'zh', script: 'hans' });
    const popup = await openPopup(session, { q: '瀋陽' });
    await expect.poll(async () => (await resultTitles(popup))[0]).toBe('沈阳市');
    expect(await popup.getByRole('tab', { name: '搜索' }).getAttribute('aria-selected')).toBe('true');
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    await popup.close();
  });
});

describe('toolbar popup: directory and map', () => {
  beforeEach(() => setSettings(session, { language: 'zh', script: 'hant', hoverDelay: 0 }));

  it('lists the five offices and eleven liaison units with the data date and sources', async () => {
    const popup = await openPopup(session);
    await popup.getByRole('tab', { name: '名錄' }).click();
    const panel = popup.getByRole('tabpanel', { name: '名錄' });
    await expect.poll(() => panel.locator('article[data-office]').count()).toBe(5);
    expect(await panel.locator('li[data-unit]').count()).toBe(11);
    expect(await panel.textContent()).toContain('資料截至 2026-01');
    expect(await panel.locator('article[data-office="gdeto"]').textContent()).toContain('廣東、福建、廣西、海南');
    await popup.screenshot({ path: session.shot('popup-directory') });
    await popup.locator('article[data-office="bjo"] summary').click();
    expect(await popup.locator('article[data-office="bjo"] .source-list li').first().textContent()).toMatch(/^S\d+ .+ \(.*\d{4}.*\)$/);
    await popup.close();
  });

  it('shows a province’s office and cities on click and with the keyboard', async () => {
    const popup = await openPopup(session);
    await popup.getByRole('tab', { name: '地圖' }).click();
    expect(await popup.locator('.tile').count()).toBe(31);
    await popup.getByRole('button', { name: /^廣東：香港特別行政區政府駐粵經濟貿易辦事處/ }).click();
    const detail = popup.locator('.province-detail');
    await expect.poll(() => detail.textContent()).toContain('廣東省');
    expect(await detail.textContent()).toContain('駐深圳聯絡處 (只負責深圳)');
    expect(await detail.locator('.chip').count()).toBe(21);

    await popup.locator('.tile[data-code="440000"]').focus();
    await popup.keyboard.press('ArrowUp'); // 湖南
    await popup.keyboard.press('ArrowRight'); // 江西
    await popup.keyboard.press('ArrowRight'); // 浙江
    await popup.keyboard.press('Enter');
    await expect.poll(() => detail.getAttribute('data-code')).toBe('330000');
    expect(await detail.textContent()).toContain('駐浙江聯絡處');
    await popup.locator('.panel').evaluate((panel) => panel.scrollTo(0, 0));
    await popup.screenshot({ path: session.shot('popup-map') });

    await detail.locator('.chip[data-code="330700"]').click(); // 金華市
    await expect.poll(() => popup.getByRole('region', { name: '詳情' }).textContent()).toContain('金華市');
    await popup.close();
  });
});

describe('toolbar popup: settings take effect in open tabs', () => {
  beforeEach(() => setSettings(session, { language: 'zh', script: 'hant', hoverDelay: 0 }));

  async function settingsFor(page: Page): Promise<Page> {
    const popup = await openPopup(session, { tabId: await clickToolbarButton(session, page) });
    await popup.getByRole('tab', { name: '設定' }).click();
    return popup;
  }

  it('switches script, language, theme, text size, hold key and hover delay', async () => {
    const page = await fixture('plain.html');
    const popup = await settingsFor(page);
    await expectPopover(page, '#hans', '深圳', '廣東省');

    await popup.bringToFront();
    await popup.getByRole('radio', { name: '簡體' }).check();
    await expectPopover(page, '#hans', '深圳', '广东省');
    await popup.bringToFront();
    await popup.screenshot({ path: session.shot('popup-settings') });

    await popup.getByRole('combobox', { name: '界面语言' }).selectOption('en');
    await expectPopover(page, '#hans', '深圳', 'Hong Kong Economic and Trade Office in Guangdong');

    await popup.bringToFront();
    await popup.getByRole('radio', { name: 'Dark' }).check();
    await popup.getByRole('radio', { name: 'Large' }).check();
    await expectPopover(page, '#hans', '杭州', 'Shanghai');
    expect(await page.locator(POPOVER).getAttribute('data-theme')).toBe('dark');
    expect(await page.locator(POPOVER).getAttribute('data-size')).toBe('large');

    await popup.bringToFront();
    await popup.getByRole('combobox', { name: 'Show only while holding' }).selectOption('Shift');
    await expectNoPopover(page, '#hans', '深圳');
    await page.keyboard.down('Shift');
    await expect.poll(() => popoverText(page)).toContain('Guangdong');
    await page.keyboard.up('Shift');

    await popup.bringToFront();
    await popup.getByRole('combobox', { name: 'Show only while holding' }).selectOption('none');
    await popup.getByRole('combobox', { name: 'Hover delay' }).selectOption('300');
    const stored = () =>
      session.browser.serviceWorker.evaluate(async () => {
        type Api = { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };
        return (await (globalThis as unknown as { chrome: Api }).chrome.storage.local.get('settings')).settings;
      });
    await expect
      .poll(stored)
      .toMatchObject({ script: 'hans', language: 'en', theme: 'dark', fontSize: 'large', holdKey: 'none', hoverDelay: 300 });
    await expectPopover(page, '#hans', '北京', 'Beijing');
    await closeAll(popup, page);
  });

  it('turns off on one site only, and everywhere with the main switch', async () => {
    const page = await fixture('plain.html');
    const elsewhere = await fixture('plain.html', 'localhost');
    const popup = await settingsFor(page);
    await expect.poll(() => popup.locator('.site-state').textContent()).toBe('已在 127.0.0.1 開啟');

    await popup.getByRole('button', { name: '在此網站關閉' }).click();
    await expect.poll(() => popup.locator('.site-state').textContent()).toBe('已在 127.0.0.1 關閉');
    expect(await popup.locator('.status').textContent()).toBe('已在 127.0.0.1 關閉');
    await expectNoPopover(page, '#hans', '深圳');
    await expectPopover(elsewhere, '#hans', '深圳', '廣東省');

    await popup.bringToFront();
    await popup.getByRole('button', { name: '在此網站開啟' }).click();
    await expectPopover(page, '#hans', '深圳', '廣東省');

    await popup.bringToFront();
    await popup.getByRole('checkbox', { name: '在網頁上顯示地名資料' }).uncheck();
    await expectNoPopover(elsewhere, '#hans', '深圳');
    await expectNoPopover(page, '#hans', '杭州');
    await popup.bringToFront();
    await popup.getByRole('checkbox', { name: '在網頁上顯示地名資料' }).check();
    await expectPopover(elsewhere, '#hans', '深圳', '廣東省');
    await closeAll(popup, page, elsewhere);
  });

  it('finds counties by short name, reads editable areas and underlines all names when asked', async () => {
    const counties = await fixture('counties.html');
    const editable = await fixture('editable.html');
    const page = await fixture('plain.html');
    const popup = await settingsFor(page);

    await expectNoPopover(counties, '#short', '余杭');
    await popup.bringToFront();
    await popup.getByRole('checkbox', { name: /亦以簡稱尋找區、縣/ }).check();
    await expectPopover(counties, '#short', '余杭', '餘杭區');

    await expectNoPopover(editable, '#editor', '杭州');
    await popup.bringToFront();
    await popup.getByRole('checkbox', { name: '亦查閱輸入框及可編輯區域的文字' }).check();
    await expectPopover(editable, '#editor', '杭州', '杭州市');

    expect(await highlightCounts(page)).toEqual({});
    await popup.bringToFront();
    await popup.getByRole('checkbox', { name: '在頁面上標示所有地名' }).check();
    await expect.poll(async () => Object.keys(await highlightCounts(page)).sort()).toEqual(['bjo', 'cdeto', 'gdeto', 'sheto']);
    await closeAll(popup, page, counties, editable);
  });
});

describe('toolbar popup: this page', () => {
  it('lists the places on the page by office and scrolls to one', async () => {
    await setSettings(session, { language: 'zh', script: 'hant', hoverDelay: 0, highlightAll: true });
    const page = await fixture('long.html');
    const popup = await openPopup(session, { tabId: await clickToolbarButton(session, page) });
    await popup.getByRole('tab', { name: '本頁' }).click();
    const xian = popup.locator('.page-place[data-code="610100"]');
    await xian.waitFor();
    expect(await popup.locator('.page-group[data-office="cdeto"]').textContent()).toContain('西安市');
    expect(await page.evaluate(() => scrollY)).toBe(0);
    await xian.click();
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(1000);
    await closeAll(popup, page);
  });

  it('explains pages it cannot read', async () => {
    await setSettings(session, { language: 'en', highlightAll: true });
    const popup = await openPopup(session);
    await popup.getByRole('tab', { name: 'This page' }).click();
    await expect.poll(() => popup.locator('.page-summary').textContent()).toContain('This page cannot be read by extensions.');
    await popup.getByRole('tab', { name: 'Settings' }).click();
    expect(await popup.locator('.site-note').textContent()).toBe('This page cannot be read by extensions.');
    await popup.close();
  });
});

describe('toolbar popup: accessibility', () => {
  for (const [theme, language] of [['light', 'zh'], ['dark', 'en']] as const) {
    it(`has no serious or critical axe violations in any section (${theme} theme, ${language})`, async () => {
      await setSettings(session, { language, script: 'hant', theme, hoverDelay: 0, highlightAll: true });
      const page = await fixture('plain.html');
      const popup = await openPopup(session, { tabId: await clickToolbarButton(session, page), q: '鼓楼' });
      await popup.locator('[role="option"]').first().waitFor();
      const found: Record<string, string[]> = { search: await axeViolations(popup) };
      await popup.keyboard.press('Enter');
      found.card = await axeViolations(popup);
      const tabs = popup.getByRole('tab');
      await tabs.nth(1).click();
      await popup.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
      found.directory = await axeViolations(popup);
      await tabs.nth(2).click();
      await popup.locator('.tile[data-code="440000"]').click();
      found.map = await axeViolations(popup);
      await tabs.nth(3).click();
      await popup.locator('.page-place').first().waitFor();
      found.page = await axeViolations(popup);
      await tabs.nth(4).click();
      found.settings = await axeViolations(popup);
      if (theme === 'dark') await popup.screenshot({ path: session.shot('popup-settings-dark') });
      expect(found).toEqual({ search: [], card: [], directory: [], map: [], page: [], settings: [] });
      await closeAll(popup, page);
    });
  }
});
