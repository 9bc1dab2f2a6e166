/**
 * The content script's lifetime: every listener, timer, animation frame and idle callback in
 * src/page is made through it, so that none outlives the extension (an update, a reload or an
 * uninstall invalidates the content script, and the page stays). WXT's ContentScriptContext is
 * one (entrypoints/content passes `ctx`); tests pass a fake.
 *
 * Cancelling stays with the platform (clearTimeout, cancelAnimationFrame, removeEventListener):
 * ContentScriptContext returns the platform's ids.
 */
export interface Lifetime {
  addEventListener<K extends keyof WindowEventMap>(
    target: Window,
    type: K,
    listener: (event: WindowEventMap[K]) => void,
    options?: AddEventListenerOptions,
  ): void;
  addEventListener<K extends keyof DocumentEventMap>(
    target: Document,
    type: K,
    listener: (event: DocumentEventMap[K]) => void,
    options?: AddEventListenerOptions,
  ): void;
  setTimeout(handler: () => void, timeout?: number): number;
  requestAnimationFrame(callback: FrameRequestCallback): number;
  requestIdleCallback(callback: IdleRequestCallback, options?: IdleRequestOptions): number;
  /** Calls `callback` when the lifetime ends; returns a function that cancels that. */
  onInvalidated(callback: () => void): () => void;
  /** False once the lifetime has ended. */
  readonly isValid: boolean;
}

/**
 * `base` with timers, frames and idle callbacks that do nothing once it has ended, instead of
 * being cancelled by it. WXT 0.21.4's ContentScriptContext adds an abort listener for each one it
 * schedules and never removes it (dist/utils/content-script-context.mjs, read 2026-12-01), and
 * hover asks for a frame on every pointer move: through `ctx` itself, those would pile up for as
 * long as the page is open.
 */
export function frugal(base: Lifetime): Lifetime {
  return {
    addEventListener: base.addEventListener.bind(base),
    setTimeout: (handler, timeout) => window.setTimeout(() => base.isValid && handler(), timeout),
    requestAnimationFrame: (callback) => requestAnimationFrame((time) => base.isValid && callback(time)),
    requestIdleCallback: (callback, options) =>
      requestIdleCallback((deadline) => base.isValid && callback(deadline), options),
    onInvalidated: (callback) => base.onInvalidated(callback),
    get isValid() {
      return base.isValid;
    },
  };
}
