/**
 * A value built in steps (src/core/steps.ts): ahead of need at idle, a slice of steps per idle
 * callback; or, once it is asked for, in slices one after another. Either way no slice is a long
 * task on the page's main thread.
 */
import type { Steps } from '../core/steps';
import type { Lifetime } from './lifetime';

/**
 * A slice's budget, well under the 50 ms of a long task, where idle periods give up to 50 ms: on a
 * loaded machine the thread is preempted mid-slice, and a slice of 50 ms of work took up to 134 ms
 * (Chromium 156, load 9 on 2 cores, 2026-12-02).
 */
const SLICE_MS = 10;
/**
 * Once a look-up waits for the value: slices back to back, each a timer after the last. Fewer,
 * longer ones than at idle, as browsers hold back a timer nested five deep by 4 ms.
 */
const URGENT_SLICE_MS = 25;

export interface Staged<T> {
  /** The value, once built. */
  ready(): T | undefined;
  /** The value when built: the steps left run from now on, a slice per task, not only at idle. */
  whenBuilt(): Promise<T>;
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
  let urgent: Promise<T> | undefined;

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

  /**
   * Steps while `room()` (ms) has space for another as long as the last (at least one step). Not
   * the longest yet: one slow step (cold code, a collection) would leave one step per slice.
   * True once the value is built.
   */
  function slice(room: (elapsed: number) => number): boolean {
    const sliceStart = performance.now();
    for (;;) {
      const start = performance.now();
      if (step()) return true;
      const now = performance.now();
      if (room(now - sliceStart) <= now - start) return false;
    }
  }

  function idleSlice(deadline: IdleDeadline) {
    if (!slice((elapsed) => Math.min(deadline.timeRemaining(), SLICE_MS - elapsed)))
      lifetime.requestIdleCallback(idleSlice, { timeout });
  }

  return {
    ready: () => built?.value,
    whenBuilt() {
      urgent ??= new Promise<T>((resolve, reject) => {
        // The first slice in the asker's own task: a value nearly built is ready at once.
        const soon = () => {
          try {
            if (slice((elapsed) => URGENT_SLICE_MS - elapsed)) resolve(built!.value);
            else lifetime.setTimeout(soon, 0);
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        };
        soon();
      });
      return urgent;
    },
    preload() {
      if (!built) lifetime.requestIdleCallback(idleSlice, { timeout });
    },
  };
}
