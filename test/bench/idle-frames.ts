/**
 * What the extension costs a page with nothing for it to do: a page of English text with N
 * iframes of English text (N = 0, 5, 20), in Chromium with and without the extension. Measured
 * with CDP Performance.getMetrics on the page's target: the iframes are same-origin, so they live
 * in the page's renderer process and its one target covers every frame, the content script's
 * isolated worlds included. ScriptDuration is all script run since the page opened; JSHeapUsedSize
 * is the renderer's JS heap after a forced garbage collection (what stays, not what churns).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, CDPSession } from 'playwright-core';
import { watchContentScripts } from './content-ready';

export const FRAME_COUNTS = [0, 5, 20];

const SENTENCES = [
  'The committee met on Tuesday to review the quarterly figures and agreed to publish them next week.',
  'Readers who subscribe before the end of the month receive the printed edition at no extra cost.',
  'A spokesperson said the new timetable would shorten most journeys by a few minutes.',
  'The library extends its opening hours during the examination period, as in previous years.',
  'Volunteers planted more than two hundred trees along the river over the weekend.',
];

const paragraphs = (count: number, seed: number) =>
  Array.from(
    { length: count },
    (_, i) => `<p>${SENTENCES[(i + seed) % SENTENCES.length]} ${SENTENCES[(i + seed + 2) % SENTENCES.length]}</p>`,
  ).join('\n');

/** How long the monitor keeps watching after the page's load event: the content scripts run then. */
export const MONITOR_AFTER_LOAD_MS = 2500;

/**
 * For engines without CDP (Firefox): with `?monitor` in the URL, the page itself measures how long
 * its main thread was not its own, from its first script to MONITOR_AFTER_LOAD_MS after load. A
 * chain of zero timeouts (clamped to 4 ms) notes each gap, and what a gap lasts beyond 4 ms is time
 * the thread spent elsewhere: layout, paint, the page's own frames and any content script, which
 * in Firefox runs on the page's main thread. With the extension against without, the difference
 * is what the extension took. Without `?monitor` the script does nothing (the CDP measure).
 * With it, the page and its frames also ask for the bootstrap's own timing ('hketo-lens:bootstrap'
 * measures: its modules' evaluation and start, and each of its callbacks).
 */
const ASK_FOR_TIMING = `<script>
if (parent.location.search.includes('monitor')) document.documentElement.setAttribute('data-hketo-lens-bench', '');
</script>`;

const BLOCKED_MONITOR = `<script>
if (location.search.includes('monitor')) {
  document.documentElement.setAttribute('data-hketo-lens-bench', '');
  const state = (window.__blocked = { ms: 0, done: false });
  let last = performance.now();
  const tick = () => {
    const now = performance.now();
    state.ms += Math.max(0, now - last - 4);
    last = now;
    if (!state.done) setTimeout(tick, 0);
  };
  setTimeout(tick, 0);
  addEventListener('load', () => setTimeout(() => (state.done = true), ${MONITOR_AFTER_LOAD_MS}));
}
</script>`;

/** The pages, for serveDirectory: /idle/N.html for each N, and the frames they embed. */
export function idlePages(): Record<string, string> {
  const pages: Record<string, string> = {};
  const max = Math.max(...FRAME_COUNTS);
  for (let i = 0; i < max; i++) {
    pages[`/idle/frame-${i}.html`] =
      `<!doctype html><html lang="en"><title>Frame ${i}</title>${ASK_FOR_TIMING}<body>${paragraphs(6, i)}</body></html>`;
  }
  for (const n of FRAME_COUNTS) {
    const frames = Array.from(
      { length: n },
      (_, i) => `<iframe src="/idle/frame-${i}.html" width="300" height="150"></iframe>`,
    ).join('\n');
    pages[`/idle/${n}.html`] =
      `<!doctype html><html lang="en"><title>Idle ${n}</title>${BLOCKED_MONITOR}<body>${paragraphs(40, 0)}\n${frames}</body></html>`;
  }
  return pages;
}

export interface IdleSample {
  scriptMs: number;
  heapKB: number;
  /** With the extension: the script time of the readiness probe itself, already taken out of scriptMs. */
  probeMs?: number;
}

async function metrics(cdp: CDPSession): Promise<{ scriptMs: number; heapKB: number }> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  const get = (name: string) => list.find((m) => m.name === name)?.value ?? NaN;
  return { scriptMs: get('ScriptDuration') * 1000, heapKB: get('JSHeapUsedSize') / 1024 };
}

/**
 * One fresh page of N frames, measured once it has loaded (every frame's load event) and, with
 * the extension (`extensionId`), once the content script has run in every frame and read the settings.
 */
export async function measureIdle(
  context: BrowserContext,
  url: string,
  frames: number,
  extensionId?: string,
): Promise<IdleSample> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const watch = extensionId
    ? await watchContentScripts(cdp, extensionId)
    : await cdp.send('Runtime.enable').then(() => null);
  await page.goto(url, { waitUntil: 'load' });
  if (page.frames().length !== frames + 1)
    throw new Error(`${url}: ${page.frames().length} frames, expected ${frames + 1}`);
  if (!watch) {
    const sample = await metrics(cdp);
    await page.close();
    return sample;
  }
  await watch.ready(frames + 1);
  const sample = await metrics(cdp);
  await watch.probeAgain();
  const probeMs = (await metrics(cdp)).scriptMs - sample.scriptMs;
  await page.close();
  return { scriptMs: sample.scriptMs - probeMs, heapKB: sample.heapKB, probeMs };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const round = (value: number, digits: number) => +value.toFixed(digits);

/**
 * `rounds` fresh pages per frame count in each browser, alternating, so that the machine's other
 * load falls on both alike. The extra is the median with the extension less the median without;
 * its spread is the range of the rounds' own differences. Per frame: over the N + 1 frames.
 */
export async function benchIdleFrames(
  baseUrl: string,
  without: BrowserContext,
  withExtension: { context: BrowserContext; extensionId: string },
  rounds = 3,
) {
  const results = [];
  for (const frames of FRAME_COUNTS) {
    const url = `${baseUrl}/idle/${frames}.html`;
    const base: IdleSample[] = [];
    const ext: IdleSample[] = [];
    for (let round = 0; round < rounds; round++) {
      base.push(await measureIdle(without, url, frames));
      ext.push(await measureIdle(withExtension.context, url, frames, withExtension.extensionId));
    }
    const extra = (key: 'scriptMs' | 'heapKB') => ext.map((e, i) => e[key] - base[i]![key]);
    const script = extra('scriptMs');
    const heap = extra('heapKB');
    const perFrame = (values: number[], digits: number) => round(median(values) / (frames + 1), digits);
    results.push({
      frames,
      baseScriptMs: round(median(base.map((s) => s.scriptMs)), 1),
      extScriptMs: round(median(ext.map((s) => s.scriptMs)), 1),
      extraScriptMs: round(median(script), 1),
      extraScriptRangeMs: [round(Math.min(...script), 1), round(Math.max(...script), 1)],
      extraScriptPerFrameMs: perFrame(script, 2),
      baseHeapKB: round(median(base.map((s) => s.heapKB)), 0),
      extraHeapKB: round(median(heap), 0),
      extraHeapRangeKB: [round(Math.min(...heap), 0), round(Math.max(...heap), 0)],
      extraHeapPerFrameKB: perFrame(heap, 0),
      probeMs: round(median(ext.map((s) => s.probeMs!)), 2),
    });
  }
  return results;
}

/**
 * The floor: an extension whose content script, in every frame, only reads the settings from
 * storage (what any content script that follows settings must do). What it costs is what an
 * isolated world and one storage read cost, with nothing of this extension's own.
 */
export function floorExtensionDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hketo-lens-floor-'));
  const manifest = {
    manifest_version: 3,
    name: 'Floor',
    version: '1.0',
    permissions: ['storage'],
    // An empty worker: launchWithExtension learns the extension's id from it.
    background: { service_worker: 'worker.js' },
    content_scripts: [{ matches: ['<all_urls>'], all_frames: true, run_at: 'document_idle', js: ['floor.js'] }],
  };
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
  fs.writeFileSync(path.join(dir, 'floor.js'), "chrome.storage.local.get('settings');\n");
  fs.writeFileSync(path.join(dir, 'worker.js'), '');
  return dir;
}
