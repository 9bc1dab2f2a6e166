// @vitest-environment happy-dom
/**
 * The content script's lifetime: once WXT's context is invalidated (an update, a reload), nothing
 * of the extension still listens on the page or runs later; and highlight-all waiting for the data.
 */
import { h } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { startContent } from '../../../src/page/content-app';
import { PopoverHost } from '../../../src/page/hover/popover-host';
import type { PageData } from '../../../src/page/page-data';
import { FakeLifetime } from './fakes';

const data: PageData = {
  detectAt: () => null,
  detect: () => [],
  officeOf: () => 'bjo',
  cards: () => [],
  cardText: () => '',
};

function start(ctx: ContentScriptContext, overrides: Partial<Parameters<typeof startContent>[0]> = {}) {
  return startContent({
    doc: document,
    site: 'example.cn',
    browserLanguage: 'zh-HK',
    topFrame: true,
    latinWords: new Set(),
    popoverCss: '',
    highlightCss: '',
    data: { ready: () => data, whenBuilt: async () => data },
    loadSettings: async () => ({ ...DEFAULT_SETTINGS }),
    watchSettings: () => () => {},
    saveSettings: () => {},
    copy: async () => {},
    render: () => h('p', null),
    send: () => {},
    lifetime: ctx,
    ...overrides,
  });
}

beforeEach(() => void vi.spyOn(console, 'debug').mockImplementation(() => {})); // WXT's "context invalidated"
afterEach(() => vi.restoreAllMocks());

describe('content script lifetime', () => {
  it('adds every listener on the window and the document through the lifetime', async () => {
    const ctx = new ContentScriptContext('test');
    const onWindow = vi.spyOn(window, 'addEventListener');
    const onDocument = vi.spyOn(document, 'addEventListener');
    const app = start(ctx);
    await app.handlers.pageSummary({ type: 'pageSummary' }); // settings loaded: the look-up listeners are added
    const onPage = [...onWindow.mock.calls, ...onDocument.mock.calls];
    expect(onPage.map(([type]) => type)).toEqual(
      expect.arrayContaining(['pointermove', 'pointerdown', 'keydown', 'fullscreenchange']),
    );
    ctx.notifyInvalidated();
    const left = onPage.filter(([, , options]) => !(typeof options === 'object' && options.signal?.aborted));
    expect(left.map(([type]) => type)).toEqual([]);
  });

  it('no longer restacks the popover on fullscreen changes once invalidated', async () => {
    const restack = vi.spyOn(PopoverHost.prototype, 'restack');
    const ctx = new ContentScriptContext('test');
    const app = start(ctx);
    await app.handlers.pageSummary({ type: 'pageSummary' });
    document.dispatchEvent(new Event('fullscreenchange'));
    expect(restack).toHaveBeenCalledTimes(1);
    ctx.notifyInvalidated();
    document.dispatchEvent(new Event('fullscreenchange'));
    expect(restack).toHaveBeenCalledTimes(1);
  });
});

describe('highlight-all waiting for the data', () => {
  /** Highlight-all on, with data built only when the test says. */
  function waiting() {
    let build: (() => void) | undefined;
    let ready: PageData | undefined;
    let change: ((settings: typeof DEFAULT_SETTINGS) => void) | undefined;
    const app = start(new ContentScriptContext('test'), {
      data: { ready: () => ready, whenBuilt: () => new Promise((resolve) => (build = () => resolve((ready = data)))) },
      loadSettings: async () => ({ ...DEFAULT_SETTINGS, highlightAll: true }),
      watchSettings: (callback) => ((change = callback), () => {}),
      lifetime: new FakeLifetime(),
    });
    const summary = () => app.handlers.pageSummary({ type: 'pageSummary' });
    // The data's promise settles in microtasks; a macrotask comes after all of them.
    const built = async () => (build!(), await new Promise((resolve) => setImmediate(resolve)));
    return { summary, built, turnOff: () => change!({ ...DEFAULT_SETTINGS, highlightAll: false }) };
  }

  it('says it is scanning while it waits, and scans once the data is built', async () => {
    const page = waiting();
    expect(await page.summary()).toMatchObject({ highlighting: true, scanning: true });
    await page.built();
    expect(await page.summary()).toMatchObject({ highlighting: true });
  });

  it('starts no scan once built if it was turned off meanwhile', async () => {
    const page = waiting();
    await page.summary();
    page.turnOff();
    await page.built();
    expect(await page.summary()).toMatchObject({ highlighting: false, scanning: false });
  });
});
