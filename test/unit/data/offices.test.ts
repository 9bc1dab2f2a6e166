import { describe, expect, it } from 'vitest';
import { division, directory, gazetteer, officesFile } from '../../support/data';

/** The service areas from ../shared/reference/offices.md §1 (current since 2023-07-01). */
const REFERENCE: Record<string, string[]> = {
  bjo: ['北京市', '天津市', '河北省', '辽宁省', '吉林省', '黑龙江省', '内蒙古自治区', '新疆维吾尔自治区', '甘肃省', '宁夏回族自治区'],
  gdeto: ['广东省', '福建省', '广西壮族自治区', '海南省'],
  sheto: ['上海市', '江苏省', '浙江省', '安徽省', '山东省'],
  cdeto: ['四川省', '重庆市', '陕西省', '贵州省', '云南省', '西藏自治区', '青海省'],
  wheto: ['湖北省', '湖南省', '河南省', '江西省', '山西省'],
};

describe('offices.json', () => {
  it('has the five offices and the eleven liaison units', () => {
    expect(officesFile.offices.map((o) => o.id)).toEqual(['bjo', 'gdeto', 'sheto', 'cdeto', 'wheto']);
    expect(officesFile.liaisonUnits.map((u) => u.id).sort()).toEqual(
      ['chongqing', 'fujian', 'guangxi', 'henan', 'hunan', 'liaoning', 'shaanxi', 'shandong', 'shenzhen', 'tianjin', 'zhejiang'],
    );
  });

  it('matches the 31-province table of the reference', () => {
    const served = Object.fromEntries(
      officesFile.offices.map((o) => [o.id, o.serves.provinces.map((code) => gazetteer.byCode.get(code)!.nameHans).sort()]),
    );
    expect(served).toEqual(Object.fromEntries(Object.entries(REFERENCE).map(([id, names]) => [id, [...names].sort()])));
  });

  it('has Yunnan under Chengdu since 2023-07-01', () => {
    const cdeto = directory.office('cdeto');
    expect(cdeto.serves.provinces).toContain('530000');
    expect(cdeto.serves.since).toBe('2023-07-01');
    expect(directory.office('gdeto').serves.provinces).not.toContain('530000');
  });

  it('covers every province exactly once', () => {
    const provinces = gazetteer.divisions.filter((d) => d.level === 'province').map((d) => d.code);
    const served = officesFile.offices.flatMap((o) => o.serves.provinces);
    expect(served.length).toBe(31);
    expect(new Set(served)).toEqual(new Set(provinces));
  });

  it('gives every fact a source with a URL and a date', () => {
    const sources = officesFile.sources;
    const keys = new Set<string>();
    const walk = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object') {
        for (const [key, inner] of Object.entries(value)) {
          if (key === 'sources' && Array.isArray(inner)) inner.forEach((k) => keys.add(k as string));
          else if (key !== 'sources') walk(inner);
        }
      }
    };
    walk({ ...officesFile, sources: undefined });
    expect(keys.size).toBeGreaterThan(20);
    for (const key of keys) {
      expect(sources[key], key).toBeDefined();
      expect(sources[key]!.url).toMatch(/^https?:\/\//);
      expect(sources[key]!.date).toBeTruthy();
    }
    // Every fact object carries sources: a fact without them fails here.
    for (const office of officesFile.offices) {
      for (const [field, fact] of Object.entries(office)) {
        if (field !== 'id') expect((fact as { sources?: string[] }).sources, `${office.id}.${field}`).not.toHaveLength(0);
      }
    }
  });

  it('ships no value the reference marks as unverified', () => {
    const text = JSON.stringify(officesFile);
    // Unsourced GDETO address and phone, inferred main lines, guessed and email-derived abbreviations.
    for (const unverified of ['天河路208號', '3891 1220', '6657 2880"', '6351 2233"', '6560 7300"', 'SZLU', 'FJLU', 'GXLU', 'CQLU', 'TJLU', 'ZJLU', 'SNLU', 'Di\'anmen West Avenue', '168 Xizang Road']) {
      expect(text).not.toContain(unverified);
    }
    expect(directory.office('gdeto').immigrationContact).toBeUndefined();
  });

  it('names the 24-hour Immigration Department hotline', () => {
    expect(directory.hotline.number).toBe('(852) 1868');
    expect(directory.asOf).toMatch(/^\d{4}-\d{2}/);
  });
});

describe('coverage', () => {
  it.each([
    ['沈阳市', 'bjo', 'liaoning'],
    ['北京市', 'bjo', null],
    ['义乌市', 'sheto', 'zhejiang'],
    ['余杭区', 'sheto', 'zhejiang'],
    ['广州市', 'gdeto', null],
    ['深圳市', 'gdeto', 'shenzhen'],
    ['福州市', 'gdeto', 'fujian'],
    ['南宁市', 'gdeto', 'guangxi'],
    ['济南市', 'sheto', 'shandong'],
    ['两江新区', 'cdeto', 'chongqing'],
    ['西安市', 'cdeto', 'shaanxi'],
    ['长沙市', 'wheto', 'hunan'],
    ['郑州市', 'wheto', 'henan'],
    ['昆明市', 'cdeto', null],
    ['海口市', 'gdeto', null],
    ['拉萨市', 'cdeto', null],
  ])('%s → %s, %s', (name, office, liaison) => {
    const { office: o, liaison: l } = directory.coverageOf(gazetteer, division(name));
    expect(o.id).toBe(office);
    expect(l?.id ?? null).toBe(liaison);
  });

  it('sends Shenzhen and its districts to the Shenzhen unit, the rest of Guangdong to GDETO alone', () => {
    const guangdong = gazetteer.divisions.filter((d) => d.provinceCode === '440000' && d.level !== 'province');
    for (const d of guangdong) {
      const { office, liaison } = directory.coverageOf(gazetteer, d);
      expect(office.id).toBe('gdeto');
      expect(liaison?.id ?? null).toBe(d.code.startsWith('4403') ? 'shenzhen' : null);
    }
    expect(guangdong.filter((d) => d.code.startsWith('4403')).length).toBeGreaterThan(5);
  });

  it('gives each liaison unit exactly the divisions of its area', () => {
    for (const unit of directory.liaisonUnits) {
      const covered = gazetteer.divisions.filter((d) => directory.coverageOf(gazetteer, d).liaison === unit);
      const [code] = unit.covers.codes;
      const prefix = code!.endsWith('0000') ? code!.slice(0, 2) : code!.slice(0, 4);
      expect(covered.length, unit.id).toBeGreaterThan(0);
      expect(covered.every((d) => d.code.startsWith(prefix)), unit.id).toBe(true);
      expect(covered.length).toBe(gazetteer.divisions.filter((d) => d.code.startsWith(prefix)).length);
      expect(directory.office(unit.parent).serves.provinces).toContain(`${code!.slice(0, 2)}0000`);
    }
  });

  it('maps every division to exactly one office', () => {
    for (const d of gazetteer.divisions) {
      const matching = directory.offices.filter((o) => o.serves.provinces.includes(d.provinceCode));
      expect(matching, d.code).toHaveLength(1);
      expect(directory.coverageOf(gazetteer, d).office).toBe(matching[0]);
    }
  });
});
