/**
 * Chinese names that contain the query other than at the start (州 → 杭州, 廣州; 浙江聯絡處 →
 * 駐浙江聯絡處). Only the names holding the query's rarest character are tested, so a keystroke
 * looks at a few hundred names at most rather than all of them.
 */
import { append } from '../multimap';
import type { KeyedIds } from './key-table';

export function makeSubstringIndex(keys: KeyedIds): (query: string) => number[] {
  const namesWith = new Map<string, string[]>();
  for (const key of keys.keys()) for (const char of new Set(key)) append(namesWith, char, key);
  return (query) => {
    let candidates: readonly string[] | undefined;
    for (const char of query) {
      const names = namesWith.get(char) ?? [];
      if (!candidates || names.length < candidates.length) candidates = names;
    }
    return (candidates ?? []).filter((key) => key.includes(query)).flatMap((key) => keys.get(key)!);
  };
}
