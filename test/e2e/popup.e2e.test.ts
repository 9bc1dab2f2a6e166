/**
 * The toolbar popup: search, directory, map, settings taking effect in open tabs without a
 * reload, the per-site switch, this page's places, accessibility in both themes, and the
 * screenshots in the README.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Tab } from './support/engine';
import { expectNoPopover, expectPopover, highlightCounts, popover, popoverText } from './support/page-helpers';
import {
  axeViolations,
  byRole,
  clickRole,
  countOf,
  openPopup,
  resultTitles,
  searchFor,
  selectOption,
  setChecked,
  textOf,
} from './support/popup-helpers';
import { setSettings, storedSettings, untilListening, useSession } from './support/session';

const session = useSession();
let opened = 0;

/** A fixture page in a tab of its own, at a URL no other tab has. */
async function fixture(name: string, host = '127.0.0.1'): Promise<Tab> {
  const url = new URL(session.url(name));
  url.hostname = host;
  url.searchParams.set('tab', String(++opened));
  return untilListening(session, await session.engine.open(url.href));
}

async function closeAll(...tabs: Tab[]) {
  for (const tab of tabs) await tab.close();
}

/**
 * Waits until the popup has stored a change, before a test checks that open pages follow it: the
 * popup writes storage after its own view changes, and a hover in between would see the old
 * settings (Firefox 153, once in three loaded runs).
 */
const settled = (patch: Record<string, unknown>) => expect.poll(() => storedSettings(session)).toMatchObject(patch);

const activeElementId = (popup: Tab) => popup.evaluate(() => document.activeElement?.id ?? '');

describe('toolbar popup: search', () => {
  beforeEach(() => setSettings(session, { language: 'zh', script: 'hant', hoverDelay: 0 }));

  it('finds Chinese in both scripts, pinyin, initials, English and office abbreviations', async () => {
    const popup = await openPopup(session);
    await expect.poll(() => activeElementId(popup)).toBe('search-input');
    await searchFor(popup, '义乌', '義烏市');
    await searchFor(popup, '瀋陽', '瀋陽市');
    await searchFor(popup, 'hangzhou', '杭州市');
    await searchFor(popup, 'sjz', '石家莊市');
    await searchFor(popup, 'Urumqi', '烏魯木齊市');
    await searchFor(popup, 'SHETO', '駐滬辦');
    await searchFor(popup, '驻成都经济贸易办事处', '駐成都辦');

    await searchFor(popup, '鼓楼', '鼓樓區');
    const details = await popup.evaluate(() =>
      [...document.querySelectorAll('[role="option"] .result-detail')].map((e) => e.textContent),
    );
    expect(details.slice(0, 4)).toEqual(['南京市 · 江蘇省', '徐州市 · 江蘇省', '福州市 · 福建省', '開封市 · 河南省']);
    await popup.screenshot(session.shot('popup-search'));

    await popup.press('ArrowDown');
    await popup.press('Enter');
    const card = () => byRole(popup, 'region', '詳情').then((r) => r.text);
    await expect.poll(card).toContain('徐州市 · 江蘇省');
    expect(await card()).toContain('駐上海經濟貿易辦事處');
    expect(await card()).toContain('(852) 1868');
    await popup.screenshot(session.shot('popup-card'));
    await popup.press('Escape');
    await expect.poll(() => resultTitles(popup)).toContain('鼓樓區');
    expect(await activeElementId(popup)).toBe('search-input');
    await popup.press('Escape');
    expect(await popup.evaluate(() => document.querySelector<HTMLInputElement>('#search-input')!.value)).toBe('');
    await popup.close();
  });

  it('searches the text it is opened with, and shows Simplified names under the Simplified setting', async () => {
    await setSettings(session, { language: 'zh', script: 'hans' });
    const popup = await openPopup(session, { q: '瀋陽' });
    await expect.poll(async () => (await resultTitles(popup))[0]).toBe('沈阳市');
    expect((await byRole(popup, 'tab', '搜索')).selected).toBe('true');
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    await popup.close();
  });
});

describe('toolbar popup: directory and map', () => {
  beforeEach(() => setSettings(session, { language: 'zh', script: 'hant', hoverDelay: 0 }));

  it('lists the five offices and eleven liaison units with the data date and sources', async () => {
    const popup = await openPopup(session);
    await clickRole(popup, 'tab', '名錄');
    await expect.poll(() => countOf(popup, '[role="tabpanel"] article[data-office]')).toBe(5);
    expect(await countOf(popup, '[role="tabpanel"] li[data-unit]')).toBe(11);
    expect(await textOf(popup, '[role="tabpanel"]')).toContain('資料截至 2026-01');
    expect(await textOf(popup, 'article[data-office="gdeto"]')).toContain('廣東、福建、廣西、海南');
    await popup.screenshot(session.shot('popup-directory'));
    await clickRole(popup, 'article[data-office="bjo"] summary');
    await expect
      .poll(() => textOf(popup, 'article[data-office="bjo"] .source-list li'))
      .toMatch(/^S\d+ .+ \(.*\d{4}.*\)$/);
    await popup.close();
  });

  it('shows a province’s office and cities on click and with the keyboard', async () => {
    const popup = await openPopup(session);
    await clickRole(popup, 'tab', '地圖');
    await expect.poll(() => countOf(popup, '.tile')).toBe(31);
    await clickRole(popup, 'button', /^廣東：香港特別行政區政府駐粵經濟貿易辦事處/);
    await expect.poll(() => textOf(popup, '.province-detail')).toContain('廣東省');
    expect(await textOf(popup, '.province-detail')).toContain('駐深圳聯絡處 (只負責深圳)');
    expect(await countOf(popup, '.province-detail .chip')).toBe(21);

    await popup.evaluate(() => document.querySelector<HTMLElement>('.tile[data-code="440000"]')!.focus());
    await popup.press('ArrowUp'); // 湖南
    await popup.press('ArrowRight'); // 江西
    await popup.press('ArrowRight'); // 浙江
    await popup.press('Enter');
    await expect
      .poll(() => popup.evaluate(() => document.querySelector('.province-detail')?.getAttribute('data-code')))
      .toBe('330000');
    expect(await textOf(popup, '.province-detail')).toContain('駐浙江聯絡處');
    await popup.evaluate(() => document.querySelector('.panel')!.scrollTo(0, 0));
    await popup.screenshot(session.shot('popup-map'));

    await clickRole(popup, '.province-detail .chip[data-code="330700"]'); // 金華市
    await expect.poll(() => byRole(popup, 'region', '詳情').then((r) => r.text)).toContain('金華市');
    await popup.close();
  });
});

describe('toolbar popup: settings take effect in open tabs', () => {
  beforeEach(() => setSettings(session, { language: 'zh', script: 'hant', hoverDelay: 0 }));

  /** The popup's settings over `page`'s tab. */
  async function settingsFor(page: Tab): Promise<Tab> {
    const popup = await openPopup(session, { tabId: await session.engine.tabIdOf(page) });
    await clickRole(popup, 'tab', '設定');
    return popup;
  }

  it('switches script, language, theme, text size, hold key and hover delay', async () => {
    const page = await fixture('plain.html');
    const popup = await settingsFor(page);
    await expectPopover(page, '#hans', '深圳', '廣東省');

    await popup.front();
    await setChecked(popup, 'radio', '簡體');
    await expectPopover(page, '#hans', '深圳', '广东省');
    await popup.front();
    await popup.screenshot(session.shot('popup-settings'));

    await selectOption(popup, '界面语言', 'en');
    await expectPopover(page, '#hans', '深圳', 'Hong Kong Economic and Trade Office in Guangdong');

    await popup.front();
    await setChecked(popup, 'radio', 'Dark');
    await setChecked(popup, 'radio', 'Large');
    await expectPopover(page, '#hans', '杭州', 'Shanghai');
    expect(await popover(page)).toMatchObject({ theme: 'dark', size: 'large' });

    await popup.front();
    await selectOption(popup, 'Show only while holding', 'Shift');
    await settled({ holdKey: 'Shift' });
    await expectNoPopover(page, '#hans', '深圳');
    await page.keyDown('Shift');
    await expect.poll(() => popoverText(page)).toContain('Guangdong');
    await page.keyUp('Shift');

    await popup.front();
    await selectOption(popup, 'Show only while holding', 'none');
    await selectOption(popup, 'Hover delay', '300');
    await expect
      .poll(() => storedSettings(session))
      .toMatchObject({
        script: 'hans',
        language: 'en',
        theme: 'dark',
        fontSize: 'large',
        holdKey: 'none',
        hoverDelay: 300,
      });
    await expectPopover(page, '#hans', '北京', 'Beijing');
    await closeAll(popup, page);
  });

  it('turns off on one site only, and everywhere with the main switch', async () => {
    const page = await fixture('plain.html');
    const elsewhere = await fixture('plain.html', 'localhost');
    const popup = await settingsFor(page);
    await expect.poll(() => textOf(popup, '.site-state')).toBe('已在 127.0.0.1 開啟');

    await clickRole(popup, 'button', '在此網站關閉');
    await expect.poll(() => textOf(popup, '.site-state')).toBe('已在 127.0.0.1 關閉');
    expect(await textOf(popup, '.status')).toBe('已在 127.0.0.1 關閉');
    await settled({ disabledSites: ['127.0.0.1'] });
    await expectNoPopover(page, '#hans', '深圳');
    await expectPopover(elsewhere, '#hans', '深圳', '廣東省');

    await popup.front();
    await clickRole(popup, 'button', '在此網站開啟');
    await expectPopover(page, '#hans', '深圳', '廣東省');

    await popup.front();
    await setChecked(popup, 'checkbox', '在網頁上顯示地名資料', false);
    await settled({ enabled: false });
    await expectNoPopover(elsewhere, '#hans', '深圳');
    await expectNoPopover(page, '#hans', '杭州');
    await popup.front();
    await setChecked(popup, 'checkbox', '在網頁上顯示地名資料', true);
    await expectPopover(elsewhere, '#hans', '深圳', '廣東省');
    await closeAll(popup, page, elsewhere);
  });

  it('finds counties by short name, reads editable areas and underlines all names when asked', async () => {
    const counties = await fixture('counties.html');
    const editable = await fixture('editable.html');
    const page = await fixture('plain.html');
    const popup = await settingsFor(page);

    await expectNoPopover(counties, '#short', '余杭');
    await popup.front();
    await setChecked(popup, 'checkbox', /亦以簡稱尋找區、縣/);
    await expectPopover(counties, '#short', '余杭', '餘杭區');

    await expectNoPopover(editable, '#editor', '杭州');
    await popup.front();
    await setChecked(popup, 'checkbox', '亦查閱輸入框及可編輯區域的文字');
    await expectPopover(editable, '#editor', '杭州', '杭州市');

    expect(await highlightCounts(page)).toEqual({});
    await popup.front();
    await setChecked(popup, 'checkbox', '在頁面上標示所有地名');
    await expect
      .poll(async () => Object.keys(await highlightCounts(page)).sort())
      .toEqual(['bjo', 'cdeto', 'gdeto', 'sheto']);
    await closeAll(popup, page, counties, editable);
  });
});

describe('toolbar popup: this page', () => {
  it('lists the places on the page by office and scrolls to one', async () => {
    await setSettings(session, { language: 'zh', script: 'hant', hoverDelay: 0, highlightAll: true });
    const page = await fixture('long.html');
    const popup = await openPopup(session, { tabId: await session.engine.tabIdOf(page) });
    await clickRole(popup, 'tab', '本頁');
    await expect.poll(() => countOf(popup, '.page-place[data-code="610100"]')).toBe(1);
    expect(await textOf(popup, '.page-group[data-office="cdeto"]')).toContain('西安市');
    expect(await page.evaluate(() => scrollY)).toBe(0);
    await clickRole(popup, '.page-place[data-code="610100"]');
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(1000);
    await closeAll(popup, page);
  });

  it('explains pages it cannot read', async () => {
    await setSettings(session, { language: 'en', highlightAll: true });
    const popup = await openPopup(session);
    await clickRole(popup, 'tab', 'This page');
    await expect.poll(() => textOf(popup, '.page-summary')).toContain('This page cannot be read by extensions.');
    await clickRole(popup, 'tab', 'Settings');
    expect(await textOf(popup, '.site-note')).toBe('This page cannot be read by extensions.');
    await popup.close();
  });
});

describe('toolbar popup: accessibility', () => {
  for (const [theme, language] of [
    ['light', 'zh'],
    ['dark', 'en'],
  ] as const) {
    it(`has no serious or critical axe violations in any section (${theme} theme, ${language})`, async () => {
      await setSettings(session, { language, script: 'hant', theme, hoverDelay: 0, highlightAll: true });
      const page = await fixture('plain.html');
      const popup = await openPopup(session, { tabId: await session.engine.tabIdOf(page), q: '鼓楼' });
      await expect.poll(() => countOf(popup, '[role="option"]')).toBeGreaterThan(0);
      const found: Record<string, string[]> = { search: await axeViolations(popup) };
      await popup.press('Enter');
      found.card = await axeViolations(popup);
      await clickRole(popup, 'tab', null, 1);
      await popup.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      found.directory = await axeViolations(popup);
      await clickRole(popup, 'tab', null, 2);
      await clickRole(popup, '.tile[data-code="440000"]');
      found.map = await axeViolations(popup);
      await clickRole(popup, 'tab', null, 3);
      await expect.poll(() => countOf(popup, '.page-place')).toBeGreaterThan(0);
      found.page = await axeViolations(popup);
      await clickRole(popup, 'tab', null, 4);
      found.settings = await axeViolations(popup);
      if (theme === 'dark') await popup.screenshot(session.shot('popup-settings-dark'));
      expect(found).toEqual({ search: [], card: [], directory: [], map: [], page: [], settings: [] });
      await closeAll(popup, page);
    });
  }
});
