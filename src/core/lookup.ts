/** Exact name lookup: every division one of whose names equals the query. */
import { latinKey, isLatin } from './latin';
import { shortHantForms, type Division, type Gazetteer } from './gazetteer';

const LEVEL_ORDER = { province: 0, prefecture: 1, county: 2 } as const;

export function byLevelThenCode(a: Division, b: Division): number {
  return LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || a.code.localeCompare(b.code);
}

/** Builds an index from every name form to its divisions. */
export function makeNameIndex(gazetteer: Gazetteer): (query: string) => Division[] {
  const index = new Map<string, Division[]>();
  const add = (key: string, division: Division) => {
    const list = index.get(key);
    if (!list) index.set(key, [division]);
    else if (!list.includes(division)) list.push(division);
  };
  for (const d of gazetteer.divisions) {
    for (const name of [d.nameHans, d.shortHans, ...d.hantForms, ...shortHantForms(d)]) add(name, d);
    for (const name of [d.pinyin, ...d.english]) add(latinKey(name), d);
  }
  for (const list of index.values()) list.sort(byLevelThenCode);

  return (query) => {
    const trimmed = query.trim();
    if (!trimmed) return [];
    return index.get(isLatin(trimmed) ? latinKey(trimmed) : trimmed) ?? [];
  };
}
