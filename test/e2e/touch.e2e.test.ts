/**
 * Touch: on a phone-sized screen a tap on a place name shows its popover, pinned, and a tap
 * elsewhere dismisses it; taps on links and controls stay the page's. Chromium emulates a phone
 * (so `auto` is on there, as on Android); Firefox over BiDi has no device emulation, so its runs
 * turn the setting on and tap with BiDi touch actions.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { CAN } from './support/engine';
import { charCenter, popover, popoverText, popoverVisible, watchPage } from './support/page-helpers';
import { setSettings, useSession } from './support/session';

const session = useSession();
/** Where the device has no hover `auto` is on; elsewhere the test turns taps on. */
const TAP_SETTING = CAN.phone ? 'auto' : 'on';

async function phonePage(page = 'touch.html') {
  const tab = await session.engine.open(session.url(page));
  await tab.emulatePhone();
  await tab.front();
  return tab;
}

async function tapText(tab: Awaited<ReturnType<typeof phonePage>>, selector: string, text: string, charIndex = 1) {
  const { x, y } = await charCenter(tab, { selector, text, charIndex });
  await tab.tap(x, y);
}

/** Centre of an element, in the viewport. */
const centreOf = (tab: Awaited<ReturnType<typeof phonePage>>, selector: string) =>
  tab.evaluate((selector) => {
    const rect = document.querySelector(selector)!.getBoundingClientRect();
    return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
  }, selector);

/** Absence can only be seen after a wait; each use is followed by a positive check. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 500));

describe('touch', () => {
  beforeEach(() => setSettings(session, { language: 'zh', hoverDelay: 0, tapToLookUp: TAP_SETTING }));

  it('a tap on a place shows its popover, pinned, within a phone screen; a tap elsewhere dismisses it; the page is untouched', async () => {
    const tab = await phonePage();
    expect(await tab.evaluate(() => innerWidth)).toBe(390);
    if (CAN.phone) expect(await tab.evaluate(() => matchMedia('(hover: none)').matches && matchMedia('(pointer: coarse)').matches)).toBe(true);
    const changes = await watchPage(tab);

    await tapText(tab, '#news', '成都');
    await expect.poll(() => popoverText(tab)).toContain('成都市');
    const shown = (await popover(tab))!;
    expect(shown.pinned).toBe(true);
    expect(shown.text).toContain('四川省');
    expect(shown.box.x).toBeGreaterThanOrEqual(0);
    expect(shown.box.x + shown.box.width).toBeLessThanOrEqual(390);

    // Another place (one the popover does not cover): the first goes, the second comes.
    await tapText(tab, '#tail', '昆明');
    await expect.poll(() => popoverText(tab)).toContain('昆明市');

    // A tap on text that names no place dismisses it.
    await tapText(tab, '#tail', '最后', 0);
    await expect.poll(() => popoverVisible(tab)).toBe(false);

    const { mutations, selection } = await changes();
    expect(mutations).toEqual([]);
    // Nothing selected, nothing focused. (A tap leaves a collapsed caret where it lands: the
    // browser's own doing, the same with the setting off, as the last test shows.)
    expect(selection).toMatch(/^\|\d\|BODY → \|\d\|BODY$/);

    // Last, as playwright's screenshot styles the page's inputs (to hide their caret).
    await tapText(tab, '#news', '成都');
    await expect.poll(() => popoverText(tab)).toContain('成都市');
    await tab.screenshot(session.shot('touch-popover'));
    await tab.close();
  });

  it('leaves taps on buttons and controls to the page, and a tap on a link still navigates', async () => {
    const tab = await phonePage();
    for (const selector of ['#button', '#role-button', '#summary', '#label']) {
      const { x, y } = await centreOf(tab, selector);
      await tab.tap(x, y);
    }
    await settle();
    expect(await popoverVisible(tab)).toBe(false);
    // The taps reached the page: the details opened and the label ticked its box.
    expect(await tab.evaluate(() => [document.querySelector('details')!.open, document.querySelector<HTMLInputElement>('#check')!.checked])).toEqual([true, true]);
    // And the page's own text still looks up.
    await tapText(tab, '#details p', '长沙', 0);
    await expect.poll(() => popoverText(tab)).toContain('長沙市');

    const link = await centreOf(tab, '#link');
    await tab.tap(link.x, link.y);
    await expect.poll(() => tab.url()).toContain('plain.html?from=touch');
    await tab.close();
  });

  it('does nothing on a tap when the setting is off, and leaves the selection as a tap without it does', async () => {
    await setSettings(session, { language: 'zh', hoverDelay: 0, tapToLookUp: 'off' });
    const tab = await phonePage();
    const selection = () => tab.evaluate(() => `${getSelection()?.toString()}|${getSelection()?.rangeCount}|${getSelection()?.anchorNode?.textContent}`);
    await tapText(tab, '#news', '深圳');
    await settle();
    expect(await popoverVisible(tab)).toBe(false);
    const withoutLookup = await selection();
    await setSettings(session, { language: 'zh', hoverDelay: 0, tapToLookUp: 'on' });
    await tab.evaluate(() => getSelection()?.removeAllRanges());
    await tapText(tab, '#news', '深圳');
    await expect.poll(() => popoverText(tab)).toContain('深圳市');
    expect(await selection()).toBe(withoutLookup);
    await tab.close();
  });
});
