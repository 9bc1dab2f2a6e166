/**
 * Wade-Giles spellings of the provinces and prefecture-level divisions, spelled from their pinyin
 * syllables with the syllable table in data/divisions/wade-giles.tsv, so that older books and
 * wire copy (Lan-chou, T'ien-chin, Kuang-chou) are read without a list of names by hand. Each
 * name is stored hyphenated; src/core/detect/keys.ts also reads it joined (Lanchou) and without
 * its apostrophes (Tien-chin), and the keys fold case and ü (Hsü-chou, Hsu-chou).
 *
 * A spelling is dropped when it is an English word (word-list 4.1.0: Ta-li, Tali, is the plural of talus)
 * or spells a Latin name of a division of other pinyin, or comes from two divisions of other
 * pinyin (Ch'ang-chou and Chang-chou, Changzhou and Zhangzhou, differ only by the apostrophe that
 * the keys may not see): an ambiguous old name is better unread than read as the wrong place.
 * Divisions of one pinyin (Suzhou 苏州 and 宿州, Jilin the province and the city) share their
 * old name as they share their pinyin, and the detector weighs them as it weighs the pinyin.
 */
import fs from 'node:fs';
import * as v from 'valibot';
import { levelOf, type DivisionRow } from '../../core/data/division-row';
import { latinKey } from '../../core/text/latin';

const rowSchema = v.tuple([v.pipe(v.string(), v.regex(/^[a-zü]+$/)), v.pipe(v.string(), v.regex(/^[a-zü']+$/))]);

export function readWadeGiles(file: string): Map<string, string> {
  const table = new Map<string, string>();
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line || line.startsWith('#') || line.startsWith('pinyin\t')) continue;
    const [pinyin, wadeGiles] = v.parse(rowSchema, line.split('\t'));
    if (table.has(pinyin)) throw new Error(`wade-giles.tsv: ${pinyin} twice`);
    table.set(pinyin, wadeGiles);
  }
  return table;
}

export interface WadeGilesResult {
  /** Forms to add, by division code: hyphenated (T'ien-chin); the detector also reads them joined. */
  forms: Map<string, string[]>;
  /** Spellings dropped, with why: for the build's tests and the README's figures. */
  dropped: Array<{ code: string; form: string; reason: 'english word' | 'other division' | 'two divisions' }>;
}

/**
 * The Wade-Giles forms of every province and prefecture in `rows`, given the rows' Latin names
 * as they stand (conventional, older and pinyin) and a test for English words.
 */
export function wadeGilesForms(
  rows: DivisionRow[],
  table: Map<string, string>,
  isEnglishWord: (word: string) => boolean,
): WadeGilesResult {
  const latinOwners = new Map<string, Set<string>>();
  const own = (key: string, code: string) => latinOwners.set(key, (latinOwners.get(key) ?? new Set()).add(code));
  const pinyinOf = new Map(rows.map((row) => [row.code, latinKey(row.syllables.join(''))]));
  for (const row of rows) {
    if (levelOf(row.code) === 'county' && !row.nameHans.endsWith('市')) continue;
    own(latinKey(row.syllables.join('')), row.code);
    for (const name of row.english) own(latinKey(name), row.code);
  }

  const candidates = new Map<string, string[]>();
  const spelledBy = new Map<string, Set<string>>();
  for (const row of rows) {
    if (levelOf(row.code) === 'county' || row.syllables.length < 2) continue;
    const syllables = row.syllables.map((s) => table.get(s.replace(/v/g, 'ü')));
    if (syllables.some((s) => s === undefined))
      throw new Error(`wade-giles.tsv: no row for a syllable of ${row.nameHans} (${row.syllables.join(' ')})`);
    const hyphenated = capitalise(syllables.join('-'));
    const key = latinKey(hyphenated);
    if (latinOwners.get(key)?.has(row.code)) continue; // the pinyin already spells it: An-shan
    candidates.set(row.code, [hyphenated]);
    spelledBy.set(key, (spelledBy.get(key) ?? new Set()).add(latinKey(row.syllables.join(''))));
  }

  const forms = new Map<string, string[]>();
  const dropped: WadeGilesResult['dropped'] = [];
  for (const [code, names] of candidates) {
    const key = latinKey(names[0]!);
    const reason = isEnglishWord(key)
      ? 'english word'
      : [...(latinOwners.get(key) ?? [])].some((owner) => pinyinOf.get(owner) !== pinyinOf.get(code))
        ? 'other division'
        : spelledBy.get(key)!.size > 1
          ? 'two divisions'
          : undefined;
    if (reason) dropped.push({ code, form: names[0]!, reason });
    else forms.set(code, names);
  }
  return { forms, dropped };
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
