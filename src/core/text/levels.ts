/**
 * Level words and the order of levels: what follows a Latin name to give its level ("Jilin
 * City", "Jilin Province"), and the order divisions are listed in (province, prefecture, county).
 */
import type { Level } from '../data/division-row';

export const LEVEL_ORDER: Readonly<Record<Level, number>> = { province: 0, prefecture: 1, county: 2 };

/** Words after a Latin name that say which level it names: "Jilin City", "Jilin Province". */
export const LATIN_LEVEL_WORDS: Array<[RegExp, 'city' | 'province']> = [
  [/^\s+(City|Shi|Prefecture|Prefecture-level City)\b/, 'city'],
  [/^\s+(Province|Sheng|Municipality|Autonomous Region)\b/, 'province'],
];

/** The same words, one by one and lower-cased, for the hover gate: the word under the pointer may be one. */
export const LATIN_LEVEL_WORD_SET: ReadonlySet<string> = new Set(
  LATIN_LEVEL_WORDS.flatMap(([pattern]) => pattern.source.match(/[A-Z][a-z]+/g) ?? []).map((w) => w.toLowerCase()),
);
