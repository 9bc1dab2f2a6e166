/**
 * Exact and prefix lookup without scanning every name: a map answers equality, and in the
 * sorted list of keys the ones starting with a prefix form one run, found by binary search.
 */

import { append } from '../multimap';

/** Each distinct key and the entries (by id) that have it. */
export type KeyedIds = ReadonlyMap<string, readonly number[]>;

export function groupByKey(pairs: Iterable<readonly [key: string, id: number]>): KeyedIds {
  const byKey = new Map<string, number[]>();
  for (const [key, id] of pairs) if (key && !byKey.get(key)?.includes(id)) append(byKey, key, id);
  return byKey;
}

export interface KeyTable {
  exact(key: string): readonly number[];
  /** Entries with a key that starts with `prefix`, the key itself included; may repeat ids. */
  prefixed(prefix: string): number[];
}

export function makeKeyTable(keys: KeyedIds): KeyTable {
  // The default sort compares UTF-16 code units, the same order in which startsWith groups keys.
  const sorted = [...keys.keys()].sort();
  return {
    exact: (key) => keys.get(key) ?? [],
    prefixed(prefix) {
      const ids: number[] = [];
      for (let i = lowerBound(sorted, prefix); i < sorted.length; i++) {
        const key = sorted[i]!;
        if (!key.startsWith(prefix)) break;
        ids.push(...keys.get(key)!);
      }
      return ids;
    },
  };
}

function lowerBound(sorted: readonly string[], value: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
