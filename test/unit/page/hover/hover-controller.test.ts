// @vitest-environment happy-dom
/**
 * The hover state machine, driven as the content script drives it: pointer and key events in,
 * the popover host's state out. Time is vitest's fake clock, animation frames included; the
 * lifetime is WXT's own ContentScriptContext. happy-dom has no layout, so the caret is a fake
 * (x is the character's index on line y = 10; the real caret is tested in Chromium and Firefox,
 * test/e2e/text-windows.e2e.test.ts) and every range measures as one box.
 */
import { h } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Detection } from '../../../../src/core/detect/detect';
import type { PlaceCard } from '../../../../src/core/place-card';
import { DEFAULT_SETTINGS, type Settings } from '../../../../src/core/settings';
import { Highlighter } from '../../../../src/page/highlight';
import { HoverController } from '../../../../src/page/hover/hover-controller';
import { HOST_TAG, PopoverHost } from '../../../../src/page/hover/popover-host';
import type { PopoverState } from '../../../../src/page/hover/popover-state';
import type { LazyPageData, PageData } from '../../../../src/page/page-data';
import { installLayoutFakes } from '../fakes';

const TEXT = '我明天去杭州出差，后天回来';
const HANGZHOU = TEXT.indexOf('杭州');
const LINE_Y = 10;

/** A detector that knows one name. */
const data: PageData = {
  detectAt: (text, index): Detection | null => {
    const start = text.indexOf('杭州');
    return start >= 0 && index >= start && index < start + 2
      ? { start, end: start + 2, codes: ['330100'], form: 'short' as Detection['form'] }
      : null;
  },
  detect: () => [],
  officeOf: () => 'sheto',
  cards: (detection) => detection.codes.map((code) => ({ code, name: code }) as unknown as PlaceCard),
  cardText: (card) => `card ${card.code}`,
};

const contexts: ContentScriptContext[] = [];

/** The data, built before the first look-up. */
const built: LazyPageData = { ready: () => data, whenBuilt: async () => data };

function setup(
  overrides: Partial<Settings> = {},
  copy: (text: string) => Promise<void> = async () => {},
  lazyData = built,
) {
  document.body.innerHTML = `<p id="text">${TEXT}</p>`;
  const node = document.querySelector('#text')!.firstChild as Text;
  const ctx = new ContentScriptContext('test');
  contexts.push(ctx);
  const host = new PopoverHost(document, '');
  const settings: Settings = { ...DEFAULT_SETTINGS, hoverDelay: 0, ...overrides };
  const states: PopoverState[] = [];
  const controller = new HoverController(document, host, new Highlighter(''), {
    lifetime: ctx,
    pointAt: (x, y) => (y === LINE_Y && x >= 0 && x < node.data.length ? { node, index: x } : null),
    settings: () => settings,
    data: lazyData,
    latinWords: new Set(),
    site: 'example.cn',
    browserLanguage: 'zh-HK',
    copy,
    saveScript: () => {},
    render: (state) => (
      states.push(state),
      h<Record<string, string>>(
        'p',
        { 'data-pinned': String(state.pinned), 'data-copy': state.copy },
        state.cards.map((c) => c.code).join(' '),
      )
    ),
  });
  controller.applySettings(settings);
  const pointer = (type: string, x: number, y: number, init: PointerEventInit = {}) =>
    new PointerEvent(type, { clientX: x, clientY: y, pointerType: 'mouse', ...init });
  return {
    ctx,
    host,
    controller,
    states,
    move: (x: number, y = LINE_Y, init: PointerEventInit = {}) =>
      controller.onPointerMove(pointer('pointermove', x, y, init)),
    key: (key: string, init: KeyboardEventInit = {}) =>
      controller.onKeyDown(new KeyboardEvent('keydown', { key, ...init })),
    down: (x: number, y: number) => controller.onPointerDown(pointer('pointerdown', x, y)),
    /** What the popover says: its place codes, or null when it is not showing. */
    shown: () => (host.visible ? (host.element?.shadowRoot?.querySelector('p')?.textContent ?? '') : null),
    pinned: () => host.element?.shadowRoot?.querySelector('p')?.dataset.pinned === 'true',
  };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });
  installLayoutFakes();
  vi.spyOn(console, 'debug').mockImplementation(() => {}); // WXT's "context invalidated"
});
afterEach(() => {
  // The host goes under <html>, outside the body each test rewrites.
  for (const ctx of contexts.splice(0)) ctx.notifyInvalidated();
  for (const host of document.querySelectorAll(HOST_TAG)) host.remove();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const frame = () => vi.advanceTimersToNextFrame();

describe('hover: shown', () => {
  it('shows the place under the pointer at once, and looks up the later moves of its frame once, the latest', () => {
    const hover = setup();
    const lookups = vi.spyOn(data, 'detectAt');
    hover.move(HANGZHOU);
    expect(hover.shown()).toBe('330100');
    hover.move(HANGZHOU + 1);
    hover.move(0); // 我: the frame's latest move, off the name
    expect(lookups).toHaveBeenCalledTimes(1);
    frame();
    expect(lookups).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(250); // the hide grace
    expect(hover.shown()).toBeNull();
    frame();
    expect(lookups).toHaveBeenCalledTimes(2);
  });

  it('shows nothing over text that names no place, and loads no data for it', () => {
    const hover = setup();
    const lookups = vi.spyOn(data, 'detectAt');
    hover.move(0); // 我: Han, so looked up, but no place
    frame();
    expect(hover.shown()).toBeNull();
    expect(lookups).toHaveBeenCalledTimes(1);
    hover.move(5, 40); // no text at all
    frame();
    expect(lookups).toHaveBeenCalledTimes(1);
  });

  it('waits for data still being built, then looks up where the pointer is by then', async () => {
    let building: ((data: PageData) => void) | undefined;
    let ready: PageData | undefined;
    const whenBuilt = vi.fn(() => new Promise<PageData>((resolve) => (building = resolve)));
    const hover = setup({}, undefined, { ready: () => ready, whenBuilt });
    hover.move(0);
    frame();
    hover.move(HANGZHOU);
    frame();
    expect(hover.shown()).toBeNull();
    expect(whenBuilt).toHaveBeenCalledTimes(1);
    ready = data;
    building!(data);
    await vi.waitFor(() => expect(hover.shown()).toBe('330100'));
    expect(whenBuilt).toHaveBeenCalledTimes(1);
  });

  it('ignores moves with a button pressed (a selection or a drag)', () => {
    const hover = setup();
    hover.move(HANGZHOU, LINE_Y, { buttons: 1 });
    frame();
    expect(hover.shown()).toBeNull();
  });
});

describe('hover: delay', () => {
  it('waits for the pointer to settle for the hover delay', () => {
    const hover = setup({ hoverDelay: 300 });
    hover.move(HANGZHOU);
    frame();
    vi.advanceTimersByTime(250);
    expect(hover.shown()).toBeNull();
    vi.advanceTimersByTime(60);
    expect(hover.shown()).toBe('330100');
  });

  it('shows nothing when the pointer leaves the name before the delay is up', () => {
    const hover = setup({ hoverDelay: 300 });
    hover.move(HANGZHOU);
    frame();
    vi.advanceTimersByTime(100);
    hover.move(0);
    frame();
    vi.advanceTimersByTime(1000);
    expect(hover.shown()).toBeNull();
  });

  it('does not restart the delay for moves within the same name', () => {
    const hover = setup({ hoverDelay: 300 });
    hover.move(HANGZHOU);
    frame();
    vi.advanceTimersByTime(200);
    hover.move(HANGZHOU + 1);
    frame();
    vi.advanceTimersByTime(110);
    expect(hover.shown()).toBe('330100');
  });
});

describe('hover: hide grace', () => {
  it('keeps the popover for 200 ms after the pointer leaves the name, then hides it', () => {
    const hover = setup();
    hover.move(HANGZHOU);
    frame();
    hover.move(0);
    frame();
    vi.advanceTimersByTime(150);
    expect(hover.shown()).toBe('330100');
    vi.advanceTimersByTime(60);
    expect(hover.shown()).toBeNull();
  });

  it('stays while the pointer travels into the popover', () => {
    const hover = setup();
    hover.move(HANGZHOU);
    frame();
    hover.move(0);
    frame();
    vi.advanceTimersByTime(100);
    // A move whose target is the popover: dispatched on its element so that the target is set.
    hover.host.element!.addEventListener('pointermove', (e) => hover.controller.onPointerMove(e as PointerEvent), {
      once: true,
    });
    hover.host.element!.dispatchEvent(new PointerEvent('pointermove', { clientX: 0, clientY: 0 }));
    vi.advanceTimersByTime(1000);
    expect(hover.shown()).toBe('330100');
  });
});

describe('hover: pinned', () => {
  it('P pins the popover: pointer moves and scrolls leave it, a click elsewhere closes it', () => {
    const hover = setup();
    hover.move(HANGZHOU);
    frame();
    hover.key('p');
    expect(hover.pinned()).toBe(true);
    hover.move(0);
    frame();
    vi.advanceTimersByTime(1000);
    hover.controller.onScroll();
    expect(hover.shown()).toBe('330100');
    // A resize (a phone's toolbar) keeps it too, beside its text.
    hover.controller.onResize();
    expect(hover.shown()).toBe('330100');
    hover.down(0, 300);
    expect(hover.shown()).toBeNull();
  });

  it('a resize closes an unpinned popover', () => {
    const hover = setup();
    hover.move(HANGZHOU);
    frame();
    hover.controller.onResize();
    expect(hover.shown()).toBeNull();
  });

  it('Esc closes it; a second P unpins it', () => {
    const hover = setup();
    hover.move(HANGZHOU);
    frame();
    hover.key('p');
    hover.key('p');
    expect(hover.pinned()).toBe(false);
    hover.key('Escape');
    expect(hover.shown()).toBeNull();
  });

  it('after Esc, the same name stays closed for moves within it, and shows again once the pointer has left it', () => {
    const hover = setup();
    hover.move(HANGZHOU);
    frame();
    // A move within the name is still waiting for its frame when Esc comes.
    hover.move(HANGZHOU + 1);
    hover.key('Escape');
    frame();
    expect(hover.shown()).toBeNull();
    hover.move(0); // off the name
    frame();
    hover.move(HANGZHOU);
    frame();
    expect(hover.shown()).toBe('330100');
  });

  it('leaves keys with a modifier, or typed in a field, to the page', () => {
    const hover = setup();
    hover.move(HANGZHOU);
    frame();
    hover.key('p', { ctrlKey: true });
    expect(hover.pinned()).toBe(false);
    const field = document.body.appendChild(document.createElement('input'));
    field.addEventListener('keydown', (e) => hover.controller.onKeyDown(e as KeyboardEvent), { once: true });
    field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(hover.shown()).toBe('330100');
  });
});

describe('hover: hold key', () => {
  it('shows only while the hold key is held', () => {
    const hover = setup({ holdKey: 'Shift' });
    hover.move(HANGZHOU);
    frame();
    expect(hover.shown()).toBeNull();
    hover.move(HANGZHOU, LINE_Y, { shiftKey: true });
    frame();
    expect(hover.shown()).toBe('330100');
  });

  it('pressing the hold key over a name shows it at once, without a move', () => {
    const hover = setup({ holdKey: 'Alt' });
    hover.move(HANGZHOU);
    frame();
    expect(hover.shown()).toBeNull();
    hover.key('Alt', { altKey: true });
    expect(hover.shown()).toBe('330100');
  });
});

describe('hover: copy', () => {
  it('C copies the first card as text and says so', async () => {
    const copied: string[] = [];
    const hover = setup({}, async (text) => void copied.push(text));
    hover.move(HANGZHOU);
    frame();
    hover.key('c');
    await vi.waitFor(() => expect(hover.states.at(-1)?.copy).toBe('copied'));
    expect(copied).toEqual(['card 330100']);
  });

  it('a refused clipboard claims nothing copied, says it could not copy, and throws nothing', async () => {
    const hover = setup({}, () => Promise.reject(new DOMException('Document is not focused.', 'NotAllowedError')));
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      hover.move(HANGZHOU);
      frame();
      hover.key('c');
      hover.states.at(-1)!.onCopy();
      await new Promise((resolve) => setImmediate(resolve));
      await new Promise((resolve) => setImmediate(resolve));
      expect(unhandled).not.toHaveBeenCalled();
      expect(hover.states.every((s) => s.copy !== 'copied')).toBe(true);
      expect(hover.states.at(-1)?.copy).toBe('failed');
      expect(hover.shown()).toBe('330100');
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });
});

describe('hover: lifetime', () => {
  it('a frame pending when the extension goes away does not bring the popover back', () => {
    const hover = setup();
    hover.move(HANGZHOU);
    hover.ctx.onInvalidated(() => hover.host.destroy());
    hover.ctx.notifyInvalidated();
    frame();
    vi.advanceTimersByTime(1000);
    expect(document.querySelector(HOST_TAG)).toBeNull();
  });

  it('nor does a hover delay running out after it', () => {
    const hover = setup({ hoverDelay: 300 });
    hover.move(HANGZHOU);
    frame();
    hover.ctx.onInvalidated(() => hover.host.destroy());
    hover.ctx.notifyInvalidated();
    vi.advanceTimersByTime(1000);
    expect(document.querySelector(HOST_TAG)).toBeNull();
  });
});
