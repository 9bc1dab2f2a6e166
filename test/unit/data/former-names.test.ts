import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFormerNames } from '../../../src/cli/build-data/former-names';
import { DATA_DIR } from '../../../src/cli/data';
import { makeDetector } from '../../../src/core/detect/detect';
import { makeTranslator } from '../../../src/core/i18n';
import { makeNameIndex } from '../../../src/cli/name-index';
import { cardAsText, placeCard } from '../../../src/core/place-card';
import { makeSearchIndex } from '../../../src/core/search';
import { directory, gazetteer } from '../../support/data';

const lookup = makeNameIndex(gazetteer);
const detector = makeDetector(gazetteer);
const search = makeSearchIndex(gazetteer, directory);
const en = makeTranslator('en', 'hans');

/** Former name, the year it was last used, and today's division it resolves to. */
const FORMER: Array<[string, number, string, string]> = [
  ['襄樊市', 2010, '420600', '襄阳市'],
  ['思茅市', 2007, '530800', '普洱市'],
  ['思茅地区', 2003, '530800', '普洱市'],
  ['巢湖地区', 1999, '340181', '巢湖市'],
  ['莱芜市', 2018, '370100', '济南市'],
  ['淮阴市', 2000, '320800', '淮安市'],
  ['大庸市', 1994, '430800', '张家界市'],
  ['渡口市', 1987, '510400', '攀枝花市'],
  ['徽州地区', 1987, '341000', '黄山市'],
  ['哲里木盟', 1999, '150500', '通辽市'],
  ['萧山市', 2001, '330109', '萧山区'],
  ['萧山县', 1987, '330109', '萧山区'],
  ['余杭市', 2001, '330110', '余杭区'],
  ['宣武区', 2010, '110102', '西城区'],
  ['崇文区', 2010, '110101', '东城区'],
  ['万县市', 1997, '500101', '万州区'],
  ['渝北区', 2025, '500157', '两江新区'],
  ['江北区', 2025, '500157', '两江新区'],
  ['潞西县', 1996, '533103', '芒市'],
];

describe('former names', () => {
  it.each(FORMER)('%s (until %i) resolves to %s %s, and its card says so', (former, until, code, today) => {
    const d = gazetteer.byCode.get(code)!;
    expect(d.nameHans).toBe(today);
    expect(d.former).toContainEqual(expect.objectContaining({ nameHans: former, until }));
    expect(lookup(former).map((x) => x.code)).toContain(code);
    expect(search.search(former).map((hit) => (hit.kind === 'division' ? hit.division.code : ''))).toContain(code);
    expect(placeCard(gazetteer, directory, d, en).former).toContain(`formerly ${former}, until ${until}`);
    expect(placeCard(gazetteer, directory, gazetteer.byCode.get('440300')!, en).former).toBeNull();
  });

  it('keeps a name that is still in use for the place that has it now, first', () => {
    expect(lookup('江北区').map((d) => d.code)).toEqual(['330205', '500157']);
  });

  it('finds Traditional forms and the short form of a former prefecture', () => {
    expect(lookup('蕭山市').map((d) => d.code)).toEqual(['330109']);
    expect(lookup('襄樊').map((d) => d.code)).toEqual(['420600']);
    // 莱芜 is 莱芜区 today, not the former prefecture-level city that is now part of Jinan.
    expect(lookup('莱芜').map((d) => d.code)).toEqual(['370116']);
    const zh = makeTranslator('zh', 'hant');
    expect(placeCard(gazetteer, directory, gazetteer.byCode.get('330109')!, zh).former).toBe('舊稱蕭山市，至2001年；舊稱蕭山縣，至1987年');
    expect(cardAsText(placeCard(gazetteer, directory, gazetteer.byCode.get('420600')!, zh), zh)).toContain('\n舊稱襄樊市，至2010年\n');
  });

  it('are found on a page under the rules for full names', () => {
    const found = (text: string) => detector.detect(text).map((d) => [text.slice(d.start, d.end), d.codes[0]]);
    expect(found('他1995年在湖北襄樊市工作，后来去了萧山市。')).toEqual([
      ['湖北', '420000'],
      ['襄樊市', '420600'],
      ['萧山市', '330109'],
    ]);
    expect(found('襄樊的夏天很热')).toEqual([['襄樊', '420600']]);
    // A common word that was once a district's name is not one: 半山区 (semi-mountainous area).
    expect(found('这是一个丘陵起伏的半山区')).toEqual([]);
  });

  it('are checked against today’s names when the data is built', () => {
    const file = path.join(DATA_DIR, 'divisions/former-names.tsv');
    const today = gazetteer.divisions.map((d) => ({ code: d.code, name: d.nameHans }));
    expect(readFormerNames(file, today).get('420600')).toEqual([{ code: '420600', name: '襄樊市', until: 2010 }]);
    const renamed = today.map((d) => (d.code === '420600' ? { ...d, name: '新名市' } : d));
    expect(() => readFormerNames(file, renamed)).toThrow(/today's division 420600 is 新名市, not 襄阳市/);
  });
});
