/** Places found on a page, grouped by the office that covers them (the popup's "This page" list). */
import type { Office } from './data/offices-schema';
import type { Division, Gazetteer } from './gazetteer';
import type { PageSummary } from './messages';
import type { Directory } from './offices';

export interface OfficeGroup {
  office: Office;
  places: Array<{ division: Division; count: number }>;
  mentions: number;
}

/** Offices in directory order; within each, the most mentioned places first. Unknown codes are dropped. */
export function groupByOffice(
  places: PageSummary['places'],
  gazetteer: Gazetteer,
  directory: Directory,
): OfficeGroup[] {
  const groups = new Map(
    directory.offices.map((office): [string, OfficeGroup] => [office.id, { office, places: [], mentions: 0 }]),
  );
  for (const { code, count } of places) {
    const division = gazetteer.byCode.get(code);
    if (!division) continue;
    const group = groups.get(directory.officeOfProvince(division.provinceCode).id)!;
    group.places.push({ division, count });
    group.mentions += count;
  }
  for (const group of groups.values()) {
    group.places.sort((a, b) => b.count - a.count || a.division.index - b.division.index);
  }
  return [...groups.values()].filter((group) => group.places.length > 0);
}
