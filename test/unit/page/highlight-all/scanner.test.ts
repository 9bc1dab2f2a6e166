// @vitest-environment happy-dom
/**
 * Highlight-all's scanner on a page that changes: what it reports (the popup's This page) follows
 * the page, a block is rescanned at most once a second, and only blocks still on the page count.
 * Idle callbacks and timers run on vitest's fake clock through a fake lifetime.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Detection } from '../../../../src/core/detect/detect';
import { PageScanner } from '../../../../src/page/highlight-all/scanner';
import { Highlighter } from '../../../../src/page/highlight';
import { FakeLifetime, installLayoutFakes } from '../fakes';

const CODES: Record<string, string> = { 杭州: '330100', 广州: '440100', 成都: '510100' };

/** A detector that knows three names. */
function detect(text: string): Detection[] {
  const found: Detection[] = [];
  for (const [name, code] of Object.entries(CODES)) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      found.push({ start: at, end: at + name.length, codes: [code], form: 'short' as Detection['form'] });
    }
  }
  return found;
}

function setup(html: string) {
  document.body.innerHTML = html;
  const lifetime = new FakeLifetime();
  const scanned: string[] = [];
  const scanner = new PageScanner({
    doc: document,
    detect: (text) => (scanned.push(text), detect(text)),
    highlightFor: (code) => `office-of-${code}`,
    highlighter: new Highlighter(''),
    lifetime,
    isOwn: () => false,
    now: () => Date.now(),
  });
  scanner.start();
  return {
    scanner,
    scanned,
    lifetime,
    summary: () => Object.fromEntries(scanner.summary().map(({ code, count }) => [code, count])),
  };
}

/**
 * A block's rescan waits a second from its last scan, and a little more here: a 0 ms timer set
 * while the fake clock ticks runs 1 ms later (@sinonjs/fake-timers), as idle callbacks do here.
 */
const RESCAN = 1100;

/** Lets the mutation observer report, then runs the clock on by `ms`. */
const run = async (ms = 0) => {
  await vi.advanceTimersByTimeAsync(ms);
  await vi.advanceTimersByTimeAsync(0);
};

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date', 'requestAnimationFrame', 'cancelAnimationFrame'] });
  installLayoutFakes();
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('highlight-all scanner', () => {
  it('finds the places of every block, joined across inline elements', async () => {
    const { summary, scanner } = setup('<p>我在<b>杭</b>州</p><div>广州和杭州</div>');
    await run();
    expect(summary()).toEqual({ '330100': 2, '440100': 1 });
    expect(scanner.scanning).toBe(false);
  });

  it('forgets what a block had before it rescans it: a name the page removed is gone', async () => {
    const { summary } = setup('<p id="news">今天杭州下雨</p><p>广州</p>');
    await run();
    expect(summary()).toEqual({ '330100': 1, '440100': 1 });
    const news = document.querySelector('#news')!.firstChild as Text;
    news.data = '今天没有消息';
    await run(RESCAN);
    expect(summary()).toEqual({ '440100': 1 });
    news.data = '今天成都下雨';
    await run(RESCAN);
    expect(summary()).toEqual({ '440100': 1, '510100': 1 });
  });

  it('rescans a block the page keeps changing at most once a second, and ends with its last text', async () => {
    const { summary, scanned } = setup('<p id="ticker">0 杭州</p>');
    await run();
    const ticker = document.querySelector('#ticker')!.firstChild as Text;
    for (let tick = 1; tick <= 30; tick++) {
      ticker.data = `${tick} 杭州`;
      await run(100);
    }
    ticker.data = '31 广州';
    await run(RESCAN);
    const scans = scanned.filter((text) => /^\d+ /.test(text));
    // 3.1 s of changes every 100 ms, and the last one: the first scan and at most one a second after.
    expect(scans.length).toBeGreaterThanOrEqual(3);
    expect(scans.length).toBeLessThanOrEqual(5);
    expect(scans.at(-1)).toBe('31 广州');
    expect(summary()).toEqual({ '440100': 1 });
  });

  it('counts only blocks still on the page, and reveals a mention still there', async () => {
    const { summary, scanner } = setup('<section><p id="first">杭州</p><p id="second">杭州和广州</p></section>');
    await run();
    expect(summary()).toEqual({ '330100': 2, '440100': 1 });
    const first = document.querySelector('#first')!;
    expect(scanner.firstMention('330100')?.startContainer).toBe(first.firstChild);
    first.remove();
    await run(RESCAN);
    expect(summary()).toEqual({ '330100': 1, '440100': 1 });
    expect(scanner.firstMention('330100')?.startContainer).toBe(document.querySelector('#second')!.firstChild);
  });

  it('scans blocks the page adds, and nothing in scripts, menus or ruby annotations', async () => {
    const { summary } = setup(
      '<p>广州</p><script>var a = "杭州"</script><select><option>成都</option></select><p><ruby>去<rt>杭州</rt></ruby></p>',
    );
    await run();
    expect(summary()).toEqual({ '440100': 1 });
    document.body.append(Object.assign(document.createElement('p'), { textContent: '成都' }));
    await run();
    expect(summary()).toEqual({ '440100': 1, '510100': 1 });
  });

  it('stops with its lifetime: later changes schedule nothing', async () => {
    const { lifetime, scanned, scanner } = setup('<p id="p">杭州</p>');
    await run();
    const before = scanned.length;
    lifetime.end();
    scanner.stop();
    document.querySelector('#p')!.textContent = '广州';
    await run(2000);
    expect(scanned.length).toBe(before);
  });
});
