/**
 * Latency of the popup search as people use it: each target query typed one key at a time, one
 * search per keystroke (h, ha, han, … hangzhou). Chinese arrives a character at a time, as an
 * input method commits it.
 */
import type { Gazetteer } from '../../src/core/gazetteer';
import type { Directory } from '../../src/core/offices';
import { makeSearchIndex } from '../../src/core/search';

const TARGETS = [
  // Simplified and Traditional Chinese, places and offices.
  '杭州市',
  '鼓楼区',
  '义乌',
  '乌鲁木齐',
  '呼和浩特',
  '深圳',
  '西安',
  '成都',
  '吉林',
  '昆山市',
  '瀋陽',
  '豐臺區',
  '義烏',
  '廣州',
  '烏魯木齊',
  '蘇州',
  '駐滬辦',
  '驻沪办',
  '駐浙江聯絡處',
  '駐上海經濟貿易辦事處',
  '香港特别行政区政府驻成都经济贸易办事处',
  // Pinyin, with and without spaces, tones and apostrophes.
  'hangzhou',
  'hang zhou',
  'Hángzhōu',
  'hang2zhou1',
  "xi'an",
  'shenzhen',
  'guangzhou',
  'chengdu',
  'wulumuqi',
  'neimenggu',
  'shijiazhuang',
  'zhangjiajie',
  'yiwu',
  'kunshan',
  'suzhou',
  'gulou',
  'chongqing',
  // Initials.
  'hz',
  'sz',
  'gz',
  'sjz',
  // English names.
  'Urumqi',
  'Inner Mongolia',
  'Tibet',
  'Hohhot',
  'Lhasa',
  'Kashgar',
  'Harbin',
  // Offices and liaison units.
  'SHETO',
  'gdeto',
  'LNLU',
  'Shanghai office',
  'Economic and Trade Office in Chengdu',
  'Zhejiang Liaison Unit',
  'Hong Kong Economic and Trade Office in Wuhan',
  // Typos.
  'guanzhou',
  'hangzou',
  'shenzen',
  'chongching',
  'tianjing',
  'beijng',
  'shanghia',
  'urumchi',
  'xinjang',
];

const WARM_UP_ROUNDS = 3;
const TIMED_ROUNDS = 5;

/** Every prefix of every target, by code point: what the box holds after each keystroke. */
function keystrokes(): string[] {
  return TARGETS.flatMap((target) => {
    const chars = Array.from(target);
    return chars.map((_, i) => chars.slice(0, i + 1).join(''));
  });
}

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;

export function benchSearch(
  gazetteer: Gazetteer,
  directory: Directory,
): { buildMs: number; queries: number; medianMs: number; p95Ms: number; maxMs: number } {
  const start = performance.now();
  const index = makeSearchIndex(gazetteer, directory);
  const buildMs = performance.now() - start;

  const typed = keystrokes();
  for (let round = 0; round < WARM_UP_ROUNDS; round++) for (const query of typed) index.search(query);
  const times: number[] = [];
  for (let round = 0; round < TIMED_ROUNDS; round++) {
    for (const query of typed) {
      const t = performance.now();
      index.search(query);
      times.push(performance.now() - t);
    }
  }
  times.sort((a, b) => a - b);
  return {
    buildMs,
    queries: times.length,
    medianMs: percentile(times, 0.5),
    p95Ms: percentile(times, 0.95),
    maxMs: times[times.length - 1]!,
  };
}
