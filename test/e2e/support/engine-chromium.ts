/** The end-to-end engine for Chromium: playwright-core over the DevTools protocol. */
import fs from 'node:fs';
import type { CDPSession, Frame, Page } from 'playwright-core';
import { launchWithExtension } from '../../../src/cli/browser';
import { activeTabId, CAPABILITIES, extensionCall, resized, type Engine, type Tab } from './engine';

/** A phone of 2026's common size (CSS px), at a modest pixel ratio to keep screenshots small. */
const PHONE = { width: 390, height: 844, deviceScaleFactor: 2 };

export async function launchChromium(): Promise<Engine> {
  const browser = await launchWithExtension();
  const { context, extensionId } = browser;
  // The copy test reads back what the extension wrote.
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  let workerStopped = false;
  let control: Page | null = null;

  function tab(page: Page): Tab {
    const requests: string[] = [];
    // playwright's touchscreen needs a context made with `hasTouch`, which a persistent context
    // with an extension cannot be given per page: touch and the phone go through CDP instead.
    let cdp: CDPSession | null = null;
    const session = async () => (cdp ??= await context.newCDPSession(page));
    page.on('request', (request) => requests.push(request.url()));
    const frame = (part: string): Frame => {
      const found = page.frames().find((f) => f !== page.mainFrame() && f.url().includes(part));
      if (!found) throw new Error(`no frame at ${part}`);
      return found;
    };
    return {
      goto: async (url) => void (await page.goto(url)),
      url: () => page.url(),
      evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
      evaluateInFrame: async (part, fn, arg) => frame(part).evaluate(fn as never, arg) as never,
      move: (x, y, steps = 1) => page.mouse.move(x, y, { steps }),
      click: (x, y) => page.mouse.click(x, y),
      wheel: (deltaY) => page.mouse.wheel(0, deltaY),
      async tap(x, y) {
        const send = await session();
        await send.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
        await send.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      },
      async emulatePhone(width = PHONE.width, height = PHONE.height) {
        const send = await session();
        await send.send('Emulation.setDeviceMetricsOverride', { ...PHONE, width, height, mobile: true });
        await send.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
        await page.evaluate(resized);
      },
      press: (key) => page.keyboard.press(key),
      keyDown: (key) => page.keyboard.down(key),
      keyUp: (key) => page.keyboard.up(key),
      async setViewport(width, height) {
        await page.setViewportSize({ width, height });
        await page.evaluate(resized);
      },
      viewport: async () => page.viewportSize() ?? { width: 0, height: 0 },
      emulateColorScheme: (colorScheme) => page.emulateMedia({ colorScheme }),
      async pinchZoom(scaleFactor) {
        // Headless Chromium 156 ignores Input.synthesizePinchGesture (2026-12); the page scale
        // factor is the zoom a pinch makes, from the page's top-left corner.
        await (await session()).send('Emulation.setPageScaleFactor', { pageScaleFactor: scaleFactor });
      },
      async screenshot(path) {
        // playwright's screenshot puts back its own viewport for the capture, undoing a phone's.
        if (!cdp) return void (await page.screenshot({ path }));
        const { data } = await cdp.send('Page.captureScreenshot', { format: 'png' });
        fs.writeFileSync(path, Buffer.from(data, 'base64'));
      },
      front: () => page.bringToFront(),
      close: () => page.close(),
      requests: () => [...requests],
    };
  }

  const inExtension: Engine['inExtension'] = async (fn, arg) => {
    const expression = extensionCall(fn, arg);
    if (!workerStopped) return browser.serviceWorker.evaluate(expression) as never;
    // A stopped worker cannot be evaluated in: an extension page serves instead.
    if (!control) {
      control = await context.newPage();
      await control.goto(`chrome-extension://${extensionId}/popup.html?tabId=none`);
    }
    return control.evaluate(expression) as never;
  };

  return {
    name: 'chromium',
    version: `Chromium ${context.browser()?.version() ?? ''}`.trim(),
    can: CAPABILITIES.chromium,
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path}`,
    async open(url, viewport) {
      const page = await context.newPage();
      if (viewport) await page.setViewportSize(viewport);
      const opened = tab(page);
      await opened.goto(url);
      return opened;
    },
    inExtension,
    tabIdOf: activeTabId(inExtension),
    async stopBackground() {
      const page = context.pages()[0] ?? (await context.newPage());
      const cdp = await context.newCDPSession(page);
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await cdp.detach();
      workerStopped = true;
    },
    close: () => browser.close(),
  };
}
