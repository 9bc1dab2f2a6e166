/**
 * The popover on the awkward pages of real sites: an iframe, an open shadow root, a dark page,
 * hostile CSS, the viewport's edges, a long scrolled page, fullscreen. Each case checks the
 * popover's text, that the page did not change, and saves a screenshot in both themes.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { CAN, type Tab } from './support/engine';
import { charCenter, clickAt, hover, popover, popoverText, popoverVisible, watchPage } from './support/page-helpers';
import { setSettings, useSession } from './support/session';

const session = useSession();

const BACKGROUND = { light: 'rgb(255, 255, 255)', dark: 'rgb(31, 33, 36)' };

/** Screenshots in both themes, each checked by its background; 'auto' follows the system's where it can be emulated. */
async function shoot(page: Tab, name: string) {
  for (const theme of ['light', 'dark'] as const) {
    await setSettings(session, { language: 'zh', hoverDelay: 0, theme });
    await expect.poll(async () => (await popover(page))?.theme).toBe(theme);
    expect((await popover(page))?.background).toBe(BACKGROUND[theme]);
    await page.screenshot(session.shot(`${name}-${theme}`));
  }
  await setSettings(session, { language: 'zh', hoverDelay: 0, theme: 'auto' });
  if (!CAN.colorScheme) return;
  for (const colorScheme of ['dark', 'light'] as const) {
    await page.emulateColorScheme(colorScheme);
    await expect.poll(async () => (await popover(page))?.background).toBe(BACKGROUND[colorScheme]);
  }
}

/** The popover's box and the viewport, to check it is fully on screen. */
async function popoverBox(page: Tab) {
  return { box: (await popover(page))!.box, viewport: await page.viewport() };
}

/** The tag of the element at the top of the popover's box: the popover's host if nothing covers it. */
async function topElementOverPopover(page: Tab) {
  const { box } = await popoverBox(page);
  return page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.tagName, {
    x: box.x + box.width / 2,
    y: box.y + 10,
  });
}

describe('hover popover on awkward pages', () => {
  beforeEach(() => setSettings(session, { language: 'zh', hoverDelay: 0 }));

  it('works inside an iframe', async () => {
    const page = await session.open('iframe.html');
    await expect
      .poll(() => page.evaluateInFrame('frame-inner', () => document.readyState).catch(() => ''))
      .toBe('complete');
    const point = await charCenter(page, { selector: '#inner', text: '成都', charIndex: 1 }, 'frame-inner');
    const offset = await page.evaluate(() => {
      const frame = document.querySelector('#frame')!.getBoundingClientRect();
      return { x: frame.x + 1, y: frame.y + 1 }; // the iframe's 1px border
    });
    await page.move(offset.x + point.x, offset.y + point.y);
    await expect.poll(() => popoverText(page, 'frame-inner').catch(() => '')).toContain('成都市');
    expect(await popoverText(page, 'frame-inner')).toContain('駐成都經濟貿易辦事處');
    await page.screenshot(session.shot('page-iframe'));
    await page.close();
  });

  it('reads text in an open shadow root', async () => {
    const page = await session.open('shadow.html');
    const changes = await watchPage(page);
    const point = await charCenter(page, { selector: '#inside', text: '长沙', shadowHost: '#card' });
    await page.move(point.x, point.y);
    await expect.poll(() => popoverText(page)).toContain('長沙市');
    expect(await popoverText(page)).toContain('駐湖南聯絡處');
    expect((await changes()).mutations).toEqual([]);
    await shoot(page, 'page-shadow');
    await page.close();
  });

  it('shows a dark popover on a dark page', async () => {
    const page = await session.open('dark.html');
    await hover(page, '#text', '廈門');
    await expect.poll(() => popoverText(page)).toContain('廈門市');
    await shoot(page, 'page-dark');
    await page.close();
  });

  it('is untouched by hostile page CSS', async () => {
    const page = await session.open('hostile.html');
    const changes = await watchPage(page);
    await hover(page, '#text', '深圳', 1);
    await expect.poll(() => popoverText(page)).toContain('深圳市');
    expect(await popoverVisible(page)).toBe(true);
    // The page's `* { all: unset }` did not reach the popover's own styles.
    const style = await page.evaluate(() => {
      const s = getComputedStyle(
        document.querySelector('hketo-lens-popover')!.shadowRoot!.querySelector('[data-testid="popover"]')!,
      );
      return { padding: s.paddingTop, radius: s.borderTopLeftRadius, font: s.fontSize };
    });
    expect(style).toEqual({ padding: '12px', radius: '10px', font: '14px' });
    // Nothing of the page covers it: the element at its centre is the popover.
    expect(await topElementOverPopover(page)).toBe('HKETO-LENS-POPOVER');
    expect((await changes()).mutations).toEqual([]);
    await shoot(page, 'page-hostile');
    await page.close();
  });

  it('stays inside the viewport at its right and bottom edges', async () => {
    const page = await session.open('edges.html');
    await hover(page, '#right', '拉萨', 1);
    await expect.poll(() => popoverText(page)).toContain('拉薩市');
    let { box, viewport } = await popoverBox(page);
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    await page.screenshot(session.shot('page-edge-right'));

    await hover(page, '#bottom', '昆明');
    await expect.poll(() => popoverText(page)).toContain('昆明市');
    ({ box, viewport } = await popoverBox(page));
    const textTop = await page.evaluate(() => document.querySelector('#bottom')!.getBoundingClientRect().y);
    expect(box.y + box.height).toBeLessThanOrEqual(textTop); // flipped above the text
    expect(box.y).toBeGreaterThanOrEqual(0);
    await page.screenshot(session.shot('page-edge-bottom'));
    await page.close();
  });

  it.runIf(CAN.fullscreen)('follows the page into fullscreen', async () => {
    const page = await session.open('fullscreen.html');
    await clickAt(page, '#go');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement?.id ?? null)).toBe('stage');
    await hover(page, '#text', '青岛', 1);
    await expect.poll(() => popoverText(page)).toContain('青島市');
    expect(await topElementOverPopover(page)).toBe('HKETO-LENS-POPOVER');
    // Its buttons answer the pointer in fullscreen too.
    await clickAt(page, 'button', '固定');
    await expect.poll(async () => (await popover(page))?.pinned).toBe(true);
    await page.screenshot(session.shot('page-fullscreen'));
    await page.evaluate(() => document.exitFullscreen());
    await page.close();
  });

  it('works far down a long page after scrolling, and hides when the page scrolls', async () => {
    const page = await session.open('long.html');
    await page.evaluate(() => document.querySelector('#far')!.scrollIntoView({ block: 'center' }));
    await hover(page, '#far', '西安', 1);
    await expect.poll(() => popoverText(page)).toContain('西安市');
    expect(await popoverText(page)).toContain('駐陝西聯絡處');
    const { box, viewport } = await popoverBox(page);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
    await page.screenshot(session.shot('page-long'));
    await page.wheel(300);
    await expect.poll(() => popoverVisible(page)).toBe(false);
    await page.close();
  });
});
