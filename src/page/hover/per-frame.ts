/**
 * Pointer moves, looked up at most once a frame without waiting for one: the first call of a
 * frame runs at once, and calls after it in the same frame make one run at the frame's end, for
 * the latest. Browsers send one pointer move a frame (Chromium and Firefox coalesce them), so
 * that one is looked up at once, a frame sooner than a look-up deferred to the next frame.
 */
import type { Lifetime } from '../lifetime';

export function perFrame(lifetime: Pick<Lifetime, 'requestAnimationFrame'>, run: () => void): () => void {
  let frame = 0;
  let again = false;
  return () => {
    if (frame) return void (again = true);
    frame = lifetime.requestAnimationFrame(() => {
      frame = 0;
      if (again) run();
      again = false;
    });
    run();
  };
}
