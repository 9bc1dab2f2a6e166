/**
 * Touch: on a phone-sized screen a tap on a place name shows its popover, pinned, and a tap
 * elsewhere dismisses it; taps on links and controls stay the page's. Chromium emulates a phone
 * (so `auto` is on there, as on Android); Firefox over BiDi has no device emulation, so its runs
 * turn the setting on and tap with BiDi touch actions.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { CAN } from './support/engine';
import { charCenter, decided, popover, popoverText, popoverVisible, watchPage } from './support/page-helpers';
import { setSettings, useSession } from './support/session';

const session = useSession();
/** Where the device has no hover `auto` is on; elsewhere the test turns taps on. */
const TAP_SETTING = CAN.phone ? 'auto' : 'on';

async function phonePage(page = 'touch.html', width?: number) {
  const tab = await session.open(page);
  await tab.emulatePhone(width);
  await tab.front();
  return tab;
}

async function tapText(tab: Awaited<ReturnType<typeof phonePage>>, selector: string, text: string, charIndex = 1) {
  const { x, y } = await charCenter(tab, { selector, text, charIndex });
  await tab.tap(x, y);
}

/**
 * Centre of an element's first box, in the viewport: an inline control that wraps (#role-button
 * at 390 px) has its bounding box's centre between its lines, off the control, where only
 * Chromium's touch adjustment would still bring the tap onto it.
 */
const centreOf = (tab: Awaited<ReturnType<typeof phonePage>>, selector: string) =>
  tab.evaluate((selector) => {
    const rect = document.querySelector(selector)!.getClientRects()[0]!;
    return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
  }, selector);

describe('touch', () => {
  beforeEach(() => setSettings(session, { language: 'zh', hoverDelay: 0, tapToLookUp: TAP_SETTING }));

  it('a tap on a place shows its popover, pinned, within a phone screen; a tap elsewhere dismisses it; the page is untouched', async () => {
    const tab = await phonePage();
    expect(await tab.evaluate(() => innerWidth)).toBe(390);
    if (CAN.phone)
      expect(
        await tab.evaluate(() => matchMedia('(hover: none)').matches && matchMedia('(pointer: coarse)').matches),
      ).toBe(true);
    const changes = await watchPage(tab);

    await tapText(tab, '#news', '成都');
    await expect.poll(() => popoverText(tab)).toContain('成都市');
    const shown = (await popover(tab))!;
    expect(shown.pinned).toBe(true);
    expect(shown.text).toContain('四川省');
    expect(shown.box.x).toBeGreaterThanOrEqual(0);
    expect(shown.box.x + shown.box.width).toBeLessThanOrEqual(390);

    // Another place (above the popover, which covers the lines below the name): the first goes,
    // the second comes.
    await tapText(tab, '#title', '上海', 0);
    await expect.poll(() => popoverText(tab)).toContain('上海市');

    // A tap on text that names no place dismisses it.
    await tapText(tab, '#title', '手机', 0);
    await expect.poll(() => popoverVisible(tab)).toBe(false);

    const { mutations, selection } = await changes();
    expect(mutations).toEqual([]);
    // Nothing selected, nothing focused. (A tap leaves a collapsed caret where it lands: the
    // browser's own doing, the same with the setting off, as the last test shows.)
    expect(selection).toMatch(/^\|\d\|BODY → \|\d\|BODY$/);

    // Last, as a screenshot may style the page's inputs (playwright's hides their caret).
    await tapText(tab, '#news', '成都');
    await expect.poll(() => popoverText(tab)).toContain('成都市');
    await tab.screenshot(session.shot('touch-popover'));
    await tab.close();
  });

  it('fits a 360 px screen, with tap targets of 44 px on a coarse pointer and a hotline that dials', async () => {
    const tab = await phonePage('touch.html', 360);
    await tapText(tab, '#news', '深圳');
    await expect.poll(() => popoverText(tab)).toContain('深圳市');
    const { box } = (await popover(tab))!;
    expect(box.x).toBeGreaterThanOrEqual(5);
    expect(box.x + box.width).toBeLessThanOrEqual(355);
    const targets = await tab.evaluate(() =>
      [...document.querySelector('hketo-lens-popover')!.shadowRoot!.querySelectorAll<HTMLElement>('a, button')].map(
        (e) => ({
          href: e.getAttribute('href') ?? '',
          height: e.getBoundingClientRect().height,
          width: e.getBoundingClientRect().width,
        }),
      ),
    );
    expect(targets.some((t) => t.href === 'tel:+8521868')).toBe(true);
    // Only a coarse pointer gets the large targets (Chromium's phone; Firefox's desktop has a mouse).
    if (CAN.phone) for (const t of targets) expect(Math.min(t.height, t.width)).toBeGreaterThanOrEqual(44);
    await tab.screenshot(session.shot('touch-popover-360'));
    await tab.close();
  });

  it.runIf(CAN.pinch)('under pinch-zoom, fits the popover within what is on screen', async () => {
    const tab = await phonePage();
    await tab.pinchZoom(2.5);
    await expect.poll(() => tab.evaluate(() => visualViewport!.scale)).toBeGreaterThan(2);
    const view = await tab.evaluate(() => ({
      left: visualViewport!.offsetLeft,
      top: visualViewport!.offsetTop,
      width: visualViewport!.width,
      scale: visualViewport!.scale,
    }));
    // 156 CSS px of the page's 390 on screen. (The zoomed view's offsets are table-tested in
    // test/unit/page/position.test.ts: nothing here can pan it.)
    expect(view.width).toBeLessThan(160);
    const target = await charCenter(tab, { selector: '#news', text: '成都', charIndex: 1 });
    // CDP's touch points are in client coordinates, zoomed or not (Chromium 156).
    await tab.tap(target.x, target.y);
    await expect.poll(() => popoverText(tab)).toContain('成都市');
    const { box } = (await popover(tab))!;
    expect(box.x).toBeGreaterThanOrEqual(view.left + 4.5);
    expect(box.x + box.width).toBeLessThanOrEqual(view.left + view.width - 4.5);
    await tab.screenshot(session.shot('touch-popover-pinch'));
    await tab.close();
  });

  it('leaves taps on buttons and controls to the page, and a tap on a link still navigates', async () => {
    const tab = await phonePage();
    for (const selector of ['#button', '#role-button', '#summary', '#label']) {
      const { x, y } = await centreOf(tab, selector);
      expect(await decided(tab, x, y, () => tab.tap(x, y), 'tap'), selector).toBe('page');
    }
    expect(await popoverVisible(tab)).toBe(false);
    // The taps reached the page: the details opened and the label ticked its box.
    expect(
      await tab.evaluate(() => [
        document.querySelector('details')!.open,
        document.querySelector<HTMLInputElement>('#check')!.checked,
      ]),
    ).toEqual([true, true]);
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
    const selection = () =>
      tab.evaluate(
        () => `${getSelection()?.toString()}|${getSelection()?.rangeCount}|${getSelection()?.anchorNode?.textContent}`,
      );
    const shenzhen = await charCenter(tab, { selector: '#news', text: '深圳', charIndex: 1 });
    expect(await decided(tab, shenzhen.x, shenzhen.y, () => tab.tap(shenzhen.x, shenzhen.y), 'tap')).toBe('page');
    expect(await popoverVisible(tab)).toBe(false);
    const withoutLookup = await selection();
    await setSettings(session, { language: 'zh', hoverDelay: 0, tapToLookUp: 'on' });
    await tab.evaluate(() => getSelection()?.removeAllRanges());
    await tapText(tab, '#news', '深圳');
    await expect.poll(() => popoverText(tab)).toContain('深圳市');
    expect(await selection()).toBe(withoutLookup);
    await tab.close();
  });

  it.each([360, 390])(
    'the popup as a full-page tab fills a %i px phone, each tab without sideways scrolling',
    async (width) => {
      const tab = await session.engine.open(session.engine.extensionUrl('popup.html?tabId=none'));
      await tab.emulatePhone(width);
      await expect.poll(() => tab.evaluate(() => document.querySelectorAll('[role="tab"]').length)).toBeGreaterThan(1);
      const names = await tab.evaluate(() =>
        [...document.querySelectorAll('[role="tab"]')].map((t) => t.id || t.textContent || ''),
      );
      for (const [i, name] of names.entries()) {
        const { x, y } = await tab.evaluate((i) => {
          const rect = document.querySelectorAll('[role="tab"]')[i]!.getBoundingClientRect();
          return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
        }, i);
        await tab.tap(x, y);
        await expect
          .poll(() =>
            tab.evaluate((i) => document.querySelectorAll('[role="tab"]')[i]!.getAttribute('aria-selected'), i),
          )
          .toBe('true');
        const layout = await tab.evaluate(() => ({
          popup: Math.round(document.querySelector('.popup')!.getBoundingClientRect().width),
          height: Math.round(document.querySelector('.popup')!.getBoundingClientRect().height),
          page: document.documentElement.scrollWidth,
          sideways: [...document.querySelectorAll('.popup, .popup *')]
            .filter(
              (e) =>
                e.scrollWidth > e.clientWidth + 1 &&
                getComputedStyle(e).overflowX !== 'visible' &&
                getComputedStyle(e).overflowX !== 'hidden',
            )
            .map((e) => e.className || e.tagName),
        }));
        expect({ name, ...layout }).toEqual({ name, popup: width, height: 844, page: width, sideways: [] });
        if (width === 390) await tab.screenshot(session.shot(`touch-popup-${i}`));
      }
      await tab.close();
    },
  );
});
