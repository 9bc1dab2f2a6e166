/**
 * Whether a stretch of page text could hold a place name, judged without the place data: Han
 * characters, or (for underlining the whole page) a capitalised word of some place's Latin name.
 * The bootstrap content script asks this before it loads the detector into a frame.
 */
import type { WordSet } from './text/word-list';

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
const CAPITALISED = /[A-Z\u00c0-\u00de][A-Za-z\u00c0-\u024f'\u2019]*/g;

export const hasHan = (text: string): boolean => HAN.test(text);

/** A capitalised word of `text` that begins some place's Latin name ("Xi'an", "Hangzhou"). */
export function hasLatinName(text: string, latinWords: WordSet): boolean {
  CAPITALISED.lastIndex = 0;
  for (let m = CAPITALISED.exec(text); m; m = CAPITALISED.exec(text)) {
    if (latinWords.has(m[0].toLowerCase().replace(/['\u2019]/g, ''))) return true;
  }
  return false;
}

export const worthALook = (text: string, latinWords: WordSet | null): boolean =>
  hasHan(text) || (latinWords !== null && hasLatinName(text, latinWords));
