import { describe, expect, it } from 'vitest';
import { makeNameIndex } from '../../../src/cli/name-index';
import { makeSearchIndex } from '../../../src/core/search';
import { directory, gazetteer } from '../../support/data';

const find = makeNameIndex(gazetteer);
const codes = (query: string) => find(query).map((d) => d.code);

describe('name lookup', () => {
  it('finds full names, short names and Traditional forms', () => {
    expect(codes('深圳')).toEqual(['440300']);
    expect(codes('深圳市')).toEqual(['440300']);
    expect(codes('瀋陽')).toEqual(['210100']);
    expect(codes('沈陽市')).toEqual(['210100']);
    expect(codes('義烏')).toEqual(['330782']);
    expect(codes('豐臺區')).toEqual(['110106']);
  });

  it('finds pinyin and English names, ignoring case, apostrophes and diacritics', () => {
    expect(codes("Xi'an")[0]).toBe('610100');
    expect(codes('XIAN')).toEqual(codes("xi'an"));
    expect(codes('Urumqi')).toEqual(['650100']);
    expect(codes('Ürümqi')).toEqual(['650100']);
    expect(codes('Hohhot')).toEqual(['150100']);
    expect(codes('Inner Mongolia')).toEqual(['150000']);
    // 吕梁 Lüliang and 陆良 Luliang share a key once the diaeresis is ignored.
    expect(codes('lüliang')).toEqual(['141100', '530322']);
  });

  it('returns every division of an ambiguous name, provinces first', () => {
    expect(codes('吉林')).toEqual(['220000', '220200']);
    expect(codes('鼓楼区')).toHaveLength(4);
    expect(codes('Suzhou')).toEqual(['320500', '341300', '620902']); // 苏州, 宿州, 肃州区
  });

  it('answers nothing for unknown or empty queries', () => {
    expect(find('')).toEqual([]);
    expect(find('   ')).toEqual([]);
    expect(find('Atlantis')).toEqual([]);
    expect(find('\ud800')).toEqual([]);
  });
});

describe('lookup folds variant characters as detection does', () => {
  it.each([
    ['臺州', '331000'],
    ['臺州市', '331000'],
    ['邢臺', '130500'],
    ['溫州', '330300'],
  ])('%s finds %s', (query, code) => {
    expect(find(query).map((d) => d.code)).toEqual([code]);
  });

  it('and so does the popup search', () => {
    const hit = makeSearchIndex(gazetteer, directory).search('臺州')[0];
    expect(hit?.kind === 'division' && hit.division.code).toBe('331000');
  });
});
