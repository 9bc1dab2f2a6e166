/** Keys, the hold-to-show key, pinning, editable areas, ruby, Latin names, and laziness. */
import { beforeEach, describe, expect, it } from 'vitest';
import {
  charCenter,
  clickAt,
  decided,
  expectNoPopover,
  hover,
  hoverAt,
  popover,
  popoverText,
  popoverVisible,
} from './support/page-helpers';
import { setSettings, useSession } from './support/session';

const session = useSession();

describe('hover interaction', () => {
  beforeEach(() => setSettings(session, { language: 'zh', hoverDelay: 0 }));

  it('switches script with T, pins with P, copies with C and closes with Esc', async () => {
    const page = await session.open('plain.html');
    await hover(page, '#hans', '杭州');
    await expect.poll(() => popoverText(page)).toContain('杭州市');
    expect(await popoverText(page)).toContain('駐上海經濟貿易辦事處');

    await page.press('t');
    await expect.poll(() => popoverText(page)).toContain('驻上海经济贸易办事处');
    expect(await popoverText(page)).toContain('资料截至');
    await page.press('t');
    await expect.poll(() => popoverText(page)).toContain('駐上海經濟貿易辦事處');

    await page.press('c');
    await expect.poll(() => popoverText(page)).toContain('已複製');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('杭州市 · 浙江省');
    expect(copied).toContain('(852) 1868');

    await page.press('p');
    await expect.poll(async () => (await popover(page))?.role).toBe('dialog');
    const elsewhere = await charCenter(page, { selector: '#plainwords', text: '合作' });
    expect(await decided(page, elsewhere.x, elsewhere.y, () => hoverAt(page, elsewhere.x, elsewhere.y))).toBe('pinned'); // stays
    expect(await popoverText(page)).toContain('杭州市');
    expect(await popoverVisible(page)).toBe(true);

    await page.press('Escape');
    await expect.poll(() => popoverVisible(page)).toBe(false);
    await page.close();
  });

  it('lets the pointer travel into the popover and click its buttons', async () => {
    const page = await session.open('plain.html');
    await hover(page, '#hans', '北京');
    await expect.poll(() => popoverText(page)).toContain('北京市');
    await clickAt(page, 'button', '固定');
    await expect.poll(async () => (await popover(page))?.pinned).toBe(true);
    await page.close();
  });

  it('shows only while the hold key is pressed, when one is set', async () => {
    await setSettings(session, { language: 'zh', hoverDelay: 0, holdKey: 'Shift' });
    const page = await session.open('plain.html');
    await expectNoPopover(page, '#hans', '深圳');
    await page.keyDown('Shift');
    await expect.poll(() => popoverText(page)).toContain('深圳市');
    await page.keyUp('Shift');
    await page.close();
  });

  it('waits for the hover delay before showing', async () => {
    await setSettings(session, { language: 'zh', hoverDelay: 600 });
    const page = await session.open('plain.html');
    const start = Date.now();
    await hover(page, '#hans', '深圳');
    await expect.poll(() => popoverText(page), { timeout: 5000 }).toContain('深圳市');
    // Measured in the test's clock, which runs at least as long as the page's.
    expect(Date.now() - start).toBeGreaterThanOrEqual(600);
    await page.close();
  });

  it('skips editable areas unless asked, and reads ruby without its annotations', async () => {
    const page = await session.open('editable.html');
    await expectNoPopover(page, '#editor', '杭州');
    await setSettings(session, { language: 'zh', hoverDelay: 0, editable: true });
    await hover(page, '#editor', '杭州', 1);
    await expect.poll(() => popoverText(page)).toContain('杭州市');

    // From no popover, so that the one for the editor's 杭州 cannot pass for it.
    await page.press('Escape');
    await expect.poll(() => popoverVisible(page)).toBe(false);
    const ruby = await charCenter(page, { selector: '#ruby', text: '州' });
    expect(['shown', 'same']).toContain(await decided(page, ruby.x, ruby.y, () => hoverAt(page, ruby.x, ruby.y)));
    expect(await popoverVisible(page)).toBe(true);
    expect(await popoverText(page)).toContain('杭州市');
    await page.close();
  });

  it('finds Latin names on English pages, and loads nothing over ordinary English', async () => {
    await setSettings(session, { language: 'en', hoverDelay: 0 });
    const page = await session.open('english.html');
    const dataLoaded = () => page.evaluate(() => performance.getEntriesByName('hketo-lens:data-ready').length);
    // Sweep the pointer over the ordinary sentence: no data load, no popover element.
    for (const word of ['This', 'page', 'Chinese', 'ordinary', 'words']) {
      const { x, y } = await charCenter(page, { selector: '#plain', text: word, charIndex: 1 });
      expect(await decided(page, x, y, () => page.move(x, y, 2))).toBe('none');
    }
    expect(await dataLoaded()).toBe(0);
    // Not even the detector's code: the bootstrap content script saw nothing worth loading it for.
    expect(await page.evaluate(() => performance.getEntriesByName('hketo-lens:main-ready').length)).toBe(0);
    expect(await page.evaluate(() => document.querySelector('hketo-lens-popover') === null)).toBe(true);

    await hover(page, '#places', "Xi'an", 2);
    await expect.poll(() => popoverText(page)).toContain("Xi'an");
    const text = (await popoverText(page))!;
    expect(text).toContain('Hong Kong Economic and Trade Office in Chengdu');
    expect(text).toContain('Shaanxi Liaison Unit');
    expect(await dataLoaded()).toBe(1);
    await hover(page, '#places', 'Hangzhou City', 9);
    await expect.poll(() => popoverText(page)).toContain('杭州市');
    await page.close();
  });
});
