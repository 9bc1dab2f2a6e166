// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { hasHan } from '../../../src/core/text/chars';
import { probeText, type IdleDeadlineLike } from '../../../src/page/bootstrap/text-probe';

/** Idle callbacks run by hand, each with `budget` calls of timeRemaining() before it says "no time". */
function idleQueue(budget = 1) {
  const tasks: Array<(deadline: IdleDeadlineLike) => void> = [];
  return {
    idle: (task: (deadline: IdleDeadlineLike) => void) => void tasks.push(task),
    runAll() {
      let slices = 0;
      for (let task = tasks.shift(); task; task = tasks.shift(), slices++) {
        let left = budget;
        task({ timeRemaining: () => (left-- > 0 ? 10 : 0) });
      }
      return slices;
    },
  };
}

describe('text probe', () => {
  it('finds Han text after English, in slices, and stops there', () => {
    document.body.innerHTML = '<p>One</p><p>Two</p><div><span>Three 深圳</span></div><p>Four</p>';
    const queue = idleQueue(0);
    const test = vi.fn(hasHan);
    const found = vi.fn();
    const done = vi.fn();
    probeText([document.documentElement], { test, idle: queue.idle }, found, done);
    expect(found).not.toHaveBeenCalled();
    expect(queue.runAll()).toBe(3);
    expect(found).toHaveBeenCalledTimes(1);
    expect(done).not.toHaveBeenCalled();
    expect(test.mock.calls.map(([text]) => text)).toEqual(['One', 'Two', 'Three 深圳']);
  });

  it('skips scripts, styles and templates, and says when it found nothing', () => {
    document.body.innerHTML =
      '<script>var s = "深圳"</script><style>/* 深圳 */</style><template>深圳</template><p>Only English</p>';
    const queue = idleQueue(100);
    const found = vi.fn();
    const done = vi.fn();
    probeText([document.documentElement], { test: hasHan, idle: queue.idle }, found, done);
    queue.runAll();
    expect(found).not.toHaveBeenCalled();
    expect(done).toHaveBeenCalledTimes(1);
  });

  it('reads a long text node a chunk at a time, and sees a word across chunk edges', () => {
    const words = new Set(['xian']);
    const text = 'a'.repeat(32_768 - 3) + " Xi'an " + 'b'.repeat(100_000);
    document.body.textContent = text;
    const queue = idleQueue(0);
    const chunks: number[] = [];
    const found = vi.fn();
    probeText(
      [document.body],
      { test: (chunk) => (chunks.push(chunk.length), /Xi'an/.test(chunk) && words.has('xian')), idle: queue.idle },
      found,
    );
    queue.runAll();
    expect(found).toHaveBeenCalledTimes(1);
    expect(chunks.every((length) => length <= 32_768 + 64)).toBe(true);
    expect(chunks).toHaveLength(2);
  });

  it('does nothing more once cancelled', () => {
    document.body.innerHTML = '<p>深圳</p>';
    const queue = idleQueue();
    const found = vi.fn();
    probeText([document.body], { test: hasHan, idle: queue.idle }, found).cancel();
    queue.runAll();
    expect(found).not.toHaveBeenCalled();
  });
});
