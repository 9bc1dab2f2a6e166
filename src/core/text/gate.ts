/**
 * The hover gate's test, before any data is loaded: whether the character at `index` can be part
 * of a place name. It reads words as detection does (src/core/text/latin.ts), so that every
 * spelling detection accepts (Xi′an, Shang-hai, Inner Mongolia) also passes the gate.
 */
import { SPACES, isApostrophe, isHan, isLatinLetter } from './chars';
import { isListedWord, latinWordAt } from './latin';
import { LATIN_LEVEL_WORD_SET } from './levels';
import type { WordSet } from './word-list';

/** How far before a level word its place name is looked for: the word before widens to the whole name. */
const LEVEL_LOOKBACK = 64;
const WORD_BEFORE = new RegExp(`(\\p{L}+)[${SPACES}]+((autonomous|Autonomous)[${SPACES}]+)?\\p{L}*$`, 'u');

/**
 * True where the character is Han, or a Latin letter (or an apostrophe or hyphen inside a word)
 * of a word of some place's Latin name, or of the level word after one ("Jilin City").
 */
export function mayBePlaceName(text: string, index: number, latinWords: WordSet): boolean {
  const unit = text.charCodeAt(index);
  if (isHan(unit)) return true;
  const inWord = (isApostrophe(unit) || unit === 0x2d) && isLatinLetter(text.charCodeAt(index - 1));
  if (!isLatinLetter(unit) && !inWord) return false;
  const word = latinWordAt(text, index);
  if (isListedWord(word, latinWords)) return true;
  if (!LATIN_LEVEL_WORD_SET.has(word.toLowerCase())) return false;
  // Only a short stretch before the point is searched: this runs on every pointer move, and a
  // text node may be megabytes long.
  const from = Math.max(0, index - LEVEL_LOOKBACK);
  const before = WORD_BEFORE.exec(text.slice(from, index));
  if (!before) return false;
  return isListedWord(latinWordAt(text, from + before.index), latinWords);
}
