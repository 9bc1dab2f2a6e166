/**
 * Latin-script names in one normal form, for detection, search, look-up and the hover gate:
 * case, apostrophes (Xi'an, Xi’an, Xi′an), diacritics (Ürümqi, Garzê), spaces and hyphens are
 * ignored, so "XIAN", "Xi'an", "xi an" and "Xi-an" give the same key.
 */
import { APOSTROPHES, SPACES, isApostrophe, isLatinLetter } from './chars';
import type { WordSet } from './word-list';

const IGNORED = new RegExp(`[\\s${APOSTROPHES}${SPACES}\\-]+`, 'g');

export function latinKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(IGNORED, '');
}

const LATIN_TEXT = new RegExp(`^[\\p{Script=Latin}\\s${APOSTROPHES}${SPACES}\\-.]+$`, 'u');

export function isLatin(text: string): boolean {
  return LATIN_TEXT.test(text);
}

const HYPHEN = 0x2d;

/** A unit of a Latin word: a letter, or an apostrophe or hyphen between letters (Xi′an, Shang-hai). */
function isWordUnitAt(text: string, i: number): boolean {
  const unit = text.charCodeAt(i);
  if (isLatinLetter(unit)) return true;
  return (
    (isApostrophe(unit) || unit === HYPHEN) &&
    isLatinLetter(text.charCodeAt(i - 1)) &&
    isLatinLetter(text.charCodeAt(i + 1))
  );
}

/** The Latin word around `index`, across apostrophes and hyphens between letters, as written. */
export function latinWordAt(text: string, index: number): string {
  let start = index;
  let end = index;
  while (start > 0 && isWordUnitAt(text, start - 1)) start--;
  while (end < text.length && isWordUnitAt(text, end)) end++;
  return text.slice(start, end);
}

/**
 * Whether `word` is listed among the Latin place words, whole or by a part between its hyphens
 * (Shang-hai as "shanghai"; Beijing-based by "beijing").
 */
export function isListedWord(word: string, words: WordSet): boolean {
  const parts = word.split('-');
  return [latinKey(word), ...(parts.length > 1 ? parts.map(latinKey) : [])].some((key) => words.has(key));
}
