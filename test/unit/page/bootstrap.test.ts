// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/core/settings';
import { startBootstrap, type BootstrapDeps } from '../../../src/page/bootstrap/bootstrap';
import type { Handoff, MainWork } from '../../../src/page/bootstrap/handoff';
import type { Lifetime } from '../../../src/page/lifetime';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A bootstrap over the current document, with idle callbacks run by hand and a fake injection. */
function boot(
  stored: Partial<Settings> = {},
  options: { topFrame?: boolean; site?: string | null } = {},
  overrides: Partial<BootstrapDeps> = {},
) {
  const idleTasks: Array<() => void> = [];
  const watchers: Array<(settings: Settings) => void> = [];
  const handoffs: Handoff[] = [];
  const main = {
    handlers: {
      pageSite: vi.fn(() => ({ site: 'main' })),
      pageSummary: vi.fn(async () => ({ highlighting: true, scanning: false, places: [{ code: '440300', count: 1 }] })),
      reveal: vi.fn(() => ({ revealed: true })),
      lookupSelection: vi.fn(async () => ({ found: true })),
    },
  };
  // Idle callbacks wait to be run by hand; the rest run at once.
  const lifetime = {
    addEventListener: () => {},
    setTimeout: (handler: () => void) => (handler(), 0),
    requestAnimationFrame: (callback: FrameRequestCallback) => (callback(0), 0),
    requestIdleCallback: (callback: IdleRequestCallback) => (
      idleTasks.push(() => callback({ didTimeout: false, timeRemaining: () => 10 })),
      0
    ),
    onInvalidated: () => () => {},
    isValid: true,
  } as Lifetime;
  const deps: BootstrapDeps = {
    doc: document,
    site: options.site === undefined ? 'example.com' : options.site,
    topFrame: options.topFrame ?? true,
    latinWords: new Set(['xian']),
    loadSettings: vi.fn(async () => ({ ...DEFAULT_SETTINGS, ...stored })),
    watchSettings: (callback) => (watchers.push(callback), () => {}),
    send: vi.fn(),
    inject: vi.fn(async (handoff: Handoff) => {
      handoffs.push(handoff);
      handoff.started(main);
    }),
    lifetime,
    timed: (task) => task,
    ...overrides,
  };
  const bootstrap = startBootstrap(deps);
  return {
    deps,
    main,
    handoffs,
    bootstrap,
    async idle() {
      await flush();
      for (let task = idleTasks.shift(); task; task = idleTasks.shift()) task();
      await flush();
    },
    change: (next: Partial<Settings>) => watchers.forEach((watch) => watch({ ...DEFAULT_SETTINGS, ...next })),
  };
}

/** A lifetime whose listeners are real (and listed, to be removed), with timers and idle callbacks run soon after. */
function listening(listeners: Array<[EventTarget, string, EventListener]>): Lifetime {
  return {
    addEventListener: (target: EventTarget, type: string, listener: EventListener) => {
      target.addEventListener(type, listener);
      listeners.push([target, type, listener]);
    },
    setTimeout: (handler: () => void) => window.setTimeout(handler, 0),
    requestAnimationFrame: (callback: FrameRequestCallback) => (callback(0), 0),
    requestIdleCallback: (callback: IdleRequestCallback) =>
      window.setTimeout(() => callback({ didTimeout: false, timeRemaining: () => 10 }), 0),
    onInvalidated: () => () => {},
    isValid: true,
  } as Lifetime;
}

/**
 * An injection that takes its time, as on a loaded machine: the real work comes when the test
 * calls `arrive`, adds its listeners through `listen`, and starts.
 */
function lateRealWork(listen: (lifetime: Lifetime) => void) {
  let handoff: Handoff | undefined;
  let injected = () => {};
  return {
    inject: vi.fn(
      (given: Handoff) =>
        new Promise<void>((resolve) => {
          handoff = given;
          injected = resolve;
        }),
    ),
    arrive(handlers: MainWork['handlers']) {
      listen(handoff!.lifetime);
      handoff!.started({ handlers });
      injected();
    },
  };
}

describe('bootstrap content script', () => {
  it('loads nothing in a frame of English, and reads the settings once', async () => {
    document.body.innerHTML = '<p>Nothing to see here, only English.</p>';
    const frame = await boot();
    await frame.idle();
    expect(frame.deps.inject).not.toHaveBeenCalled();
    expect(frame.deps.loadSettings).toHaveBeenCalledTimes(1);
    expect(frame.deps.send).not.toHaveBeenCalled();
  });

  it('loads the real work once where the frame has Chinese text, and asks it to build the data at idle', async () => {
    document.body.innerHTML = '<p>News from 深圳 and 杭州</p>';
    const frame = boot();
    await frame.idle();
    frame.change({ hoverDelay: 100 });
    await frame.idle();
    expect(frame.deps.inject).toHaveBeenCalledTimes(1);
    expect(frame.handoffs[0]!.preloadData).toBe(true);
    expect((await frame.handoffs[0]!.settings()).hoverDelay).toBe(100);
    expect(frame.handoffs[0]!.latinWords.has('xian')).toBe(true);
  });

  it('looks for Latin names in the page only with Underline all on', async () => {
    document.body.innerHTML = "<p>We flew to Xi'an.</p>";
    const off = boot();
    await off.idle();
    expect(off.deps.inject).not.toHaveBeenCalled();
    off.change({ highlightAll: true });
    await off.idle();
    expect(off.deps.inject).toHaveBeenCalledTimes(1);
  });

  it('sees Chinese text the page adds later', async () => {
    document.body.innerHTML = '<p>Loading…</p>';
    const frame = boot();
    await frame.idle();
    expect(frame.deps.inject).not.toHaveBeenCalled();
    document.body.append(Object.assign(document.createElement('p'), { textContent: '成都的新闻' }));
    await frame.idle();
    expect(frame.deps.inject).toHaveBeenCalledTimes(1);
  });

  it('does nothing on a site switched off, and tells the badge from the top frame only', async () => {
    document.body.innerHTML = '<p>深圳</p>';
    const top = boot({ disabledSites: ['example.com'] });
    const inner = boot({ disabledSites: ['example.com'] }, { topFrame: false });
    await top.idle();
    await inner.idle();
    expect(top.deps.inject).not.toHaveBeenCalled();
    expect(top.deps.send).toHaveBeenCalledWith({ type: 'siteState', active: false });
    expect(inner.deps.send).not.toHaveBeenCalled();
    top.change({});
    await top.idle();
    expect(top.deps.send).toHaveBeenLastCalledWith({ type: 'siteState', active: true });
    expect(top.deps.inject).toHaveBeenCalledTimes(1);
  });

  it('answers the popup without loading anything, and loads for a look-up of the selection', async () => {
    document.body.innerHTML = '<p>English</p>';
    const frame = boot({ highlightAll: true });
    await frame.idle();
    expect(await frame.bootstrap.handlers.pageSite({ type: 'pageSite' })).toEqual({ site: 'example.com' });
    expect(await frame.bootstrap.handlers.pageSummary({ type: 'pageSummary' })).toEqual({
      highlighting: true,
      scanning: false,
      places: [],
    });
    expect(await frame.bootstrap.handlers.reveal({ type: 'reveal', code: '440300' })).toEqual({ revealed: false });
    expect(frame.deps.inject).not.toHaveBeenCalled();
    expect(await frame.bootstrap.handlers.lookupSelection({ type: 'lookupSelection', text: '深圳' })).toEqual({
      found: true,
    });
    expect(frame.deps.inject).toHaveBeenCalledTimes(1);
    expect(frame.handoffs[0]!.preloadData).toBe(false);
    // Once the real work has come, it answers.
    expect(await frame.bootstrap.handlers.pageSummary({ type: 'pageSummary' })).toMatchObject({
      places: [{ code: '440300', count: 1 }],
    });
    expect(await frame.bootstrap.handlers.reveal({ type: 'reveal', code: '440300' })).toEqual({ revealed: true });
    expect(frame.main.handlers.pageSummary).toHaveBeenLastCalledWith({ type: 'pageSummary' });
  });

  it('tries again when the background could not run the real work', async () => {
    document.body.innerHTML = '<p>English</p>';
    const frame = boot();
    await frame.idle();
    vi.mocked(frame.deps.inject).mockRejectedValueOnce(new Error('no background'));
    await expect(frame.bootstrap.handlers.lookupSelection({ type: 'lookupSelection', text: '深圳' })).rejects.toThrow(
      'no background',
    );
    expect(await frame.bootstrap.handlers.lookupSelection({ type: 'lookupSelection', text: '深圳' })).toEqual({
      found: true,
    });
  });

  it('gives the real work the pointer moves made while it was on its way, the latest one', async () => {
    document.body.innerHTML = '<p>深圳的天气</p>';
    const listeners: Array<[EventTarget, string, EventListener]> = [];
    const seen: Array<[string, number]> = [];
    const work = lateRealWork((lifetime) =>
      lifetime.addEventListener(window, 'pointermove', (event) => seen.push([event.type, event.clientX])),
    );
    const frame = boot({}, {}, { lifetime: listening(listeners), inject: work.inject });
    await vi.waitFor(() => expect(frame.deps.inject).toHaveBeenCalledTimes(1));
    for (const clientX of [10, 20])
      window.dispatchEvent(new PointerEvent('pointermove', { clientX, pointerType: 'mouse' }));
    work.arrive(frame.main.handlers);
    await vi.waitFor(() => expect(seen).toEqual([['pointermove', 20]]));
    // Once it listens, the page's moves are its own: none is given twice.
    window.dispatchEvent(new PointerEvent('pointermove', { clientX: 30, pointerType: 'mouse' }));
    await flush();
    expect(seen).toEqual([
      ['pointermove', 20],
      ['pointermove', 30],
    ]);
    for (const [target, type, listener] of listeners) target.removeEventListener(type, listener);
  });

  it('judges a tap that comes before the settings are read once they are, instead of dropping it', async () => {
    document.body.innerHTML = '<p>Only English here, and <button id="go">a button</button>.</p>';
    document.documentElement.setAttribute('data-hketo-lens-bench', '');
    const listeners: Array<[EventTarget, string, EventListener]> = [];
    let read = (_settings: Settings) => {};
    boot(
      {},
      {},
      {
        loadSettings: () => new Promise<Settings>((resolve) => (read = resolve)),
        lifetime: listening(listeners),
      },
    );
    const marks = () =>
      performance
        .getEntriesByType('mark')
        .map((mark) => mark.name)
        .filter((name) => name.startsWith('hketo-lens:decided tap'));
    const button = document.getElementById('go')!;
    window.dispatchEvent(new PointerEvent('pointerdown', { clientX: 12, clientY: 34, pointerType: 'touch' }));
    button.dispatchEvent(new MouseEvent('click', { clientX: 12, clientY: 34, bubbles: true }));
    await flush();
    expect(marks()).toEqual([]);
    read({ ...DEFAULT_SETTINGS });
    await vi.waitFor(() => expect(marks()).toEqual(['hketo-lens:decided tap page 12,34']));
    for (const [target, type, listener] of listeners) target.removeEventListener(type, listener);
    document.documentElement.removeAttribute('data-hketo-lens-bench');
    performance.clearMarks();
  });

  it('hands the real work a tap it came in the middle of: the finger came down before it listened', async () => {
    document.body.innerHTML = '<p id="text">深圳的天气</p>';
    const listeners: Array<[EventTarget, string, EventListener]> = [];
    const seen: string[] = [];
    const work = lateRealWork((lifetime) => {
      for (const type of ['pointerdown', 'click'] as const)
        lifetime.addEventListener(window, type, (event: Event) => seen.push(event.type));
    });
    const frame = boot({}, {}, { lifetime: listening(listeners), inject: work.inject });
    await vi.waitFor(() => expect(frame.deps.inject).toHaveBeenCalledTimes(1));
    window.dispatchEvent(new PointerEvent('pointerdown', { clientX: 5, clientY: 5, pointerType: 'touch' }));
    work.arrive(frame.main.handlers);
    document.getElementById('text')!.dispatchEvent(new MouseEvent('click', { clientX: 5, clientY: 5, bubbles: true }));
    // It heard the click itself, and is then given the whole tap, in order.
    await vi.waitFor(() => expect(seen).toEqual(['click', 'pointerdown', 'click']));
    for (const [target, type, listener] of listeners) target.removeEventListener(type, listener);
  });
});
