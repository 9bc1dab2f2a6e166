/**
 * Exact name lookup for `npm run lookup`: every division one of whose names equals the query, with the variant
 * characters folded as detection folds them (臺州 finds 台州市, 峯峰 either way).
 */
import { foldString } from '../core/detect/fold';
import { latinKey, isLatin } from '../core/text/latin';
import { LEVEL_ORDER } from '../core/text/levels';
import { nameForms, type Division, type Gazetteer } from '../core/gazetteer';
import { append } from '../core/multimap';

function byLevelThenCode(a: Division, b: Division): number {
  return LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || a.code.localeCompare(b.code);
}

/** Builds an index from every name form to its divisions. */
export function makeNameIndex(gazetteer: Gazetteer): (query: string) => Division[] {
  const index = new Map<string, Division[]>();
  const add = (key: string, division: Division) => {
    if (!index.get(key)?.includes(division)) append(index, key, division);
  };
  for (const d of gazetteer.divisions) {
    const { han, latin } = nameForms(d);
    for (const name of han) add(foldString(name), d);
    for (const name of latin) add(latinKey(name), d);
  }
  for (const list of index.values()) list.sort(byLevelThenCode);

  return (query) => {
    const trimmed = query.trim();
    if (!trimmed) return [];
    return index.get(isLatin(trimmed) ? latinKey(trimmed) : foldString(trimmed)) ?? [];
  };
}
