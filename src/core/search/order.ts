/**
 * What the box can find, in the order results are listed within a tier: offices, liaison units,
 * then divisions from the broadest down, then new areas, zones and regions. County-level cities (义乌市, 昆山市) come before the
 * other county-level units because they are towns people know by name; districts and counties
 * less so. Ids are positions in this list, so comparing ids compares listing order.
 */
import type { Area } from '../data/areas-schema';
import type { Division, Gazetteer } from '../gazetteer';
import type { Directory } from '../offices';
import type { SearchTarget } from './types';

export interface Targets {
  list: SearchTarget[];
  /** Id of the first division: lower ids are offices and liaison units. */
  firstDivision: number;
  /** Each target's band: office, liaison unit, province, prefecture, county-level city, other. */
  bands: number[];
}

export function listTargets(gazetteer: Gazetteer, directory: Directory, areas: readonly Area[] = []): Targets {
  const list: SearchTarget[] = [
    ...directory.offices.map((office): SearchTarget => ({ kind: 'office', office })),
    ...directory.liaisonUnits.map((liaison): SearchTarget => ({ kind: 'liaison', liaison })),
    ...[...gazetteer.divisions].sort(byListingOrder).map((division): SearchTarget => ({ kind: 'division', division })),
    ...areas.map((area): SearchTarget => ({ kind: 'area', area })),
  ];
  return {
    list,
    firstDivision: directory.offices.length + directory.liaisonUnits.length,
    bands: list.map(bandOf),
  };
}

function bandOf(target: SearchTarget): number {
  if (target.kind === 'office') return 0;
  if (target.kind === 'liaison') return 1;
  if (target.kind === 'area') return 6;
  return 2 + divisionBand(target.division);
}

function divisionBand(division: Division): number {
  if (division.level === 'province') return 0;
  if (division.level === 'prefecture') return 1;
  return division.nameHans.endsWith('市') ? 2 : 3;
}

function byListingOrder(a: Division, b: Division): number {
  return divisionBand(a) - divisionBand(b) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}
