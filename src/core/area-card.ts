/**
 * The popover's card for a new area, cooperation zone or region found on a page (前海, 长三角):
 * what kind of area it is, the divisions it lies in, every office that serves them, and the help
 * of the first office, in the same shape as a division's card so that both views and the copied
 * text agree.
 */
import { AREA_KIND_KEYS, officesOfArea } from './areas';
import type { PageArea } from './data/areas-schema';
import { emergencyView } from './emergency';
import type { Gazetteer } from './gazetteer';
import type { Translator } from './i18n';
import type { Directory } from './offices';
import { nameIn } from './names';
import { liaisonView, officeView, type PlaceCard } from './place-card';

export function areaCard(gazetteer: Gazetteer, directory: Directory, area: PageArea, tr: Translator): PlaceCard {
  const hosts = area.hosts.map((code) => gazetteer.byCode.get(code)!);
  const offices = officesOfArea(area, gazetteer, directory).map((office) => officeView(office, tr));
  const units = new Set(hosts.map((d) => directory.coverageOf(gazetteer, d).liaison));
  const liaisons = [...units].flatMap((unit) => (unit ? [liaisonView(unit, tr)] : []));
  const uncovered = units.has(null);
  const name = area.name[tr.script];
  const other = area.name[tr.script === 'hant' ? 'hans' : 'hant'];
  const kind = tr.t(AREA_KIND_KEYS[area.kind]);
  return {
    code: area.id,
    name,
    otherScriptName: other === name ? null : other,
    romanized: area.name.en,
    levelLabel: kind,
    chain: [],
    former: null,
    office: offices[0]!,
    // One liaison unit for every host (前海: Shenzhen's) is the area's.
    liaison: units.size === 1 && liaisons.length === 1 ? liaisons[0]! : null,
    hotline: directory.hotline.number,
    emergency: emergencyView(directory.emergency, tr),
    asOf: directory.asOf,
    area: {
      kind,
      ...(area.since && { since: area.since }),
      hosts: hosts.map((d) => nameIn(d, tr.script)),
      offices,
      liaisons,
      uncovered,
    },
  };
}
