/**
 * `npm run --silent lookup -- 深圳 瀋陽 Xi'an`: one JSON line per argument with every division
 * whose full name, short name, Traditional form, pinyin or English name equals it.
 */
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
    };
  });
  console.log(JSON.stringify({ query, results }));
}
