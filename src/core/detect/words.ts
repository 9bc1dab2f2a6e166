/**
 * How the platform's dictionary-based word segmenter (ICU's, in Chromium, Firefox and Node) reads
 * the text around a name, so that 海城市 is not found in 沿海城市, nor 上海 in 踏上海上, nor 大理
 * in 重大理论. Only a few characters of context are segmented.
 */
const CONTEXT = 4;

export interface WordReading {
  /** A word starts before the name and ends inside it (沿海 in 沿海城市). */
  crossesStart: boolean;
  /** A word starts inside the name and ends after it (理论 in 重大理论). */
  crossesEnd: boolean;
  /**
   * ICU left single characters inside the name (往常|德, 原宿|迁|市): a sign that it could not
   * read the rest as words, so its crossing word is less credible.
   */
  orphans: boolean;
  /** The character just before the name is a word of its own (李|长春). */
  singleBefore: boolean;
}

export type WordReader = (text: string, start: number, end: number) => WordReading;

/**
 * Each reading costs a segmenter call (3–5 µs, mostly fixed cost), so readings are cached by
 * their window: names recur on a page in the same phrases (在北京举行).
 */
const CACHE_LIMIT = 4096;

export function makeWordReader(): WordReader {
  // Created on first use: ICU loads its Chinese dictionary then (about 7 ms in Node 20).
  let segmenter: Intl.Segmenter | undefined;
  const cache = new Map<string, WordReading>();
  return (text, start, end) => {
    const from = Math.max(0, start - CONTEXT);
    const to = Math.min(text.length, end + CONTEXT);
    const key = `${start - from},${end - from},${text.slice(from, to)}`;
    const cached = cache.get(key);
    if (cached) return cached;
    if (cache.size >= CACHE_LIMIT) cache.clear();
    segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
    const reading: WordReading = { crossesStart: false, crossesEnd: false, orphans: false, singleBefore: false };
    let previous = -1;
    const visit = (a: number, b: number) => {
      if (a === start - 1 && b === start) reading.singleBefore = true;
      if (b <= start || a >= end) return;
      if (a < start) reading.crossesStart = true;
      if (b > end) reading.crossesEnd = true;
      if (a >= start && b <= end && b - a === 1) reading.orphans = true;
    };
    for (const { index } of segmenter.segment(text.slice(from, to))) {
      if (previous >= 0) visit(previous, from + index);
      previous = from + index;
      if (previous > end) break;
    }
    if (previous >= 0 && previous <= end) visit(previous, to);
    cache.set(key, reading);
    return reading;
  };
}
