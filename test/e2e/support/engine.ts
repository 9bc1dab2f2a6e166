/**
 * One interface over the browsers the end-to-end suite drives, so that every test is written once
 * and runs in each: Chromium through playwright-core (DevTools protocol) and Firefox through
 * puppeteer-core (WebDriver BiDi). `E2E_ENGINE` picks the engine of a run (chromium by default).
 *
 * Tests act as a user would: real pointer moves and clicks at coordinates, real key presses.
 * What they read from pages they read with `evaluate`, which both protocols run the same way.
 */

export type EngineName = 'chromium' | 'firefox';

/** What one engine can do here; a test that needs more than its engine can is not defined for it. */
export interface Capabilities {
  /** `requestFullscreen` works (headless Firefox 140–153 refuses it). */
  fullscreen: boolean;
  /** The background can be stopped from outside (Chromium's service worker, over CDP). */
  stopBackground: boolean;
  /** `prefers-color-scheme` can be emulated per page. */
  colorScheme: boolean;
  /**
   * `emulatePhone` makes a mobile device: `(hover: none)` and `(pointer: coarse)` match and the
   * viewport meta tag applies (Chromium's device emulation). Elsewhere it only sizes the viewport.
   */
  phone: boolean;
  /** `pinchZoom` works (Chromium's page scale factor; BiDi has no way to scale a page). */
  pinch: boolean;
}

export interface Tab {
  goto(url: string): Promise<void>;
  url(): string;
  /** Runs `fn` (or evaluates a script's source) in the page, its main frame. */
  evaluate<R, A = undefined>(fn: ((arg: A) => R | Promise<R>) | string, arg?: A): Promise<R>;
  /** Runs `fn` in the first child frame whose address contains `part`. */
  evaluateInFrame<R, A = undefined>(part: string, fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  move(x: number, y: number, steps?: number): Promise<void>;
  click(x: number, y: number): Promise<void>;
  wheel(deltaY: number): Promise<void>;
  /** A finger's tap at (x, y): touch pointer events, then the click a browser makes of them. */
  tap(x: number, y: number): Promise<void>;
  /** A phone's screen from now on (390 × 844 CSS px unless told), touch input, and (where `can.phone`) a mobile viewport. */
  emulatePhone(width?: number, height?: number): Promise<void>;
  /** Zooms the page by `scale` from its top-left corner, as two fingers would, where `can.pinch`. */
  pinchZoom(scale: number): Promise<void>;
  press(key: string): Promise<void>;
  keyDown(key: string): Promise<void>;
  keyUp(key: string): Promise<void>;
  /** Sizes the viewport; like `emulatePhone`, it resolves once the page has been told (`resized`). */
  setViewport(width: number, height: number): Promise<void>;
  viewport(): Promise<{ width: number; height: number }>;
  emulateColorScheme(scheme: 'light' | 'dark'): Promise<void>;
  screenshot(path: string): Promise<void>;
  /** Makes this the active tab of its window. */
  front(): Promise<void>;
  close(): Promise<void>;
  /** Every request the tab sent since it opened (its frames' and its content scripts'). */
  requests(): string[];
}

export interface Engine {
  name: EngineName;
  /** Product and version, as the browser reports it. */
  version: string;
  can: Capabilities;
  /** Address of a page of the extension: `popup.html?q=…`. */
  extensionUrl(path: string): string;
  /** A new tab at `url`, loaded, with a viewport of 1000 × 700 unless `viewport` says otherwise. */
  open(url: string, viewport?: { width: number; height: number }): Promise<Tab>;
  /**
   * Runs `fn` with the extension's API object (`chrome` or `browser`) in an extension page kept
   * open for the purpose, as the popup or background would.
   */
  inExtension<R, A = undefined>(fn: (api: ExtensionApi, arg: A) => Promise<R>, arg?: A): Promise<R>;
  /** The extension's id for a tab (brought to the front: it reads the active tab, as the popup does). */
  tabIdOf(tab: Tab): Promise<number>;
  /** Stops the extension's background (service worker), where `can.stopBackground`. */
  stopBackground(): Promise<void>;
  close(): Promise<void>;
}

/** The part of the extension API the tests call; the same in `chrome.*` and `browser.*`. */
export interface ExtensionApi {
  storage: { local: { set(items: object): Promise<void>; get(key: string | null): Promise<Record<string, unknown>> } };
  tabs: {
    query(query: object): Promise<Array<{ id?: number; url?: string }>>;
    sendMessage(tabId: number, message: unknown, options: object): Promise<unknown>;
  };
  action: { getBadgeText(details: object): Promise<string> };
  permissions: {
    contains(p: object): Promise<boolean>;
    remove(p: object): Promise<boolean>;
  };
  runtime: { getManifest(): Record<string, unknown> };
}

/**
 * The expression that calls `fn` with the extension API and `arg` in an extension page or worker.
 * It is evaluated as a string: the extension's content security policy forbids eval() inside it,
 * but not the debugging protocol's own evaluation.
 */
export function extensionCall(fn: (api: ExtensionApi, arg: never) => Promise<unknown>, arg: unknown): string {
  return `(${fn.toString()})(globalThis.browser ?? globalThis.chrome, ${JSON.stringify(arg ?? null)})`;
}

/** `tabIdOf` for an engine: the tab is brought to the front and the active tab read, as the popup does. */
export function activeTabId(inExtension: Engine['inExtension']): Engine['tabIdOf'] {
  return async (tab) => {
    await tab.front();
    return inExtension(async (api) => {
      const [active] = await api.tabs.query({ active: true, lastFocusedWindow: true });
      return active!.id!;
    });
  };
}

/**
 * In the page: resolves after two animation frames, by when the page has had the resize event of
 * a viewport change. Chromium 156 and Firefox 153 resolve their viewport commands with the new
 * size already in place but dispatch the event at the next rendering step, up to ~10 ms later at
 * idle (2026-12): a tap in between showed its popover, and the late resize then closed it.
 */
export const resized = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

export const ENGINE: EngineName = process.env.E2E_ENGINE === 'firefox' ? 'firefox' : 'chromium';

export const CAPABILITIES: Record<EngineName, Capabilities> = {
  chromium: { fullscreen: true, stopBackground: true, colorScheme: true, phone: true, pinch: true },
  // Headless Firefox refuses requestFullscreen; BiDi has no per-page colour-scheme emulation, and
  // Firefox's background is an event page that BiDi cannot stop (ESR 140 and 153, 2026-12).
  // BiDi has no device emulation either: a phone is a 390 × 844 viewport with touch actions.
  firefox: { fullscreen: false, stopBackground: false, colorScheme: false, phone: false, pinch: false },
};

/** What this run's engine can do, known before the browser starts (for defining tests). */
export const CAN = CAPABILITIES[ENGINE];

export async function launchEngine(name: EngineName = ENGINE): Promise<Engine> {
  if (name === 'firefox') return (await import('./engine-firefox')).launchFirefox();
  return (await import('./engine-chromium')).launchChromium();
}
