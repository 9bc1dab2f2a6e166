import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedFiles } from '../../../src/cli/build-data';
import { DATA_DIR } from '../../../src/cli/data';
import { division, gazetteer } from '../../support/data';

const SPECIAL_KINDS: Record<string, string> = { 神农架林区: '林区', 六枝特区: '特区' };
const suffixOf = (name: string) =>
  SPECIAL_KINDS[name] ?? ['自治州', '自治县', '自治旗', '地区', '盟', '市', '区', '县', '旗'].find((s) => name.endsWith(s));

describe('generated divisions', () => {
  it('regenerates to the identical files', () => {
    const files = generatedFiles();
    expect(Object.keys(files)).toEqual([
      'generated/divisions.json',
      'generated/latin-words.json',
      'generated/lexicon.json',
      'generated/offices-page.json',
      'offices.schema.json',
      'generated/areas-page.json',
    ]);
    for (const [name, text] of Object.entries(files)) {
      expect(text, name).toBe(fs.readFileSync(path.join(DATA_DIR, name), 'utf8'));
    }
  }, 60_000);

  it('has 31 provincial, 333 prefecture-level and 2,847 county-level divisions', () => {
    const count = (level: string) => gazetteer.divisions.filter((d) => d.level === level).length;
    expect([count('province'), count('prefecture'), count('county')]).toEqual([31, 333, 2847]);
  });

  it('has the expected kinds at each level', () => {
    const kinds = (level: string) => {
      const counts: Record<string, number> = {};
      for (const d of gazetteer.divisions.filter((x) => x.level === level)) {
        const kind = suffixOf(d.nameHans) ?? '?';
        counts[kind] = (counts[kind] ?? 0) + 1;
      }
      return counts;
    };
    expect(kinds('prefecture')).toEqual({ 市: 293, 地区: 7, 自治州: 30, 盟: 3 });
    // 神农架林区 (a forestry district) and 六枝特区 (a special district) are one of a kind.
    expect(kinds('county')).toEqual({ 区: 976, 县: 1302, 市: 398, 自治县: 117, 旗: 49, 自治旗: 3, 林区: 1, 特区: 1 });
  });

  it('is current: Chongqing 两江新区, 和安县 and 和康县, no 江北区 or 渝北区 in Chongqing', () => {
    expect(gazetteer.byCode.get('500157')?.nameHans).toBe('两江新区');
    expect(gazetteer.byCode.get('653228')?.nameHans).toBe('和康县');
    expect(gazetteer.byCode.get('653229')?.nameHans).toBe('和安县');
    expect(gazetteer.divisions.filter((d) => d.code.startsWith('50') && /^(江北|渝北)区$/.test(d.nameHans))).toEqual([]);
  });

  it('links each division to its parent', () => {
    expect(division('余杭区').parentCode).toBe('330100');
    expect(division('杭州市').parentCode).toBe('330000');
    expect(division('浙江省').parentCode).toBeNull();
    expect(division('义乌市').parentCode).toBe('330700');
    // County-level units directly under a province.
    expect(division('仙桃市').parentCode).toBe('420000');
    expect(division('东城区').parentCode).toBe('110000');
  });

  it('derives short names by removing the suffix', () => {
    const cases: Record<string, string> = {
      杭州市: '杭州',
      浙江省: '浙江',
      内蒙古自治区: '内蒙古',
      广西壮族自治区: '广西',
      新疆维吾尔自治区: '新疆',
      恩施土家族苗族自治州: '恩施',
      双江拉祜族佤族布朗族傣族自治县: '双江',
      鄂温克族自治旗: '鄂温克',
      莫力达瓦达斡尔族自治旗: '莫力达瓦',
      喀什地区: '喀什',
      锡林郭勒盟: '锡林郭勒',
      神农架林区: '神农架',
      浦东新区: '浦东',
      赵县: '赵',
    };
    for (const [name, short] of Object.entries(cases)) expect(division(name).shortHans, name).toBe(short);
  });
});
