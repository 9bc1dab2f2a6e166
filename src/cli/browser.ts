/**
 * Chromium with the built extension loaded, and a static server for local pages: used by
 * `npm start` and by the end-to-end tests. No browser is downloaded: the system's is used.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { findBrowser } from './find-browser';
import { chromium, type BrowserContext, type Frame, type Page, type Worker } from 'playwright-core';

export const EXTENSION_DIR = path.resolve(import.meta.dirname, '../../.output/chrome-mv3');

/** The browser to drive: $CHROMIUM_PATH, else the first installed Chromium or Chrome. */
export const findChromium = () =>
  findBrowser({
    name: 'Chromium or Chrome',
    envVar: 'CHROMIUM_PATH',
    debianPackage: 'chromium',
    candidates: [
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/usr/bin/google-chrome',
      '/usr/bin/google-chrome-stable',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    ],
  });

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  close(): Promise<void>;
}

export async function launchWithExtension(
  options: { headless?: boolean; extensionDir?: string } = {},
): Promise<ExtensionBrowser> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!fs.existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`${extensionDir}/manifest.json not found: run \`npm run build\` first.`);
  }
  // Playwright passes --disable-extensions by default; this flag is the documented way around it.
  const args = [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`];
  const browser = await launchChromium({ headless: options.headless, args });
  const { context } = browser;
  const serviceWorker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  return { ...browser, extensionId: new URL(serviceWorker.url()).host, serviceWorker };
}

/** Chromium as launchWithExtension starts it, without the extension unless `args` load it: the benchmarks' baseline. */
export async function launchChromium(
  options: { headless?: boolean; args?: string[] } = {},
): Promise<Pick<ExtensionBrowser, 'context' | 'close'>> {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hketo-lens-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: options.headless ?? true,
    viewport: { width: 1000, height: 700 },
    // No animation: screenshots show the finished popover, not a frame of its fade-in.
    reducedMotion: 'reduce',
    args: [
      ...(options.args ?? []),
      '--no-sandbox',
      '--disable-gpu',
      // This machine has no outside network: without these, Chromium retries refused connections.
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--lang=en-US',
    ],
  });
  return {
    context,
    async close() {
      await context.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
};

/** Serves the files of `root` (and any extra in-memory pages) on 127.0.0.1 at a free port. */
export async function serveDirectory(root: string, extra: Record<string, string> = {}) {
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const page = extra[url.pathname];
    if (page !== undefined) {
      response.writeHead(200, { 'content-type': TYPES['.html']! }).end(page);
      return;
    }
    const file = path.join(root, path.normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, ''));
    if (!file.startsWith(root) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * In the page: the viewport centre of one character, character `charIndex` of the `nth`
 * occurrence of `text` in the element `selector` (inside the open shadow root of `shadowHost`,
 * if given). Text split across nodes (<b>杭</b>州) is found too. Self-contained, for `evaluate`
 * in any engine.
 */
export function charCenterInPage(target: {
  selector: string;
  text: string;
  charIndex: number;
  nth: number;
  shadowHost?: string;
}): {
  x: number;
  y: number;
} {
  const { selector, text, charIndex, nth, shadowHost } = target;
  const scope = shadowHost ? document.querySelector(shadowHost)?.shadowRoot : document;
  const root = scope?.querySelector(selector);
  if (!root) throw new Error(`no element ${selector}`);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  const whole = nodes.map((n) => n.data).join('');
  let at = -1;
  for (let i = 0; i <= nth; i++) at = whole.indexOf(text, at + 1);
  if (at < 0) throw new Error(`no "${text}" in ${selector}`);
  let offset = at + charIndex;
  for (const node of nodes) {
    if (offset < node.data.length) {
      const range = document.createRange();
      range.setStart(node, offset);
      range.setEnd(node, offset + 1);
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    offset -= node.data.length;
  }
  throw new Error('offset out of range');
}

/** charCenterInPage in a playwright page or frame. */
export async function charCenter(
  target: Page | Frame,
  selector: string,
  text: string,
  charIndex = 0,
  nth = 0,
): Promise<{ x: number; y: number }> {
  return target.evaluate(charCenterInPage, { selector, text, charIndex, nth });
}
