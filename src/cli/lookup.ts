/**
 * `npm run --silent lookup -- 深圳 瀋陽 Xi'an 襄樊`: one JSON line per argument with every division
 * whose full name, short name, Traditional form, pinyin, English or former name equals it; a
 * former name says which and until when.
 */
import { foldString } from '../core/detect/fold';
import { formsOfFormerName, type Division } from '../core/gazetteer';
import { makeNameIndex } from '../core/lookup';
import { readAppData } from './data';

const { gazetteer, directory } = readAppData();
const find = makeNameIndex(gazetteer);

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
  console.log(JSON.stringify({ query, results }));
}

function formerMatch(d: Division, query: string) {
  const folded = foldString(query.trim());
  const former = d.former.find((f) => formsOfFormerName(f).some((form) => foldString(form) === folded));
  return former ? { formerly: { nameHans: former.nameHans, nameHant: former.nameHant, until: former.until } } : {};
}
