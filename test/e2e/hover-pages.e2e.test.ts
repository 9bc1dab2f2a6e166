/**
 * The popover on the awkward pages of real sites: an iframe, an open shadow root, a dark page,
 * hostile CSS, the viewport's edges, a long scrolled page. Each case checks the popover's text,
 * that the page did not change, and saves a screenshot in both themes.
 */
import type { Frame, Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { charCenter, hover, popoverText, POPOVER, watchPage } from './support/page-helpers';
import { setSettings, useSession } from './support/session';

const session = useSession();

const BACKGROUND = { light: 'rgb(255, 255, 255)', dark: 'rgb(31, 33, 36)' };

/** Screenshots in both themes, each checked by its background; 'auto' follows the system's. */
async function shoot(page: Page, name: string) {
  const background = () => page.locator(POPOVER).evaluate((popover) => getComputedStyle(popover).backgroundColor);
  for (const theme of ['light', 'dark'] as const) {
    await setSettings(session, { language: 'zh', hoverDelay: 0, theme });
    await expect.poll(() => page.locator(`${POPOVER}[data-theme="${theme}"]`).count()).toBe(1);
    expect(await background()).toBe(BACKGROUND[theme]);
    await page.screenshot({ path: session.shot(`${name}-${theme}`) });
  }
  await setSettings(session, { language: 'zh', hoverDelay: 0, theme: 'auto' });
  for (const colorScheme of ['dark', 'light'] as const) {
    await page.emulateMedia({ colorScheme });
    await expect.poll(background).toBe(BACKGROUND[colorScheme]);
  }
}

/** The popover's box and the viewport, to check it is fully on screen. */
async function popoverBox(page: Page) {
  const box = await page.locator(POPOVER).boundingBox();
  const viewport = page.viewportSize()!;
  return { box: box!, viewport };
}

describe('hover popover on awkward pages', () => {
  beforeEach(() => setSettings(session, { language: 'zh', hoverDelay: 0 }));

  it('works inside an iframe', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.url('iframe.html'));
    const frame = page.frame({ url: /frame-inner/ }) as Frame;
    await frame.waitForLoadState();
    const point = await charCenter(frame, '#inner', '成都', 1);
    const offset = (await page.locator('#frame').boundingBox())!;
    await page.mouse.move(offset.x + point.x + 1, offset.y + point.y + 1);
    const inFrame = frame.locator(POPOVER);
    await expect.poll(() => inFrame.textContent().catch(() => '')).toContain('成都市');
    expect(await inFrame.textContent()).toContain('駐成都經濟貿易辦事處');
    await page.screenshot({ path: session.shot('page-iframe') });
    await page.close();
  });

  it('reads text in an open shadow root', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.url('shadow.html'));
    const changes = await watchPage(page);
    const point = await charCenter(page, '#inside', '长沙', 0, 0, '#card');
    await page.mouse.move(point.x, point.y);
    await expect.poll(() => popoverText(page)).toContain('長沙市');
    expect(await popoverText(page)).toContain('駐湖南聯絡處');
    expect((await changes()).mutations).toEqual([]);
    await shoot(page, 'page-shadow');
    await page.close();
  });

  it('shows a dark popover on a dark page', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.url('dark.html'));
    await hover(page, '#text', '廈門');
    await expect.poll(() => popoverText(page)).toContain('廈門市');
    await shoot(page, 'page-dark');
    await page.close();
  });

  it('is untouched by hostile page CSS', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.url('hostile.html'));
    const changes = await watchPage(page);
    await hover(page, '#text', '深圳', 1);
    await expect.poll(() => popoverText(page)).toContain('深圳市');
    const popover = page.locator(POPOVER);
    expect(await popover.isVisible()).toBe(true);
    // The page's `* { all: unset }` did not reach the popover's own styles.
    const style = await popover.evaluate((el) => {
      const s = getComputedStyle(el);
      return { padding: s.paddingTop, radius: s.borderTopLeftRadius, font: s.fontSize };
    });
    expect(style).toEqual({ padding: '12px', radius: '10px', font: '14px' });
    // Nothing of the page covers it: the element at its centre is the popover.
    const { box } = await popoverBox(page);
    const top = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.tagName, { x: box.x + box.width / 2, y: box.y + 10 });
    expect(top).toBe('HKETO-LENS-POPOVER');
    expect((await changes()).mutations).toEqual([]);
    await shoot(page, 'page-hostile');
    await page.close();
  });

  it('stays inside the viewport at its right and bottom edges', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.url('edges.html'));
    await hover(page, '#right', '拉萨', 1);
    await expect.poll(() => popoverText(page)).toContain('拉薩市');
    let { box, viewport } = await popoverBox(page);
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    await page.screenshot({ path: session.shot('page-edge-right') });

    await hover(page, '#bottom', '昆明');
    await expect.poll(() => popoverText(page)).toContain('昆明市');
    ({ box, viewport } = await popoverBox(page));
    const text = (await page.locator('#bottom').boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(text.y); // flipped above the text
    expect(box.y).toBeGreaterThanOrEqual(0);
    await page.screenshot({ path: session.shot('page-edge-bottom') });
    await page.close();
  });

  it('follows the page into fullscreen', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.url('fullscreen.html'));
    await page.click('#go');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement?.id ?? null)).toBe('stage');
    // Entering fullscreen resizes the window a moment later, which closes any popover.
    await page.waitForTimeout(500);
    await hover(page, '#text', '青岛', 1);
    await expect.poll(() => popoverText(page)).toContain('青島市');
    const { box } = await popoverBox(page);
    const top = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.tagName, { x: box.x + box.width / 2, y: box.y + 10 });
    expect(top).toBe('HKETO-LENS-POPOVER');
    // Its buttons answer the pointer in fullscreen too.
    const pin = page.locator(`${POPOVER} button`, { hasText: '固定' });
    const button = (await pin.boundingBox())!;
    await page.mouse.move(button.x + button.width / 2, button.y + button.height / 2, { steps: 6 });
    await page.mouse.click(button.x + button.width / 2, button.y + button.height / 2);
    await expect.poll(() => page.locator(`${POPOVER}[data-pinned="true"]`).count()).toBe(1);
    await page.screenshot({ path: session.shot('page-fullscreen') });
    await page.evaluate(() => document.exitFullscreen());
    await page.close();
  });

  it('works far down a long page after scrolling, and hides when the page scrolls', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.url('long.html'));
    await page.locator('#far').scrollIntoViewIfNeeded();
    await hover(page, '#far', '西安', 1);
    await expect.poll(() => popoverText(page)).toContain('西安市');
    expect(await popoverText(page)).toContain('駐陝西聯絡處');
    const { box, viewport } = await popoverBox(page);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
    await page.screenshot({ path: session.shot('page-long') });
    await page.mouse.wheel(0, 300);
    await expect.poll(() => page.locator(POPOVER).isVisible()).toBe(false);
    await page.close();
  });
});
