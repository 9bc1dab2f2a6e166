import { describe, expect, it } from 'vitest';
import { deriveFormerNames, parseTable, selectFormerNames } from '../../../src/cli/former-names/derive';
import type { Level } from '../../../src/core/data/division-row';

// The shape of yescallop/areacodes' result.csv: code, province, prefecture, name, level, status, start, end, successors.
const TABLE = `\uFEFF代码,一级行政区,二级行政区,名称,级别,状态,启用时间,变更/弃用时间,新代码
130000,河北省,,河北省,省级,在用,1981,,
130302,河北省,秦皇岛市,海港区,县级,在用,1983,,
130306,河北省,秦皇岛市,抚宁区,县级,在用,2015,,
130323,河北省,秦皇岛市,抚宁县,县级,弃用,1983,2015,130302;130306
330000,浙江省,,浙江省,省级,在用,1981,,
330100,浙江省,杭州市,杭州市,地级,在用,1981,,
330109,浙江省,杭州市,萧山区,县级,在用,2001,,330114[2021]
330121,浙江省,杭州市,萧山县,县级,弃用,1981,1987,339005
339005,浙江省,直辖,萧山市,县级,弃用,1987,1990,330181
330181,浙江省,杭州市,萧山市,县级,弃用,1990,2001,330109
330182,浙江省,杭州市,建德市,县级,在用,1992,,
330122,浙江省,杭州市,建德县,县级,弃用,1981,1992,330182
420000,湖北省,,湖北省,省级,在用,1981,,
420600,湖北省,襄樊市,襄樊市,地级,变更,1981,2010,420602[1984]
420600,湖北省,襄阳市,襄阳市,地级,在用,2010,,
420605,湖北省,襄樊市,郊区,县级,弃用,1984,1995,420602;420606
430105,湖南省,长沙市,开福区,县级,在用,1996,,
430105,湖南省,长沙市,北区,县级,弃用,1981,1996,430105
430203,湖南省,株洲市,芦淞区,县级,在用,1997,,
430203,湖南省,株洲市,北区,县级,弃用,1981,1997,430203`;

const today = new Map([
  ['130000', '河北省'],
  ['130302', '海港区'],
  ['130306', '抚宁区'],
  ['330000', '浙江省'],
  ['330100', '杭州市'],
  ['330109', '萧山区'],
  ['330182', '建德市'],
  ['420000', '湖北省'],
  ['420600', '襄阳市'],
  ['430105', '开福区'],
  ['430203', '芦淞区'],
]);
const shortOf = (name: string, _level: Level) => name.replace(/(市|县|区|地区)$/, '');

describe('deriving former names from a historical code table', () => {
  const { resolved, unresolved } = deriveFormerNames(parseTable(TABLE), today);
  const summary = (list: typeof resolved) => list.map((n) => `${n.name}→${n.code} ${n.from}-${n.until}`).sort();

  it('follows renames and successor chains to today’s division, merging the spans of one name', () => {
    expect(summary(resolved)).toEqual([
      '北区→430105 1981-1996',
      '北区→430203 1981-1997',
      '建德县→330182 1981-1992',
      '抚宁县→130306 1983-2015',
      '萧山县→330109 1981-1987',
      '萧山市→330109 1987-2001',
      '襄樊市→420600 1981-2010',
    ]);
  });

  it('leaves a record split among several successors for review, unless one of them kept its name', () => {
    expect(unresolved.map((r) => r.name)).toEqual(['郊区']);
  });

  it('keeps what is worth knowing: not ambiguous, and a suffix change only where today’s is a district', () => {
    expect(summary(selectFormerNames(resolved, today, shortOf))).toEqual([
      '抚宁县→130306 1983-2015',
      '萧山县→330109 1981-1987',
      '萧山市→330109 1987-2001',
      '襄樊市→420600 1981-2010',
    ]);
  });

  it('rejects a table that is not one', () => {
    expect(() => parseTable('code,name\n1,x')).toThrow(/no 代码 header/);
  });
});
