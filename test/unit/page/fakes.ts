/**
 * What happy-dom (21) lacks for src/page and the tests supply: StaticRange, and layout. Every
 * range measures as one 40 × 20 box at (10, 10): enough for the popover host to place itself,
 * where the real geometry is tested in the browsers (test/e2e).
 */
import { vi } from 'vitest';
import type { Lifetime } from '../../../src/page/lifetime';

class FakeStaticRange {
  readonly startContainer: Node;
  readonly startOffset: number;
  readonly endContainer: Node;
  readonly endOffset: number;
  readonly collapsed: boolean;
  constructor(init: StaticRangeInit) {
    this.startContainer = init.startContainer;
    this.startOffset = init.startOffset;
    this.endContainer = init.endContainer;
    this.endOffset = init.endOffset;
    this.collapsed = init.startContainer === init.endContainer && init.startOffset === init.endOffset;
  }
}

export function installLayoutFakes(): void {
  if (typeof globalThis.StaticRange !== 'function') {
    (globalThis as unknown as { StaticRange: unknown }).StaticRange = FakeStaticRange;
  }
  const box = { left: 10, top: 10, right: 50, bottom: 30, width: 40, height: 20, x: 10, y: 10 };
  vi.spyOn(Range.prototype, 'getClientRects').mockImplementation(() => [box] as unknown as DOMRectList);
}

/**
 * A Lifetime for environments without requestIdleCallback (happy-dom): idle callbacks are
 * timers of 0 ms on the (fake) clock. Otherwise it does what WXT's ContentScriptContext does:
 * everything made through it ends when `end()` is called.
 */
export class FakeLifetime implements Lifetime {
  readonly #controller = new AbortController();
  /** Idle callbacks requested so far. */
  idleCallbacks = 0;

  get isValid(): boolean {
    return !this.#controller.signal.aborted;
  }

  end(): void {
    this.#controller.abort();
  }

  onInvalidated(callback: () => void): () => void {
    this.#controller.signal.addEventListener('abort', callback);
    return () => this.#controller.signal.removeEventListener('abort', callback);
  }

  addEventListener(
    target: EventTarget,
    type: string,
    listener: (event: never) => void,
    options?: AddEventListenerOptions,
  ): void {
    target.addEventListener(type, listener as EventListener, { ...options, signal: this.#controller.signal });
  }

  setTimeout(handler: () => void, timeout?: number): number {
    const id = window.setTimeout(() => this.isValid && handler(), timeout);
    this.onInvalidated(() => clearTimeout(id));
    return id;
  }

  requestAnimationFrame(callback: FrameRequestCallback): number {
    const id = requestAnimationFrame((time) => this.isValid && callback(time));
    this.onInvalidated(() => cancelAnimationFrame(id));
    return id;
  }

  requestIdleCallback(callback: IdleRequestCallback): number {
    this.idleCallbacks++;
    return this.setTimeout(() => callback({ didTimeout: false, timeRemaining: () => 0 }), 0);
  }
}
