/**
 * The end-to-end engine for Firefox: a stock Firefox (Debian's firefox-esr, or `$FIREFOX_PATH`)
 * driven by puppeteer-core over WebDriver BiDi, which downloads no browser. The extension's
 * Firefox build is installed as a temporary add-on. Recipe and pitfalls:
 * ../shared/reference/firefox.md.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FIREFOX_EXTENSION_DIR, findFirefox } from '../../../src/cli/firefox';
import { activeTabId, CAPABILITIES, extensionCall, resized, type Engine, type Tab } from './engine';

const GECKO_ID = 'hketo-lens@hketo-lens.invalid';
/** A fixed moz-extension:// host, so that tests can address the extension's pages. */
const UUID = '6c1f0a52-9d1e-4c57-9a52-0e5b3c1a7e11';

/**
 * The BiDi browsing context behind a puppeteer page. puppeteer 24.43's `goto()` to a
 * moz-extension:// page times out in Firefox 140 and 153 although the page loads, and its
 * `setViewport()` sends a command ESR 140 lacks; the raw BiDi commands work in both (2026-12).
 */
interface BrowsingContext {
  navigate(url: string, wait?: 'none' | 'interactive' | 'complete'): Promise<void>;
  setViewport(options: { viewport: { width: number; height: number } | null }): Promise<void>;
}
const VIEWPORT = { width: 1000, height: 700 };
const contextOf = (page: Page) => (page.mainFrame() as unknown as { browsingContext: BrowsingContext }).browsingContext;

export async function launchFirefox(): Promise<Engine> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'hketo-lens-firefox-'));
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    userDataDir: profile,
    // Extension pages can be opened in a tab over BiDi only with this (Firefox 138+).
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
      // No animation: screenshots show the finished popover, not a frame of its fade-in.
      'ui.prefersReducedMotion': 1,
      'intl.accept_languages': 'en-US',
      // Lets a test read back what the extension copied (navigator.clipboard.readText).
      'dom.events.testing.asyncClipboard': true,
    },
  });
  await browser.installExtension(FIREFOX_EXTENSION_DIR);
  let control: Page | null = null;

  async function tab(page: Page, initial = VIEWPORT): Promise<Tab> {
    const requests: string[] = [];
    page.on('request', (request) => void requests.push(request.url()));
    // E2E_CONSOLE=1 prints what the page and its content scripts log: Firefox shows a content
    // script's errors nowhere else a test can see.
    if (process.env.E2E_CONSOLE) {
      page.on('console', (m) => console.log(`console ${m.type()}: ${m.text()}`));
      page.on('pageerror', (e) => console.log(`page error: ${String(e)}`));
    }
    let size = initial;
    await contextOf(page).setViewport({ viewport: size });
    const frame = (part: string) => {
      const found = page.frames().find((f) => f !== page.mainFrame() && f.url().includes(part));
      if (!found) throw new Error(`no frame at ${part}`);
      return found;
    };
    return {
      goto: (url) => contextOf(page).navigate(url, 'complete'),
      url: () => page.url(),
      evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
      evaluateInFrame: async (part, fn, arg) => frame(part).evaluate(fn as never, arg) as never,
      move: (x, y, steps = 1) => page.mouse.move(x, y, { steps }),
      click: (x, y) => page.mouse.click(x, y),
      wheel: (deltaY) => page.mouse.wheel({ deltaY }),
      // BiDi input.performActions with a touch pointer: pointerdown/up of type touch, then a click.
      tap: (x, y) => page.touchscreen.tap(x, y),
      async emulatePhone(width = 390, height = 844) {
        size = { width, height };
        await contextOf(page).setViewport({ viewport: size });
        await page.evaluate(resized);
      },
      press: (key) => page.keyboard.press(key as never),
      keyDown: (key) => page.keyboard.down(key as never),
      keyUp: (key) => page.keyboard.up(key as never),
      async setViewport(width, height) {
        size = { width, height };
        await contextOf(page).setViewport({ viewport: size });
        await page.evaluate(resized);
      },
      viewport: async () => size,
      pinchZoom: () => Promise.reject(new Error('Firefox over BiDi can neither pinch nor set the page scale')),
      emulateColorScheme: () =>
        Promise.reject(new Error('Firefox over BiDi cannot emulate prefers-color-scheme per page')),
      screenshot: async (file) => void (await page.screenshot({ path: file as `${string}.png` })),
      front: () => page.bringToFront(),
      close: () => page.close(),
      requests: () => [...requests],
    };
  }

  const inExtension: Engine['inExtension'] = async (fn, arg) => {
    if (!control) {
      control = await browser.newPage();
      // `tabId=none`: the popup serves as a control page here, over no tab.
      await contextOf(control).navigate(`moz-extension://${UUID}/popup.html?tabId=none`, 'complete');
    }
    return control.evaluate(extensionCall(fn, arg)) as never;
  };

  return {
    name: 'firefox',
    version: (await browser.version()).replace(/^firefox\//, 'Firefox '),
    can: CAPABILITIES.firefox,
    extensionUrl: (file) => `moz-extension://${UUID}/${file}`,
    async open(url, viewport) {
      // A window of its own for each page, as a toolbar popup and the page under it are both
      // on screen: Firefox throttles idle callbacks and timers in background tabs, where a
      // page's highlight-all scan would wait (153, 2026-12).
      const opened = await tab(await browser.newPage({ type: 'window' }), viewport);
      await opened.goto(url);
      return opened;
    },
    inExtension,
    tabIdOf: activeTabId(inExtension),
    stopBackground: () => Promise.reject(new Error('Firefox: the background cannot be stopped over BiDi')),
    async close() {
      await browser.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}
