/**
 * A value built in steps (src/core/steps.ts): ahead of need at idle, a slice of steps per idle
 * callback, so that building it is never one long task on the page's main thread; or at once,
 * whatever steps are left, when it is needed first.
 */
import type { Steps } from '../core/steps';
import type { Lifetime } from './lifetime';

/**
 * A slice's budget, well under the 50 ms of a long task, where idle periods give up to 50 ms: on a
 * loaded machine the thread is preempted mid-slice, and a slice of 50 ms of work took up to 134 ms
 * (Chromium 156, load 9 on 2 cores, 2026-12-02).
 */
const SLICE_MS = 10;

export interface Staged<T> {
  /** The value, finishing the build at once if need be. */
  get(): T;
  /** Builds it at idle, until done or until the lifetime ends. */
  preload(): void;
}

/**
 * `timeout`: a page that is never idle still gets the steps run, one per callback (a callback
 * that comes on its timeout has no idle time left).
 */
export function staged<T>(makeSteps: () => Steps<T>, lifetime: Lifetime, timeout = 2000): Staged<T> {
  let steps: Steps<T> | undefined;
  let built: { value: T } | undefined;
  let failed: { error: unknown } | undefined;

  /** Runs one step; true once the value is built. */
  function step(): boolean {
    if (failed) throw failed.error;
    if (built) return true;
    try {
      const next = (steps ??= makeSteps()).next();
      if (next.done) built = { value: next.value };
    } catch (error) {
      // A generator that threw is done: every later ask gets the same error, not undefined.
      failed = { error };
      throw error;
    }
    return built !== undefined;
  }

  // Steps while the idle period, and the slice's budget, have room for another as long as the
  // last (at least one). Not the longest yet: one slow step (cold code, a collection) would leave
  // one step per callback.
  function slice(deadline: IdleDeadline) {
    const sliceStart = performance.now();
    for (;;) {
      const start = performance.now();
      if (step()) return;
      const now = performance.now();
      if (Math.min(deadline.timeRemaining(), SLICE_MS - (now - sliceStart)) <= now - start) break;
    }
    lifetime.requestIdleCallback(slice, { timeout });
  }

  return {
    get() {
      while (!step());
      return built!.value;
    },
    preload() {
      if (!built) lifetime.requestIdleCallback(slice, { timeout });
    },
  };
}
