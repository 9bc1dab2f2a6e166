/**
 * The toolbar popup's search: one box over every division, office and liaison unit.
 *
 * Each tier is answered from structures built once, never by scanning every name:
 * - exact: a map from every name form (Simplified and each accepted Traditional form, full and
 *   short; pinyin; English; abbreviations) to its targets;
 * - prefix: a binary search in the same keys sorted, plus pinyin initials (hz) and, for offices
 *   and liaison units, the query's words among their English words;
 * - fuzzy: Chinese names holding the query elsewhere than at the start, and Fuse.js for Latin
 *   typos (see fuzzy.ts).
 * The fuzzy tier runs only while the first two leave room under the limit, which is when a
 * typo shows: a mistyped name stops having prefix matches. Fuse also needs 3 to 32 letters:
 * fewer already prefix-match hundreds of names, and more are not a name (Fuse's bit-parallel
 * matcher splits longer patterns into 32-letter chunks, at a cost per chunk).
 */
import type { Area } from '../data/areas-schema';
import type { Gazetteer } from '../gazetteer';
import type { Directory } from '../offices';
import { makeFuzzy } from './fuzzy';
import { groupByKey, makeKeyTable, type KeyedIds } from './key-table';
import { Matches } from './matches';
import { namesOf, type Names } from './names';
import { hanKey, latinKeyOf, parseQuery, type Query } from './normalise';
import { listTargets } from './order';
import { makeSubstringIndex } from './substring';
import type { SearchHit, SearchIndex } from './types';
import { hasOfficeVocabulary, matchesWords } from './unit-names';

export type { MatchKind, SearchHit, SearchIndex, SearchTarget } from './types';

const DEFAULT_LIMIT = 20;
/** Far beyond the longest name (83 characters): longer input is pasted text, not a name. */
const MAX_QUERY_LENGTH = 300;
const FUZZY_MIN_LETTERS = 3;
const FUZZY_MAX_LETTERS = 32;

export function makeSearchIndex(gazetteer: Gazetteer, directory: Directory, areas: readonly Area[] = []): SearchIndex {
  const targets = listTargets(gazetteer, directory, areas);
  const names = targets.list.map(namesOf);
  const keyed = (pick: (names: Names) => string[], normalise: (name: string) => string): KeyedIds =>
    groupByKey(names.flatMap((of, id) => pick(of).map((name) => [normalise(name), id] as const)));
  const han = keyed((of) => of.han, hanKey);
  const latin = keyed((of) => of.latin, latinKeyOf);
  const hanTable = makeKeyTable(han);
  const latinTable = makeKeyTable(latin);
  const initialsTable = makeKeyTable(keyed((of) => of.initials, latinKeyOf));
  const containing = makeSubstringIndex(han);
  const fuzzy = makeFuzzy(latin);
  const unitIds = Array.from({ length: targets.firstDivision }, (_, id) => id);
  const isUnit = (id: number) => id < targets.firstDivision;

  function collect(query: Query, limit: number): Matches {
    const table = query.script === 'han' ? hanTable : latinTable;
    const matches = new Matches();
    matches.add(table.exact(query.key), 'exact');
    matches.add(table.prefixed(query.key), 'prefix');
    if (query.script === 'latin') {
      matches.add(initialsTable.prefixed(query.key), 'prefix');
      matches.add(
        unitIds.filter((id) => matchesWords(names[id]!.words, query.words)),
        'prefix',
      );
    }
    if (matches.size >= limit) return matches;
    if (query.script === 'han') matches.add(containing(query.key), 'fuzzy');
    else if (query.key.length >= FUZZY_MIN_LETTERS && query.key.length <= FUZZY_MAX_LETTERS) {
      for (const { ids, score, sharedPrefix } of fuzzy(query.key, limit))
        matches.add(ids, 'fuzzy', score, sharedPrefix);
    }
    return matches;
  }

  /** Office words (辦, liaison) or an office's exact name (SHETO) put offices first in each tier. */
  function asksForOffice(query: Query): boolean {
    const table = query.script === 'han' ? hanTable : latinTable;
    return hasOfficeVocabulary(query) || table.exact(query.key).some(isUnit);
  }

  return {
    search(text, limit = DEFAULT_LIMIT): SearchHit[] {
      const query = text.length <= MAX_QUERY_LENGTH ? parseQuery(text) : null;
      if (!query || limit < 1) return [];
      const officesFirst = asksForOffice(query);
      // Bands are below 10, so the offset puts a whole kind of target after the other.
      const rank = (id: number) => (isUnit(id) === officesFirst ? 0 : 10) + targets.bands[id]!;
      return collect(query, limit)
        .top(limit, rank)
        .map(({ id, kind }) => ({ ...targets.list[id]!, match: kind }));
    },
  };
}
