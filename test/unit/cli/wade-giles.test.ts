/**
 * Wade-Giles names spelled from pinyin syllables (data/divisions/wade-giles.tsv): the table, the
 * spellings of the gazetteer's provinces and prefectures, the spellings dropped as English words
 * or as ambiguous, and detection of the forms on a page.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDivisions } from '../../../src/cli/build-data/build';
import { readWadeGiles, wadeGilesForms } from '../../../src/cli/build-data/wade-giles';
import type { DivisionRow } from '../../../src/core/data/division-row';
import { makeDetector } from '../../../src/core/detect/detect';
import { gazetteer } from '../../support/data';

const dataDir = path.resolve(import.meta.dirname, '../../../data');
const table = readWadeGiles(path.join(dataDir, 'divisions/wade-giles.tsv'));
const row = (code: string, nameHans: string, syllables: string[], english: string[] = []): DivisionRow => ({
  code,
  nameHans,
  shortHans: nameHans.slice(0, syllables.length),
  hantForms: [],
  syllables,
  english,
  flags: [],
  former: [],
});

describe('the pinyin to Wade-Giles syllable table', () => {
  it('is the closed table of Mandarin syllables, with its initials and finals respelled', () => {
    expect(table.size).toBe(415);
    expect(
      ['zhou', 'tian', 'jin', 'guang', 'xi', 'qing', 'cong', 'si', 'zi', 'ri', 'yue', 'lüe', 'he', 'guo', 'zhuo'].map(
        (s) => table.get(s),
      ),
    ).toEqual([
      'chou',
      "t'ien",
      'chin',
      'kuang',
      'hsi',
      "ch'ing",
      "ts'ung",
      'ssu',
      'tzu',
      'jih',
      'yüeh',
      'lüeh',
      'ho',
      'kuo',
      'cho',
    ]);
  });
});

describe('Wade-Giles forms of provinces and prefectures', () => {
  const none = () => false;
  it('spells each hyphenated, and adds nothing where the pinyin already spells it', () => {
    const rows = [
      row('620100', '兰州市', ['lan', 'zhou']),
      row('120000', '天津市', ['tian', 'jin']),
      row('210300', '鞍山市', ['an', 'shan']),
    ];
    expect([...wadeGilesForms(rows, table, none).forms]).toEqual([
      ['620100', ['Lan-chou']],
      ['120000', ["T'ien-chin"]],
    ]);
  });

  it('drops English words and spellings two divisions of other pinyin share; one pinyin shares its old name', () => {
    const rows = [
      row('320400', '常州市', ['chang', 'zhou']),
      row('350600', '漳州市', ['zhang', 'zhou']),
      row('320500', '苏州市', ['su', 'zhou']),
      row('341300', '宿州市', ['su', 'zhou']),
      row('532900', '大理白族自治州', ['da', 'li']),
    ];
    const { forms, dropped } = wadeGilesForms(rows, table, (word) => word === 'tali');
    expect([...forms.keys()]).toEqual(['320500', '341300']);
    expect(dropped).toEqual([
      { code: '320400', form: "Ch'ang-chou", reason: 'two divisions' },
      { code: '350600', form: 'Chang-chou', reason: 'two divisions' },
      { code: '532900', form: 'Ta-li', reason: 'english word' },
    ]);
  });

  it('drops a spelling that is another division’s Latin name', () => {
    const rows = [row('440100', '广州市', ['guang', 'zhou']), row('990100', '某某市', ['kuang', 'chou'])];
    expect(wadeGilesForms(rows, table, none).dropped.map((d) => d.form)).toEqual(['Kuang-chou']);
  });

  it('are in the generated gazetteer, with the spellings dropped for it counted', () => {
    const { rows, wadeGilesDropped } = buildDivisions(dataDir);
    const english = (code: string) => rows.find((r) => r.code === code)!.english;
    expect(english('620100')).toEqual(['Lanzhou', 'Lanchow', 'Lan-chou']);
    expect(english('440100')).toContain('Kuang-chou');
    expect(english('350600')).not.toContain('Chang-chou');
    expect(wadeGilesDropped.length).toBe(10);
  });
});

describe('Wade-Giles names on a page', () => {
  const detector = makeDetector(gazetteer);
  const found = (text: string) => detector.detect(text).map((d) => [text.slice(d.start, d.end), d.codes[0]]);
  it('finds them hyphenated, joined, with or without the apostrophe and the umlaut', () => {
    expect(found('Trains run from Lanchou to Kuang-chou, T’ien-chin and Hsu-chou.')).toEqual([
      ['Lanchou', '620100'],
      ['Kuang-chou', '440100'],
      ['T’ien-chin', '120000'],
      ['Hsu-chou', '320300'],
    ]);
    expect(found('Talien harbour, Liaoning, froze.')).toEqual([
      ['Talien', '210200'],
      ['Liaoning', '210000'],
    ]);
  });
  it('reads a joined spelling only with evidence, as the names of other things: alone it may be a word elsewhere', () => {
    expect(found('Talien harbour froze.')).toEqual([]);
    expect(found('Talien harbour in China froze.')).toEqual([['Talien', '210200']]);
  });
  it('leaves a dropped spelling alone', () => {
    expect(found('She saw Chang-chou yesterday.')).toEqual([]);
  });
});
