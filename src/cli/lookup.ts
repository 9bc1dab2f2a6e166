/**
 * `npm run --silent lookup -- 深圳 瀋陽 Xi'an 襄樊 长三角`: one JSON line per argument with every
 * division whose full name, short name, Traditional form, pinyin, English or former name equals
 * it (a former name says which and until when), and every new area, cooperation zone or region
 * so named, with its host divisions and the offices that serve them.
 */
import { makeAreas } from '../core/areas';
import { foldString } from '../core/detect/fold';
import { formsOfFormerName, type Division } from '../core/gazetteer';
import { makeNameIndex } from './name-index';
import { readAppData, readAreasFile } from './data';

const { gazetteer, directory } = readAppData();
const find = makeNameIndex(gazetteer);
const areas = makeAreas(readAreasFile(), gazetteer, directory);

for (const query of process.argv.slice(2)) {
  const results = find(query).map((d) => {
    const { office, liaison } = directory.coverageOf(gazetteer, d);
    return {
      code: d.code,
      level: d.level,
      nameHans: d.nameHans,
      nameHant: d.nameHant,
      pinyin: d.pinyin,
      office: office.id,
      liaison: liaison?.id ?? null,
      ...formerMatch(d, query),
    };
  });
  const named = areas.find(query).map((area) => ({
    id: area.id,
    kind: area.kind,
    nameHans: area.name.hans,
    nameHant: area.name.hant,
    ...(area.since && { since: area.since }),
    hosts: area.hosts,
    offices: areas.officesOf(area).map((office) => office.id),
    liaisons: [...new Set(areas.hostsOf(area).flatMap((d) => directory.coverageOf(gazetteer, d).liaison?.id ?? []))],
  }));
  console.log(JSON.stringify({ query, results, ...(named.length && { areas: named }) }));
}

function formerMatch(d: Division, query: string) {
  const folded = foldString(query.trim());
  const former = d.former.find((f) => formsOfFormerName(f).some((form) => foldString(form) === folded));
  return former ? { formerly: { nameHans: former.nameHans, nameHant: former.nameHant, until: former.until } } : {};
}
