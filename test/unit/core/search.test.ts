import { describe, expect, it } from 'vitest';
import type { Division } from '../../../src/core/gazetteer';
import { makeSearchIndex, type MatchKind, type SearchHit } from '../../../src/core/search';
import { directory, gazetteer } from '../../support/data';

const index = makeSearchIndex(gazetteer, directory);

/** A division's code, an office's id, or `liaison:` and the unit's id. */
const label = (hit: SearchHit) =>
  hit.kind === 'division'
    ? hit.division.code
    : hit.kind === 'office'
      ? hit.office.id
      : hit.kind === 'area'
        ? `area:${hit.area.id}`
        : `liaison:${hit.liaison.id}`;
const labels = (query: string, limit?: number) => index.search(query, limit).map(label);
const first = (query: string) => {
  const hit = index.search(query)[0];
  return hit && { label: label(hit), match: hit.match };
};

const TIER: Record<MatchKind, number> = { exact: 0, prefix: 1, fuzzy: 2 };
const band = (d: Division) =>
  d.level === 'province' ? 0 : d.level === 'prefecture' ? 1 : d.nameHans.endsWith('市') ? 2 : 3;

describe('popup search: what it covers', () => {
  it('finds every division by its name, and every office and liaison unit by its short name', () => {
    for (const d of gazetteer.divisions) expect(labels(d.nameHans, 50), d.nameHans).toContain(d.code);
    for (const office of directory.offices)
      expect(first(office.shortName.hant)).toEqual({ label: office.id, match: 'exact' });
    for (const unit of directory.liaisonUnits) {
      expect(first(unit.shortName.hans)).toEqual({ label: `liaison:${unit.id}`, match: 'exact' });
    }
  });

  it('finds Simplified names, full or short', () => {
    expect(first('杭州')).toEqual({ label: '330100', match: 'exact' });
    expect(first('杭州市')).toEqual({ label: '330100', match: 'exact' });
  });

  it('returns every division of an ambiguous name, each identifiable by its parent', () => {
    const gulou = index.search('鼓楼区').filter((hit) => hit.match === 'exact');
    expect(gulou).toHaveLength(4);
    expect(gulou.map((hit) => (hit.kind === 'division' ? hit.division.parentCode : null))).toEqual([
      '320100',
      '320300',
      '350100',
      '410200',
    ]);
    expect(labels('吉林').slice(0, 2)).toEqual(['220000', '220200']);
    expect(labels('Suzhou').slice(0, 3)).toEqual(['320500', '341300', '620902']); // 苏州, 宿州, 肃州区
  });

  it('finds every accepted Traditional form', () => {
    for (const name of ['瀋陽', '沈陽', '瀋陽市', '沈陽市'])
      expect(first(name), name).toEqual({ label: '210100', match: 'exact' });
    for (const name of ['豐臺區', '豐台區', '豐臺', '豐台'])
      expect(first(name), name).toEqual({ label: '110106', match: 'exact' });
    expect(first('義烏')).toEqual({ label: '330782', match: 'exact' });
  });

  it('finds pinyin with or without spaces, tone marks, tone numbers and apostrophes', () => {
    for (const query of [
      'hangzhou',
      'hang zhou',
      'Hángzhōu',
      'hang2zhou1',
      'HANGZHOU',
      ' hangzhou ',
      'ｈａｎｇｚｈｏｕ',
    ]) {
      expect(first(query), query).toEqual({ label: '330100', match: 'exact' });
    }
    for (const query of ['xian', "xi'an", 'Xi’an', 'XI AN'])
      expect(first(query), query).toEqual({ label: '610100', match: 'exact' });
  });

  it('finds names by the initials of their syllables, as prefix matches', () => {
    const hz = index.search('hz');
    expect(hz.slice(0, 5).map(label)).toContain('330100');
    expect(new Set(hz.map((hit) => hit.match))).toEqual(new Set(['prefix']));
    expect(labels('sjz')[0]).toBe('130100'); // 石家庄
  });

  it('finds conventional English names', () => {
    expect(first('Urumqi')).toEqual({ label: '650100', match: 'exact' });
    expect(first('Ürümqi')).toEqual({ label: '650100', match: 'exact' });
    expect(first('Inner Mongolia')).toEqual({ label: '150000', match: 'exact' });
    expect(first('Tibet')).toEqual({ label: '540000', match: 'exact' });
    expect(first('Hohhot')).toEqual({ label: '150100', match: 'exact' });
  });

  it('finds offices by abbreviation, Chinese names in both scripts, and English names', () => {
    const sheto = [
      'SHETO',
      'sheto',
      '駐滬辦',
      '驻沪办',
      '駐上海經濟貿易辦事處',
      '驻上海经济贸易办事处',
      '香港特別行政區政府駐上海經濟貿易辦事處',
    ];
    for (const query of [
      ...sheto,
      '香港駐上海經濟貿易辦事處',
      '駐上海經貿辦',
      'Hong Kong Economic and Trade Office in Shanghai',
    ]) {
      expect(first(query), query).toEqual({ label: 'sheto', match: 'exact' });
    }
    expect(first('Beijing Office')).toEqual({ label: 'bjo', match: 'exact' });
  });

  it('finds offices from some of their English words, in any order', () => {
    expect(first('Shanghai office')).toEqual({ label: 'sheto', match: 'prefix' });
    expect(first('office Shanghai')).toEqual({ label: 'sheto', match: 'prefix' });
    expect(first('Guangzhou ETO')).toEqual({ label: 'gdeto', match: 'prefix' });
    expect(first('Economic and Trade Office in Chengdu')).toEqual({ label: 'cdeto', match: 'prefix' });
    expect(first('Economic and Trade Office in Chen')).toEqual({ label: 'cdeto', match: 'prefix' });
  });

  it('finds liaison units by Chinese name, English name and abbreviation', () => {
    for (const query of ['駐浙江聯絡處', '驻浙江联络处', 'Zhejiang Liaison Unit', 'zhejiang liaison unit']) {
      expect(first(query), query).toEqual({ label: 'liaison:zhejiang', match: 'exact' });
    }
    expect(first('LNLU')).toEqual({ label: 'liaison:liaoning', match: 'exact' });
    expect(first('浙江聯絡處')).toEqual({ label: 'liaison:zhejiang', match: 'fuzzy' });
    expect(labels('liaison unit').slice(0, 11).sort()).toEqual(
      directory.liaisonUnits.map((u) => `liaison:${u.id}`).sort(),
    );
  });
});

describe('popup search: ranking', () => {
  const queries = ['s', 'sh', 'hz', 'xian', 'suzhou', '州', '杭', '鼓', 'guanzhou', '香港', '駐', 'office', 'Shanghai'];

  it('lists exact matches, then prefix matches, then fuzzy ones', () => {
    for (const query of queries) {
      const tiers = index.search(query, 50).map((hit) => TIER[hit.match]);
      expect(tiers, query).toEqual([...tiers].sort((a, b) => a - b));
    }
    expect(index.search('shenzhen')[0]!.match).toBe('exact');
    expect(index.search('杭').map((hit) => hit.match)).toContain('fuzzy'); // 余杭区, 上杭县
  });

  it('lists divisions by level (county-level cities before other county-level units), then code', () => {
    for (const query of queries) {
      const hits = index.search(query, 50);
      for (let i = 1; i < hits.length; i++) {
        const [a, b] = [hits[i - 1]!, hits[i]!];
        if (a.kind !== 'division' || b.kind !== 'division' || a.match !== b.match || a.match === 'fuzzy') continue;
        const order = band(a.division) - band(b.division) || a.division.code.localeCompare(b.division.code);
        expect(order, `${query}: ${a.division.nameHans} before ${b.division.nameHans}`).toBeLessThan(0);
      }
    }
    expect(labels('昆')).toEqual(['530100', '320583', '659009', '150203']); // 昆明市, 昆山市, 昆玉市, 昆都仑区
  });

  it('puts a Chinese prefix match first: 杭 → 杭州市', () => {
    expect(first('杭')).toEqual({ label: '330100', match: 'prefix' });
  });

  it('lists offices before places for office terms, and places first otherwise', () => {
    const zhu = labels('駐', 30);
    const units = directory.offices.length + directory.liaisonUnits.length;
    expect(zhu.slice(0, units).every((l) => !/^\d/.test(l))).toBe(true);
    expect(zhu).toContain('411700'); // 駐馬店
    expect(labels('Hong Kong').slice(0, 5)).toEqual(['bjo', 'gdeto', 'sheto', 'cdeto', 'wheto']);
    const shanghai = labels('Shanghai');
    expect(shanghai[0]).toBe('310000');
    expect(shanghai).toContain('sheto');
  });

  it('corrects typos in the fuzzy tier, the closest name first', () => {
    expect(first('guanzhou')).toEqual({ label: '440100', match: 'fuzzy' });
    expect(first('hangzou')).toEqual({ label: '330100', match: 'fuzzy' });
    expect(first('shenzen')).toEqual({ label: '440300', match: 'fuzzy' });
    expect(first('tianjing')).toEqual({ label: '120000', match: 'fuzzy' });
    expect(first('urumuchi')).toEqual({ label: '650100', match: 'fuzzy' });
  });

  it('finds older romanizations as exact names (data/divisions/latin-variants.tsv)', () => {
    expect(first('urumchi')).toEqual({ label: '650100', match: 'exact' });
    expect(first('Peking')).toEqual({ label: '110000', match: 'exact' });
    expect(first('Kwangtung')).toEqual({ label: '440000', match: 'exact' });
  });
});

describe('popup search: odd input', () => {
  it('answers nothing for empty, blank or punctuation-only queries', () => {
    for (const query of ['', ' ', '\t\n', '?!', '…', '、。', '-', "'"])
      expect(index.search(query), JSON.stringify(query)).toEqual([]);
  });

  it('does not throw on lone surrogates, emoji, control characters or very long input', () => {
    const odd = [
      '\ud800',
      '\udfff杭',
      '🏙️',
      '杭州🏙️',
      '\u0000',
      'a'.repeat(10_000),
      '杭'.repeat(10_000),
      '😀'.repeat(5_000),
      'hz'.repeat(40),
    ];
    for (const query of odd) expect(() => index.search(query)).not.toThrow();
    expect(index.search('🏙️')).toEqual([]);
    expect(index.search('a'.repeat(10_000))).toEqual([]);
    expect(first('杭州🏙️')).toEqual({ label: '330100', match: 'exact' });
  });

  it('respects the limit, 20 by default', () => {
    expect(index.search('s')).toHaveLength(20);
    expect(index.search('s', 5)).toHaveLength(5);
    expect(index.search('s', 0)).toEqual([]);
  });
});
