/**
 * Whether a stretch of page text could hold a place name, judged without the place data: Han
 * characters, or (for underlining the whole page) a capitalised word of some place's Latin name,
 * read as the hover gate and detection read words (src/core/text/latin.ts): Xi′an with any
 * apostrophe, Shang-hai with its hyphen. The bootstrap content script asks this before it loads
 * the detector into a frame.
 */
import { hasHan, isLatinLetter, isUpperLatin } from './text/chars';
import { isListedWord, latinWordAt } from './text/latin';
import type { WordSet } from './text/word-list';

/** A capitalised word of `text` that is, or has a part that is, a word of some place's Latin name. */
export function hasLatinName(text: string, latinWords: WordSet): boolean {
  for (let i = 0; i < text.length; i++) {
    if (!isUpperLatin(text.charCodeAt(i)) || isLatinLetter(text.charCodeAt(i - 1))) continue;
    const word = latinWordAt(text, i);
    if (isListedWord(word, latinWords)) return true;
    i += word.length;
  }
  return false;
}

export const worthALook = (text: string, latinWords: WordSet | null): boolean =>
  hasHan(text) || (latinWords !== null && hasLatinName(text, latinWords));
