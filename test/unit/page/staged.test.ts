// @vitest-environment happy-dom
/**
 * The page's data built in steps: at idle one step per idle callback (the fake lifetime's have no
 * idle time left); once a look-up waits for it, the steps left in slices of at most 25 ms, a timer
 * apart; nothing once the lifetime has ended.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DATA_DIR } from '../../../src/cli/data';
import { makeTranslator } from '../../../src/core/i18n';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import type { Steps } from '../../../src/core/steps';
import { makePageData, pageDataSteps, type PageData } from '../../../src/page/page-data';
import { staged } from '../../../src/page/staged';
import { FakeLifetime } from './fakes';

const raw = (file: string) => fs.readFileSync(path.join(DATA_DIR, file), 'utf8');
const files = {
  divisions: raw('generated/divisions.json'),
  offices: raw('offices.json'),
  lexicon: raw('generated/lexicon.json'),
  areas: raw('generated/areas-page.json'),
};

/** Three steps, counted as they run. */
function counted(log: string[]) {
  return function* (): Steps<string> {
    log.push('one');
    yield;
    log.push('two');
    yield;
    log.push('three');
    return 'built';
  };
}

const TEXTS = [
  '来宾市位于广西中部',
  '来宾的糖业很有名',
  '记者从深圳报道，前海的企业',
  "Flights from Xi'an to Hangzhou",
  '長三角一體化',
];

/** What the data says of every text, in order (hover and highlight-all share the page's evidence). */
function answers(data: PageData) {
  const tr = makeTranslator('en', 'hans');
  return TEXTS.map((text) => {
    const found = data.detect(text, DEFAULT_SETTINGS);
    return { found, cards: found.map((d) => data.cards(d, tr).map((card) => data.cardText(card, tr))) };
  });
}

/** Idle callbacks with 50 ms of idle time each, the most Chromium gives. */
class RoomyLifetime extends FakeLifetime {
  override requestIdleCallback(callback: IdleRequestCallback): number {
    return this.setTimeout(() => callback({ didTimeout: false, timeRemaining: () => 50 }), 0);
  }
}

const dataReady = () => performance.getEntriesByName('hketo-lens:data-ready').length;

beforeEach(() => void vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
afterEach(() => {
  vi.useRealTimers();
  performance.clearMeasures();
});

describe('data built in steps', () => {
  it('runs one step per idle callback, from the first callback on, and no more once built', () => {
    const log: string[] = [];
    const lifetime = new FakeLifetime();
    const value = staged(counted(log), lifetime);
    value.preload();
    expect(log).toEqual([]);
    vi.advanceTimersToNextTimer();
    expect(log).toEqual(['one']);
    vi.advanceTimersToNextTimer();
    expect(log).toEqual(['one', 'two']);
    vi.advanceTimersToNextTimer();
    expect(log).toEqual(['one', 'two', 'three']);
    expect(lifetime.idleCallbacks).toBe(3);
    vi.runAllTimers();
    expect(lifetime.idleCallbacks).toBe(3);
    expect(value.ready()).toBe('built');
    expect(log).toHaveLength(3);
  });

  it('once waited for, runs the steps left in slices of at most 25 ms, each in a task of its own', async () => {
    // Steps of 10 ms each, on a clock the test moves.
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => clock);
    const log: number[] = [];
    const value = staged(function* (): Steps<string> {
      for (let i = 1; i <= 6; i++) {
        clock += 10;
        log.push(i);
        if (i < 6) yield;
      }
      return 'built';
    }, new FakeLifetime());
    value.preload();
    vi.advanceTimersToNextTimer(); // one idle step
    expect(log).toEqual([1]);
    const built = value.whenBuilt();
    // At once, in the asker's task: two steps fill 20 of the 25 ms; a third would not fit.
    expect(log).toEqual([1, 2, 3]);
    expect(value.ready()).toBeUndefined();
    vi.advanceTimersToNextTimer();
    expect(log).toEqual([1, 2, 3, 4, 5]);
    await vi.runAllTimersAsync();
    expect(await built).toBe('built');
    expect(value.ready()).toBe('built');
    expect(log).toEqual([1, 2, 3, 4, 5, 6]);
    expect(value.whenBuilt()).toBe(built);
  });

  it('runs more steps in one callback while the idle period has room for them', () => {
    const log: string[] = [];
    staged(counted(log), new RoomyLifetime()).preload();
    vi.advanceTimersToNextTimer();
    expect(log).toEqual(['one', 'two', 'three']);
  });

  it('runs no step once the lifetime has ended', () => {
    const log: string[] = [];
    const lifetime = new FakeLifetime();
    staged(counted(log), lifetime).preload();
    vi.advanceTimersToNextTimer();
    lifetime.end();
    vi.runAllTimers();
    expect(log).toEqual(['one']);
  });

  it('gives the same error to every ask after a step has thrown, never an unbuilt value', async () => {
    const lifetime = new FakeLifetime();
    const value = staged(function* (): Steps<number> {
      yield;
      throw new Error('bad data');
    }, lifetime);
    await expect(value.whenBuilt()).rejects.toThrow('bad data');
    value.preload();
    expect(() => vi.runAllTimers()).toThrow('bad data');
    await expect(value.whenBuilt()).rejects.toThrow('bad data');
  });

  it('builds the page data in many idle steps, marks it ready only when built, and detects as when built at once', async () => {
    const lifetime = new FakeLifetime();
    const data = staged(() => pageDataSteps(files), lifetime);
    data.preload();
    for (let i = 0; i < 10; i++) vi.advanceTimersToNextTimer();
    expect(lifetime.idleCallbacks).toBe(11); // ten run, one waiting: not built yet
    expect(dataReady()).toBe(0);
    const waited = data.whenBuilt();
    await vi.runAllTimersAsync();
    const early = await waited;
    expect(dataReady()).toBe(1);
    vi.runAllTimers();
    expect(lifetime.idleCallbacks).toBe(11);

    const idle = staged(() => pageDataSteps(files), new FakeLifetime());
    idle.preload();
    vi.runAllTimers();
    expect(dataReady()).toBe(2);

    const expected = answers(makePageData(files));
    expect(expected.flatMap((a) => a.found).length).toBeGreaterThan(5);
    expect(answers(early)).toEqual(expected);
    expect(answers(idle.ready()!)).toEqual(expected);
  });
});
