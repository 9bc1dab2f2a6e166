/**
 * Work cut into steps, so that a caller may spread it over several tasks (the content script
 * builds its data at idle, src/page/staged.ts) or run it at once: a generator that yields
 * between steps and returns its result.
 */
export type Steps<T> = Generator<void, T, undefined>;

/** Runs every step at once. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Calls `each(i)` for i in [0, count), yielding after every `size` calls. Loops over the divisions
 * or the keys are cut so: in a fresh isolated world the whole loop runs cold, for tens of ms.
 */
export function* chunked(count: number, size: number, each: (i: number) => void): Steps<void> {
  for (let i = 0; i < count; i++) {
    each(i);
    if ((i + 1) % size === 0 && i + 1 < count) yield;
  }
}
