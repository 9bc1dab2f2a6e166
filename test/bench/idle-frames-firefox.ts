/**
 * Idle frames in Firefox, which has no CDP: the same pages as idle-frames.ts, opened with
 * `?monitor`, so that the page measures how long its main thread was taken from it (see
 * BLOCKED_MONITOR there), in Firefox with the extension against Firefox without, alternating.
 * The page also sums the bootstrap's own 'hketo-lens:bootstrap' measures in every frame: its
 * modules' evaluation and start, and each of its callbacks (not the engine's parsing of the file).
 * Firefox gives a page no JS heap figure and BiDi none either, so memory is not measured here.
 * Each page gets a window of its own: Firefox throttles timers in background tabs (153, 2026-12).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { FIREFOX_EXTENSION_DIR, findFirefox } from '../../src/cli/firefox';
import { FRAME_COUNTS } from './idle-frames';

async function launch(extension: boolean): Promise<{ browser: Browser; close(): Promise<void> }> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'hketo-lens-bench-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    userDataDir: profile,
  });
  if (extension) await browser.installExtension(FIREFOX_EXTENSION_DIR);
  return {
    browser,
    async close() {
      await browser.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

interface Sample {
  blockedMs: number;
  /** Frames in which the content script's real work loaded: 0 on these pages, or the bootstrap failed. */
  mainLoaded: number;
  /** The bootstrap's own time over all frames, as it measures it (0 without the extension, or before it had it). */
  bootstrapMs: number;
}

async function measure(browser: Browser, url: string, frames: number): Promise<Sample> {
  const page = await browser.newPage({ type: 'window' });
  await page.goto(`${url}?monitor`, { waitUntil: 'load' });
  if (page.frames().length !== frames + 1)
    throw new Error(`${url}: ${page.frames().length} frames, expected ${frames + 1}`);
  await page.waitForFunction(() => (window as unknown as { __blocked: { done: boolean } }).__blocked.done, {
    polling: 200,
    timeout: 30_000,
  });
  const blockedMs = await page.evaluate(() => (window as unknown as { __blocked: { ms: number } }).__blocked.ms);
  let mainLoaded = 0;
  let bootstrapMs = 0;
  for (const frame of page.frames()) {
    const frameFigures = await frame.evaluate(() => ({
      main: performance.getEntriesByName('hketo-lens:main-ready').length,
      bootstrap: performance.getEntriesByName('hketo-lens:bootstrap').reduce((sum, entry) => sum + entry.duration, 0),
    }));
    mainLoaded += frameFigures.main;
    bootstrapMs += frameFigures.bootstrap;
  }
  await page.close();
  return { blockedMs, mainLoaded, bootstrapMs };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const round1 = (value: number) => +value.toFixed(1);

export async function benchIdleFramesFirefox(baseUrl: string, rounds = 5) {
  const without = await launch(false);
  const withExtension = await launch(true);
  const version = await withExtension.browser.version();
  const results = [];
  try {
    for (const frames of FRAME_COUNTS) {
      const url = `${baseUrl}/idle/${frames}.html`;
      const base: Sample[] = [];
      const ext: Sample[] = [];
      for (let round = 0; round < rounds; round++) {
        base.push(await measure(without.browser, url, frames));
        ext.push(await measure(withExtension.browser, url, frames));
      }
      const extra = ext.map((e, i) => e.blockedMs - base[i]!.blockedMs);
      results.push({
        frames,
        baseBlockedMs: round1(median(base.map((s) => s.blockedMs))),
        extBlockedMs: round1(median(ext.map((s) => s.blockedMs))),
        extraBlockedMs: round1(median(extra)),
        extraBlockedRangeMs: [round1(Math.min(...extra)), round1(Math.max(...extra))],
        extraBlockedPerFrameMs: +(median(extra) / (frames + 1)).toFixed(2),
        mainLoaded: Math.max(...ext.map((s) => s.mainLoaded)),
        bootstrapMs: round1(median(ext.map((s) => s.bootstrapMs))),
        bootstrapPerFrameMs: +(median(ext.map((s) => s.bootstrapMs)) / (frames + 1)).toFixed(2),
      });
    }
  } finally {
    await without.close();
    await withExtension.close();
  }
  return { version, results };
}
