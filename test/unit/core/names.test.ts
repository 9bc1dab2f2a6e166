import { describe, expect, it } from 'vitest';
import { makeTranslator } from '../../../src/core/i18n';
import {
  divisionName,
  liaisonName,
  liaisonNames,
  officeMention,
  officeNames,
  shortName,
} from '../../../src/core/names';
import { placeCard } from '../../../src/core/place-card';
import { directory, division, gazetteer } from '../../support/data';
import { hitRow } from '../../../src/ui/popup/search-rows';

const hant = makeTranslator('zh', 'hant');
const hans = makeTranslator('zh', 'hans');
const en = makeTranslator('en', 'hant');
const interfaces = [hant, hans, en];

describe('names', () => {
  it('names every office and liaison unit in full, shortly where published, and in the other language', () => {
    for (const tr of interfaces) {
      for (const names of [
        ...directory.offices.map((o) => officeNames(o, tr)),
        ...directory.liaisonUnits.map((u) => liaisonNames(u, tr)),
      ]) {
        expect(names.full).not.toBe('');
        expect(names.other).not.toBe(names.full);
        if (tr.language === 'zh') expect(names.short).toMatch(/^[駐驻]/);
      }
    }
    expect(officeNames(directory.office('gdeto'), hant)).toEqual({
      full: '香港特別行政區政府駐粵經濟貿易辦事處',
      short: '駐粵辦',
      abbr: 'GDETO',
      other: 'Hong Kong Economic and Trade Office in Guangdong',
    });
    // No short English name is published for GDETO: it is absent, and a passing mention uses the abbreviation.
    expect(officeNames(directory.office('gdeto'), en).short).toBeNull();
    expect(officeMention(directory.office('gdeto'), en)).toBe('GDETO');
    expect(officeMention(directory.office('bjo'), en)).toBe('Beijing Office');
    expect(officeMention(directory.office('sheto'), hans)).toBe('驻沪办');
  });

  it('names a division in both scripts and in English', () => {
    const guangzhou = division('广州市');
    expect([hant, hans, en].map((tr) => divisionName(guangzhou, tr))).toEqual(['廣州市', '广州市', 'Guangzhou']);
    expect([hant, hans, en].map((tr) => shortName(guangzhou, tr))).toEqual(['廣州', '广州', 'Guangzhou']);
  });

  it('gives a liaison unit the same name on the place card and in the popup’s search', () => {
    const ningbo = division('宁波市');
    for (const tr of interfaces) {
      const card = placeCard(gazetteer, directory, ningbo, tr);
      const unit = directory.liaison('zhejiang');
      const row = hitRow({ kind: 'liaison', liaison: unit } as Parameters<typeof hitRow>[0], gazetteer, directory, tr);
      expect(card.liaison?.name).toBe(liaisonName(unit, tr));
      expect(row.title).toBe(card.liaison?.name);
    }
  });
});

describe('search rows of offices and liaison units', () => {
  const officeRow = (id: 'gdeto' | 'sheto' | 'bjo', tr = en) =>
    hitRow({ kind: 'office', office: directory.office(id) } as Parameters<typeof hitRow>[0], gazetteer, directory, tr);

  it('never repeat the title (GDETO and SHETO have no short English name) and say what the office covers', () => {
    for (const tr of interfaces) {
      for (const id of ['gdeto', 'sheto', 'bjo'] as const) {
        const row = officeRow(id, tr);
        expect(row.detail).not.toContain(row.title);
      }
    }
    expect(officeRow('gdeto').title).toBe('Hong Kong Economic and Trade Office in Guangdong');
    expect(officeRow('gdeto').detail).toBe('Guangdong · Fujian · Guangxi · Hainan');
    expect(officeRow('sheto', hant).detail).toBe('上海 · 江蘇 · 浙江 · 安徽 · 山東');
  });

  it('give a liaison unit its area, then its office', () => {
    const row = (id: 'shenzhen' | 'zhejiang', tr = hans) =>
      hitRow(
        { kind: 'liaison', liaison: directory.liaison(id) } as Parameters<typeof hitRow>[0],
        gazetteer,
        directory,
        tr,
      ).detail;
    expect(row('shenzhen')).toBe('深圳 · 驻粤办');
    expect(row('zhejiang', en)).toBe('Zhejiang · SHETO');
  });
});
