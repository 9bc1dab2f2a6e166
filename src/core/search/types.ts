import type { Area } from '../data/areas-schema';
import type { LiaisonUnit, Office } from '../data/offices-schema';
import type { Division } from '../gazetteer';

export type MatchKind = 'exact' | 'prefix' | 'fuzzy';

/** Anything the search box can find. */
export type SearchTarget =
  | { kind: 'division'; division: Division }
  | { kind: 'office'; office: Office }
  | { kind: 'liaison'; liaison: LiaisonUnit }
  /** A new area, cooperation zone or region (雄安新区, 前海, 长三角): not a division. */
  | { kind: 'area'; area: Area };

export type SearchHit = SearchTarget & { match: MatchKind };

export interface SearchIndex {
  /** Best matches first: exact, then prefix, then fuzzy. Never throws; junk finds nothing. */
  search(query: string, limit?: number): SearchHit[];
}
