/**
 * `npm run bench:pages`: the content script in Chromium on the large fixture pages.
 * - Highlight-all: time to the first highlight and to a complete scan, main-thread time
 *   (CDP TaskDuration and ScriptDuration while scanning), the longest task (PerformanceObserver
 *   'longtask'), and JS heap growth. Each page is loaded and idle before the mode is switched on,
 *   so the time measured is the extension's.
 * - The constantly mutating page: main-thread load over 5 s with the mode off and on.
 * - Hover: pointer event to popover rendered, over 200 place names on the 5 MB page.
 * - The popup: when it renders and paints, how long its search index takes to build (at idle),
 *   and query to results on screen for 20 queries of every kind.
 * - Idle frames: what the extension costs a page of English text with 0, 5 and 20 iframes
 *   (idle-frames.ts), against the same page in Chromium without it; and in Firefox, measured by
 *   the page itself (idle-frames-firefox.ts).
 * - First popover on fresh pages and the hovers after it (first-popover.ts).
 * - Underline all on a news page with five empty ad iframes, and without them (ad-frames.ts).
 * `--json` prints the figures as one JSON object on the last line; `--only=idle,first-popover`
 * (any of highlight, mutating, hover, popup, idle, idle-firefox, first-popover, ad-frames) runs only those parts.
 * Needs `npm run build` first.
 */
import fs from 'node:fs';
import type { CDPSession } from 'playwright-core';
import { launchChromium, launchWithExtension, serveDirectory } from '../../src/cli/browser';
import { setSettings as setStoredSettings } from '../e2e/support/extension';
import { LATENCY_QUERIES, searchLatencies } from '../e2e/support/search-latency';
import { LARGE_PAGES } from '../fixtures/large-pages';
import { adFramePages, benchAdFrames } from './ad-frames';
import { benchFirstPopover, firstPopoverPages } from './first-popover';
import { benchIdleFrames, floorExtensionDir, idlePages } from './idle-frames';
import { benchIdleFramesFirefox } from './idle-frames-firefox';
import { watchLongTasks } from './long-tasks';

const json = process.argv.includes('--json');
const log = (line: string) => json || console.log(line);
const only = process.argv
  .find((arg) => arg.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const wanted = (part: string) => !only || only.includes(part);
const pages = {
  ...Object.fromEntries(Object.entries(LARGE_PAGES).map(([path, make]) => [path, make()])),
  ...idlePages(),
  ...firstPopoverPages(),
  ...adFramePages(),
};
const server = await serveDirectory(process.cwd(), pages);
const browser = await launchWithExtension();

const setSettings = (settings: Record<string, unknown>) => setStoredSettings({ browser }, settings);

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

const results: Record<string, unknown> = {};
const ms = (seconds: number) => Math.round(seconds * 1000);

for (const path of wanted('highlight')
  ? ['/large-chinese.html', '/large-text-node.html', '/large-elements.html', '/deep-nesting.html']
  : []) {
  await setSettings({ hoverDelay: 0 });
  const page = await browser.context.newPage();
  await page.goto(server.url + path);
  await page.waitForTimeout(800);
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const longTasks = await watchLongTasks(page);
  const before = await metrics(cdp);
  await setSettings({ hoverDelay: 0, highlightAll: true });
  await page.waitForFunction(() => performance.getEntriesByName('hketo-lens:scan-complete').length > 0, null, {
    timeout: 120_000,
    polling: 100,
  });
  await page.waitForTimeout(300); // the last highlight batch
  const after = await metrics(cdp);
  const marks = await page.evaluate(() => ({
    first: performance.getEntriesByName('hketo-lens:first-highlight')[0]?.duration ?? null,
    complete: performance.getEntriesByName('hketo-lens:scan-complete')[0]?.duration ?? null,
  }));
  const long = await longTasks();
  const figures = {
    firstHighlightMs: Math.round(marks.first ?? -1),
    scanCompleteMs: Math.round(marks.complete ?? -1),
    mainThreadMs: ms(after.TaskDuration! - before.TaskDuration!),
    scriptMs: ms(after.ScriptDuration! - before.ScriptDuration!),
    longestTaskMs: Math.round(Math.max(0, ...long)),
    longTasks: long.length,
    heapGrowthMB: +((after.JSHeapUsedSize! - before.JSHeapUsedSize!) / 1e6).toFixed(1),
  };
  results[path.slice(1, -5)] = figures;
  log(`${path.padEnd(22)} ${JSON.stringify(figures)}`);
  await page.close();
}

// The mutating page: load over 5 s, mode off then on.
if (wanted('mutating')) {
  const load = async (highlightAll: boolean) => {
    await setSettings({ hoverDelay: 0, highlightAll });
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/mutating.html`);
    await page.waitForTimeout(1500);
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const longTasks = await watchLongTasks(page);
    const before = await metrics(cdp);
    await page.waitForTimeout(5000);
    const after = await metrics(cdp);
    const long = await longTasks();
    await page.close();
    return {
      busyPercent: +((100 * (after.TaskDuration! - before.TaskDuration!)) / 5).toFixed(1),
      longestTaskMs: Math.round(Math.max(0, ...long)),
    };
  };
  const figures = { off: await load(false), on: await load(true) };
  results.mutating = figures;
  log(`/mutating.html         main thread busy over 5 s: ${JSON.stringify(figures)}`);
}

// Hover: 200 place names on the 5 MB page.
if (wanted('hover')) {
  await setSettings({ hoverDelay: 0 });
  const page = await browser.context.newPage();
  await page.goto(`${server.url}/large-chinese.html`);
  await page.evaluate(() => document.documentElement.setAttribute('data-hketo-lens-bench', ''));
  const points = await page.evaluate(() => {
    const found: Array<{ x: number; y: number }> = [];
    const paragraphs = [...document.querySelectorAll('p')].slice(0, 40);
    for (const p of paragraphs) {
      const node = p.firstChild as Text;
      for (const name of ['深圳', '杭州', '成都', '武漢', '昆明']) {
        const at = node.data.indexOf(name);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at + 1);
        range.setEnd(node, at + 2);
        const r = range.getBoundingClientRect();
        if (r.top > 0 && r.bottom < innerHeight) found.push({ x: r.left + r.width / 2, y: r.top + r.height / 2 });
      }
    }
    return found;
  });
  const durations: number[] = [];
  for (let i = 0; durations.length < 200 && i < 2000; i++) {
    const point = points[i % points.length]!;
    await page.mouse.move(5, 5);
    await page.waitForTimeout(30);
    await page.mouse.move(point.x, point.y);
    await page.waitForTimeout(40);
    const all = await page.evaluate(() => performance.getEntriesByName('hketo-lens:hover').map((e) => e.duration));
    if (all.length > durations.length) durations.push(all[all.length - 1]!);
  }
  const [first, ...rest] = durations;
  const sorted = [...rest].sort((a, b) => a - b);
  const at = (q: number) => +sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!.toFixed(2);
  const figures = {
    samples: durations.length,
    firstMs: +(first ?? -1).toFixed(1),
    medianMs: at(0.5),
    p95Ms: at(0.95),
    maxMs: at(1),
  };
  results.hover = figures;
  log(`hover on the 5 MB page  ${JSON.stringify(figures)} (the first includes loading the data)`);
  await page.close();
}

// The popup, opened as a page at its own size.
if (wanted('popup')) {
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 400, height: 580 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await popup.waitForFunction(
    () =>
      performance.getEntriesByName('first-contentful-paint').length > 0 &&
      performance.getEntriesByName('hketo-lens:search-index').length > 0,
    null,
    { polling: 50 },
  );
  const marks = await popup.evaluate(() => ({
    rendered: performance.getEntriesByName('hketo-lens:popup-rendered')[0]!.startTime,
    firstPaint: performance.getEntriesByName('first-contentful-paint')[0]!.startTime,
    index: performance.getEntriesByName('hketo-lens:search-index')[0]!.duration,
  }));
  // tsx compiles with esbuild's keepNames, which wraps the named arrow functions inside
  // searchLatencies in calls to its __name helper; the helper does not exist in the page.
  await popup.evaluate('globalThis.__name = (f) => f');
  const latencies = await searchLatencies(popup, LATENCY_QUERIES);
  const figures = {
    renderedMs: Math.round(marks.rendered),
    firstPaintMs: Math.round(marks.firstPaint),
    searchIndexMs: Math.round(marks.index),
    queries: latencies.length,
    queryMedianMs: +latencies[Math.floor(latencies.length / 2)]!.toFixed(1),
    queryMaxMs: +latencies.at(-1)!.toFixed(1),
  };
  results.popup = figures;
  log(`popup (after navigation) ${JSON.stringify(figures)}`);
  await popup.close();
}

// Idle frames, against Chromium without the extension.
if (wanted('idle')) {
  await setSettings({});
  const without = await launchChromium();
  const figures = await benchIdleFrames(server.url, without.context, browser);
  const floorDir = floorExtensionDir();
  const floor = await launchWithExtension({ extensionDir: floorDir });
  const floorFigures = await benchIdleFrames(server.url, without.context, floor);
  await floor.close();
  fs.rmSync(floorDir, { recursive: true, force: true });
  await without.close();
  results.idleFloor = floorFigures;
  for (const f of floorFigures) {
    log(
      `idle, ${String(f.frames).padStart(2)} iframes, the floor (a content script that only reads the settings)   +${f.extraScriptMs} ms script ` +
        `(${f.extraScriptRangeMs.join('–')}), ${f.extraScriptPerFrameMs} ms a frame; +${f.extraHeapKB} KB heap, ${f.extraHeapPerFrameKB} KB a frame`,
    );
  }
  results.idle = figures;
  for (const f of figures) {
    log(
      `idle, ${String(f.frames).padStart(2)} iframes   +${f.extraScriptMs} ms script (${f.extraScriptRangeMs.join('–')}), ${f.extraScriptPerFrameMs} ms a frame; ` +
        `+${f.extraHeapKB} KB heap (${f.extraHeapRangeKB.join('–')}), ${f.extraHeapPerFrameKB} KB a frame ` +
        `(without: ${f.baseScriptMs} ms, ${f.baseHeapKB} KB; readiness probe ${f.probeMs} ms, taken out)`,
    );
  }
}

// Idle frames in Firefox, measured by the page itself (no CDP there).
if (wanted('idle-firefox')) {
  const { version, results: figures } = await benchIdleFramesFirefox(server.url);
  results.idleFirefox = { version, figures };
  for (const f of figures) {
    log(
      `idle, ${String(f.frames).padStart(2)} iframes, ${version}   +${f.extraBlockedMs} ms main thread (${f.extraBlockedRangeMs.join('–')}), ` +
        `${f.extraBlockedPerFrameMs} ms a frame (without: ${f.baseBlockedMs} ms); the bootstrap's own time ${f.bootstrapMs} ms, ` +
        `${f.bootstrapPerFrameMs} ms a frame; real work loaded in ${f.mainLoaded} frames`,
    );
  }
}

// Underline all: the first underline on a news page with five empty ad iframes, and without them.
if (wanted('ad-frames')) {
  await setSettings({ highlightAll: true });
  const figures = await benchAdFrames(server.url, browser.context);
  results.adFrames = figures;
  log(
    `underline all, news page, from navigation to the first underline: five empty ad iframes ${JSON.stringify(figures.withAds)}; none ${JSON.stringify(figures.without)}`,
  );
}

// First popover on fresh pages, then later hovers on each.
if (wanted('first-popover')) {
  await setSettings({ hoverDelay: 0 });
  const figures = await benchFirstPopover(server.url, browser);
  results.firstPopover = figures;
  log(
    `first popover on ${figures.first.samples} fresh pages ${JSON.stringify(figures.first)}; later hovers ${JSON.stringify(figures.later)}; ` +
      `longest task to the first popover ${JSON.stringify(figures.longestTaskToFirst)}`,
  );
  const settled = await benchFirstPopover(server.url, browser, 20, true);
  results.firstPopoverSettled = settled;
  log(
    `first popover on ${settled.first.samples} fresh pages once the data is built at idle ${JSON.stringify(settled.first)}; later hovers ${JSON.stringify(settled.later)}; ` +
      `longest task to the first popover ${JSON.stringify(settled.longestTaskToFirst)}`,
  );
}

await browser.close();
await server.close();
if (json) console.log(JSON.stringify(results));
