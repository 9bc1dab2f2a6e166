/**
 * The person-name guard's surnames: the Wade-Giles list is the reviewed syllable table's spelling
 * of the pinyin list, and a surname beside a name keeps it a person's (Chao Tzu-yang, Chang
 * Chun), in pinyin, Wade-Giles and Hong Kong spellings alike.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWadeGiles } from '../../../src/cli/build-data/wade-giles';
import { PINYIN_SURNAMES, WADE_GILES_SURNAMES, isLatinSurname } from '../../../src/core/detect/latin-surnames';
import { makeDetector } from '../../../src/core/detect/detect';
import { latinKey } from '../../../src/core/text/latin';
import { gazetteer } from '../../support/data';

const detector = makeDetector(gazetteer);
const found = (text: string) => detector.detect(text).map((d) => [text.slice(d.start, d.end), d.codes[0]]);

describe('Latin surnames', () => {
  it('lists the Wade-Giles of every pinyin surname that its pinyin does not already spell, and nothing else', () => {
    const table = readWadeGiles(path.join(import.meta.dirname, '../../../data/divisions/wade-giles.tsv'));
    const pinyin = new Set(PINYIN_SURNAMES);
    const derived = PINYIN_SURNAMES.map((p) => table.get(p)!).filter((wg) => !pinyin.has(latinKey(wg)));
    expect(WADE_GILES_SURNAMES).toEqual(derived);
  });

  it('reads a surname however its apostrophes and diacritics are written', () => {
    for (const word of ['Chang', 'Hsü', 'Hsu', "Ts'ao", 'Ts’ao', 'Tsao', "K'ung", 'Zhao', 'Wong']) {
      expect(isLatinSurname(word), word).toBe(true);
    }
    expect(isLatinSurname('Grand')).toBe(false);
  });

  it('keeps a Wade-Giles given name beside its surname a person, the place alone or with its province a place', () => {
    expect(found('Premier Chao Tzu-yang spoke; so did Chao (Tzu-yang).')).toEqual([]);
    expect(found('Tzu-yang, Szechwan, grows rice.')).toEqual([
      ['Tzu-yang', '512000'],
      ['Szechwan', '510000'],
    ]);
    expect(found('Mr. Hsü Ta-lien and Chou Hang-chou arrived.')).toEqual([]);
    expect(found("Ch'en Ta-lien left Ta-lien for Hang-chou.")).toEqual([
      ['Ta-lien', '210200'],
      ['Hang-chou', '330100'],
    ]);
  });

  it('tells Chang Chun the person from Changchun the city', () => {
    expect(found('Chang Chun flew to Changchun.')).toEqual([['Changchun', '220100']]);
    expect(found('Chang Changchun and Changchun Chang spoke.')).toEqual([]);
    expect(found('Teng Hsiao-ping and Chiang Kai-shek both knew Nanking.')).toEqual([['Nanking', '320100']]);
  });
});
