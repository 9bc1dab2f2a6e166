/**
 * Typo tolerance for Latin names (guanzhou, hangzou, shenzen) with Fuse.js. Fuse scores every
 * name it holds, which over all the Latin names costs milliseconds a keystroke; so the names are
 * split by first letter and a query searches only its own letter's share (about a fifteenth).
 * Misspellings seldom get the first letter wrong, and a query that does would mostly land on
 * unrelated names anyway.
 */
import Fuse, { type IFuseOptions } from 'fuse.js';
import { append } from '../multimap';
import type { KeyedIds } from './key-table';

export interface FuzzyMatch {
  ids: readonly number[];
  /** 0 is a perfect match, 1 no match at all. */
  score: number;
  /** Letters the name shares with the start of the query (see matches.ts). */
  sharedPrefix: number;
}

// A name is not worse for being long: the query may be its unfinished start.
const OPTIONS: IFuseOptions<string> = { includeScore: true, threshold: 0.34, ignoreFieldNorm: true };

export function makeFuzzy(keys: KeyedIds): (query: string, limit: number) => FuzzyMatch[] {
  const byInitial = new Map<string, string[]>();
  for (const key of keys.keys()) append(byInitial, key.charAt(0), key);
  const fuses = new Map([...byInitial].map(([initial, names]) => [initial, new Fuse(names, OPTIONS)]));
  return (query, limit) =>
    (fuses.get(query.charAt(0))?.search(query, { limit }) ?? []).map(({ item, score = 1 }) => ({
      ids: keys.get(item)!,
      score,
      sharedPrefix: sharedPrefixLength(query, item),
    }));
}

function sharedPrefixLength(a: string, b: string): number {
  let length = 0;
  while (length < a.length && a[length] === b[length]) length++;
  return length;
}
