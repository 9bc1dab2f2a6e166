/**
 * Underline all on a Hong Kong news page with five empty ad iframes (about:blank, as ad slots are
 * before their script fills them), against the same page without them: the time from navigation
 * to the first underline (the content script's 'hketo-lens:first-highlight' measure ends then),
 * on fresh pages with the mode already on. Every frame runs the content script; before the
 * bootstrap, every one of them also parsed the data and built the detector.
 */
import type { BrowserContext } from 'playwright-core';

const STORY = [
  '香港特區政府駐粵經濟貿易辦事處表示，深圳、廣州和東莞的港資企業數目持續增加。',
  '駐上海經濟貿易辦事處上月在杭州和南京舉辦推介會，介紹香港的專業服務。',
  '駐成都經濟貿易辦事處指出，重慶和昆明的旅客人數創新高。',
  '駐武漢經濟貿易辦事處將於下月在長沙和鄭州舉行交流活動。',
];
const ADS = Array.from({ length: 5 }, (_, i) => `<iframe title="ad ${i}" width="300" height="250"></iframe>`).join(
  '\n',
);
const page = (ads: boolean) =>
  `<!doctype html><html lang="zh-HK"><meta charset="utf-8"><title>新聞</title><body>${ads ? ADS : ''}` +
  Array.from({ length: 30 }, (_, i) => `<p>${STORY[i % STORY.length]}</p>`).join('\n') +
  '</body></html>';

export const adFramePages = () => ({ '/ad-frames.html': page(true), '/ad-frames-none.html': page(false) });

async function firstUnderline(context: BrowserContext, url: string): Promise<number> {
  const tab = await context.newPage();
  await tab.goto(url);
  const handle = await tab.waitForFunction(
    () => {
      const [entry] = performance.getEntriesByName('hketo-lens:first-highlight');
      return entry ? entry.startTime + entry.duration : null;
    },
    null,
    { timeout: 30_000, polling: 50 },
  );
  const ms = (await handle.jsonValue()) as number;
  await tab.close();
  return ms;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** `rounds` fresh pages with the ad frames and without, alternating; Underline all must be on. */
export async function benchAdFrames(baseUrl: string, context: BrowserContext, rounds = 7) {
  const withAds: number[] = [];
  const without: number[] = [];
  for (let round = 0; round < rounds; round++) {
    withAds.push(await firstUnderline(context, `${baseUrl}/ad-frames.html`));
    without.push(await firstUnderline(context, `${baseUrl}/ad-frames-none.html`));
  }
  const summary = (values: number[]) => ({
    medianMs: Math.round(median(values)),
    minMs: Math.round(Math.min(...values)),
    maxMs: Math.round(Math.max(...values)),
  });
  return { withAds: summary(withAds), without: summary(without) };
}
