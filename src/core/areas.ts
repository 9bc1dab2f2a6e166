/**
 * Areas named as places that are not divisions: state-level new areas (雄安新区), cooperation
 * zones (前海) and regions (长三角). A name finds the area; the area's host divisions give the
 * offices that serve it, one or several.
 */
import type { Area, AreaKind, AreasFile } from './data/areas-schema';
import type { Office } from './data/offices-schema';
import { foldString } from './detect/fold';
import type { Division, Gazetteer } from './gazetteer';
import { latinKey } from './text/latin';
import { append } from './multimap';
import type { MessageKey } from './i18n';
import type { Directory } from './offices';

export const AREA_KIND_KEYS: Record<AreaKind, MessageKey> = {
  newArea: 'areaNewArea',
  cooperationZone: 'areaCooperationZone',
  region: 'areaRegion',
};

/** The offices serving the provinces of an area's hosts, each once, in the directory's order. */
export function officesOfArea(area: Pick<Area, 'hosts'>, gazetteer: Gazetteer, directory: Directory): Office[] {
  const ids = new Set(
    area.hosts.map((code) => directory.officeOfProvince(gazetteer.byCode.get(code)!.provinceCode).id),
  );
  return directory.offices.filter((office) => ids.has(office.id));
}

export interface Areas {
  list: Area[];
  sources: AreasFile['sources'];
  /** Areas one of whose names equals the query (variants folded, Latin names in any case). */
  find(query: string): Area[];
  hostsOf(area: Area): Division[];
  /** The offices serving the hosts' provinces, each once, in the directory's order. */
  officesOf(area: Area): Office[];
}

const keyOf = (name: string) => (/\p{Script=Han}/u.test(name) ? foldString(name) : latinKey(name));

export function makeAreas(file: AreasFile, gazetteer: Gazetteer, directory: Directory): Areas {
  const index = new Map<string, Area[]>();
  for (const area of file.areas) {
    for (const source of area.sources)
      if (!file.sources[source]) throw new Error(`area ${area.id}: unknown source ${source}`);
    for (const code of area.hosts)
      if (!gazetteer.byCode.has(code)) throw new Error(`area ${area.id}: unknown host ${code}`);
    const keys = new Set([area.name.hans, area.name.hant, area.name.en, ...area.aliases].map(keyOf));
    for (const key of keys) append(index, key, area);
  }
  const hostsOf = (area: Area) => area.hosts.map((code) => gazetteer.byCode.get(code)!);
  return {
    list: file.areas,
    sources: file.sources,
    find: (query) => index.get(keyOf(query.trim())) ?? [],
    hostsOf,
    officesOf: (area) => officesOfArea(area, gazetteer, directory),
  };
}
