/**
 * One sense per page: what the names already found on a page say about its bare mentions.
 *
 * - A name written in full (来宾市) confirms its division for the page, so that a bare 来宾
 *   ("guests" as often as the city) elsewhere on the page is the city too.
 * - The province with most places named on the page ranks first among the divisions a name may mean, and a
 *   bare district name from another province (老城区 on a page about Guangxi) that nothing on the
 *   page confirms is not taken for a place.
 *
 * It grows with the text actually scanned (hover windows, highlighted blocks) and holds at most
 * one entry per division: no pass over the document.
 */
import type { Division } from '../gazetteer';
import type { KeyEntry } from './keys';

const isDistrict = (d: Division) => d.level === 'county' && d.nameHans.endsWith('区');

/** A province leads the page once this many of its places are named, more than of all others together. */
const LEAD_MIN = 3;

export class PageEvidence {
  readonly #confirmed = new Set<number>();
  readonly #seen = new Set<number>();
  readonly #provinceCounts = new Map<string, number>();
  #total = 0;
  #leader: string | null = null;

  /**
   * Names written in full (or as an autonomous unit's alias) confirm their division. A district
   * does not: 老城区 is written in full in every city that has one, so only its parent says which.
   */
  confirm(entries: readonly KeyEntry[]): void {
    for (const e of entries) {
      if ((e.form === 'full' || e.form === 'alias') && !isDistrict(e.division)) this.#confirmed.add(e.division.index);
    }
  }

  /**
   * Counts a place found on the page (its best reading) for its province, once per division:
   * pointing at the same name again, or scanning the same block again, changes nothing.
   */
  count(division: Division): void {
    if (this.#seen.has(division.index)) return;
    this.#seen.add(division.index);
    const n = (this.#provinceCounts.get(division.provinceCode) ?? 0) + 1;
    this.#provinceCounts.set(division.provinceCode, n);
    this.#total++;
    if (n >= LEAD_MIN && n * 2 > this.#total) this.#leader = division.provinceCode;
    else if (this.#leader && this.#provinceCounts.get(this.#leader)! * 2 <= this.#total) this.#leader = null;
  }

  isConfirmed(entries: readonly KeyEntry[]): boolean {
    return entries.some((e) => this.#confirmed.has(e.division.index));
  }

  /** How many divisions the page has named so far: on a page naming several, Canton is Guangzhou. */
  get placesNamed(): number {
    return this.#total;
  }

  /** The province the page is about, if one leads. */
  get leadingProvince(): string | null {
    return this.#leader;
  }

  /** Whether a division lies in the province the page is about. */
  isInLeadingProvince(division: Division): boolean {
    return this.#leader === division.provinceCode;
  }

  /**
   * A bare district name (a county-level 区) from outside the page's province, which nothing on
   * the page confirms, and with no parent named beside it.
   */
  vetoes(entries: readonly KeyEntry[], hasParentNearby: boolean): boolean {
    if (!this.#leader || hasParentNearby || this.isConfirmed(entries)) return false;
    return entries.every((e) => isDistrict(e.division) && e.division.provinceCode !== this.#leader);
  }
}
