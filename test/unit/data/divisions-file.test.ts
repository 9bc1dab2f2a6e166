import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import type { DivisionRow } from '../../../src/core/data/division-row';
import { decodeDivisions, divisionsFileSchema, encodeDivisions, type DivisionsFile } from '../../../src/core/data/divisions-file';

const row = (fields: Partial<DivisionRow> & Pick<DivisionRow, 'code' | 'nameHans' | 'shortHans' | 'syllables'>): DivisionRow => ({
  hantForms: [],
  english: [],
  flags: [],
  former: [],
  ...fields,
});

// Each convention of the format once: default and explicit Traditional forms, default and own
// pinyin, the pinyin first among the English names, flags and former names.
const rows: DivisionRow[] = [
  row({ code: '110000', nameHans: '北京市', shortHans: '北京', syllables: ['bei', 'jing'], english: ['Beijing', 'Peking'] }),
  row({
    code: '110102',
    nameHans: '西城区',
    shortHans: '西城',
    hantForms: ['西城區'],
    syllables: ['xi', 'cheng'],
    former: [{ nameHans: '宣武区', nameHant: '宣武區', until: 2010, shortLength: 2 }],
  }),
  row({
    code: '110106',
    nameHans: '丰台区',
    shortHans: '丰台',
    hantForms: ['豐台區', '豐臺區'],
    syllables: ['feng', 'tai'],
    former: [{ nameHans: '丰台县', nameHant: '豐臺縣', until: 1980, shortLength: 0 }],
  }),
  row({ code: '130125', nameHans: '行唐县', shortHans: '行唐', hantForms: ['行唐縣'], syllables: ['xing', 'tang'] }),
  row({ code: '130200', nameHans: '唐山市', shortHans: '唐山', syllables: ['tang', 'shan'], english: ['Tangshan'], flags: ['commonWord', 'taiwanName'] }),
  row({ code: '530427', nameHans: '澄江市', shortHans: '澄江', hantForms: ['澄江市', '澂江市'], syllables: ['cheng', 'jiang'] }),
  row({
    code: '650100',
    nameHans: '乌鲁木齐市',
    shortHans: '乌鲁木齐',
    hantForms: ['烏魯木齊市'],
    syllables: ['wu', 'lu', 'mu', 'qi'],
    english: ['Urumqi'],
    former: [{ nameHans: '乌鲁木齐县', nameHant: '烏魯木齊縣', until: 1999, shortLength: 0 }],
  }),
];
// 行 has no default syllable, so 行唐 stores its own.
const head = { source: 'test', hantChars: '区區县縣乌烏鲁魯齐齊', pinyinChars: 'bei北cheng城澄feng丰jiang江jing京lu鲁mu木qi齐shan山tai台tang唐wu乌xi西' };

describe('the divisions file', () => {
  const file = encodeDivisions(rows, head);

  it('decodes to the rows it was encoded from', () => {
    expect(decodeDivisions(v.parse(divisionsFileSchema, file))).toEqual(rows);
  });

  it('stores only what the defaults do not give, one column per field', () => {
    expect(file.counts).toEqual({ province: 1, prefecture: 2, county: 4 });
    expect(file.codes).toBe('110000|102|4|20019|75|400227|119673');
    expect(file.shortNames).toBe('北京|西城|丰台|行唐|唐山|澄江|乌鲁木齐');
    expect(file.suffixes).toBe('市|区|区|县|市|市|市');
    expect(file.hant).toBe('||豐台區,豐臺區|||,澂江市|');
    expect(file.pinyin).toBe('|||xing tang|||');
    expect(file.english).toBe(',Peking||||,||Urumqi');
    expect(file.flags).toBe('||||wt||');
    expect(file.former).toBe('|宣武区10/2|~县80//豐臺縣||||~县99');
  });

  it('refuses in the schema what is cheap to check: columns of other lengths, codes out of order', () => {
    const refuse = (changed: Partial<DivisionsFile>) => {
      const parsed = v.safeParse(divisionsFileSchema, { ...file, ...changed });
      return parsed.success ? 'accepted' : parsed.issues[0].message;
    };
    expect(refuse({})).toBe('accepted');
    expect(refuse({ hant: '||' })).toMatch(/one entry per division/);
    expect(refuse({ counts: { province: 1, prefecture: 2, county: 5 } })).toMatch(/one entry per division/);
    expect(refuse({ codes: '110000|102|0|20019|75|400227|119673' })).toMatch(/increasing/);
    expect(refuse({ codes: '110000|102|4|20019|75|400227|919673' })).toMatch(/six digits/);
    expect(refuse({ codes: '110000|102|-4|20019|75|400227|119673' })).toMatch(/digits separated/);
    expect(refuse({ format: 4 } as unknown as Partial<DivisionsFile>)).not.toBe('accepted');
  });

  it('refuses at decode an entry the schema leaves alone, naming the division', () => {
    const decode = (changed: Partial<DivisionsFile>) => () => decodeDivisions(v.parse(divisionsFileSchema, { ...file, ...changed }));
    expect(decode({ flags: '||||wx||' })).toThrow(/unknown flag x in division 130200/);
    expect(decode({ former: '|宣武区|||||' })).toThrow(/bad former name 宣武区 of 西城/);
    expect(decode({ shortNames: '北京||丰台|行唐|唐山|澄江|乌鲁木齐' })).toThrow(/division 110102 has no name/);
  });

  it('refuses to write a value holding the separator', () => {
    expect(() => encodeDivisions([{ ...rows[0]!, english: ['Bei|jing'] }], head)).toThrow(/english: .*separator/);
  });
});
