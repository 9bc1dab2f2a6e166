// @vitest-environment happy-dom
/** Pointer moves looked up at once, and at most once more a frame, for the latest. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { perFrame } from '../../../../src/page/hover/per-frame';
import { FakeLifetime } from '../fakes';

beforeEach(() => void vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame'] }));
afterEach(() => vi.useRealTimers());

describe('per frame', () => {
  it('runs the first call of a frame at once, the calls after it once at its end, and nothing more', () => {
    const run = vi.fn();
    const move = perFrame(new FakeLifetime(), run);
    move();
    expect(run).toHaveBeenCalledTimes(1);
    move();
    move();
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersToNextFrame();
    expect(run).toHaveBeenCalledTimes(2);
    vi.advanceTimersToNextFrame();
    expect(run).toHaveBeenCalledTimes(2);
    move(); // a new frame: at once again
    expect(run).toHaveBeenCalledTimes(3);
    vi.advanceTimersToNextFrame();
    expect(run).toHaveBeenCalledTimes(3);
  });

  it('runs nothing at a frame once the lifetime has ended', () => {
    const run = vi.fn();
    const lifetime = new FakeLifetime();
    const move = perFrame(lifetime, run);
    move();
    move();
    lifetime.end();
    vi.advanceTimersToNextFrame();
    expect(run).toHaveBeenCalledTimes(1);
  });
});
