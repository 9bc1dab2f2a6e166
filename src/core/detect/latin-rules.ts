/** The rules for Latin names (Hangzhou, Xi'an): where they stand as words of their own, and their level word. */
import { isDigit, isLatinLetter, isUpperLatin, unitAt } from './chars';
import { LATIN_LEVEL_WORDS, LATIN_STREET, LATIN_SURNAMES } from './cues';
import type { Candidate } from './rules';

/** A capitalised word of its own, not a surname's neighbour ("Wang Jian") nor a street ("Beijing West Road"). */
export function latinFits(c: Candidate, text: string): boolean {
  const before = unitAt(text, c.start - 1);
  const after = unitAt(text, c.end);
  if (isLatinLetter(before) || isDigit(before) || isLatinLetter(after) || isDigit(after)) return false;
  if (!isUpperLatin(text.charCodeAt(c.start))) return false;
  const previousWord = /(\p{Lu}\p{Ll}+) $/u.exec(text.slice(Math.max(0, c.start - 12), c.start))?.[1];
  const nextWord = /^ (\p{Lu}\p{Ll}+)/u.exec(text.slice(c.end, c.end + 12))?.[1];
  if (LATIN_STREET.test(text.slice(c.end, c.end + 24))) return false;
  return ![previousWord, nextWord].some((word) => word && LATIN_SURNAMES.has(word.toLowerCase()));
}

/** "Jilin City" and "Guangdong Province": the level word joins the name and settles its level. */
export function readLatinLevel(c: Candidate, text: string): void {
  const after = text.slice(c.end, c.end + 32);
  for (const [pattern, level] of LATIN_LEVEL_WORDS) {
    const word = pattern.exec(after);
    if (!word) continue;
    const entries = c.entries.filter((e) => (level === 'province') === (e.division.level === 'province'));
    if (!entries.length) return;
    c.entries = entries;
    c.end += word[0].length;
    return;
  }
}
