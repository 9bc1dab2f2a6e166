/**
 * One division as `data/generated/divisions.json` stores it, and how each of its fields is
 * written (the file's layout, one column per field, is in `divisions-file.ts`).
 *
 * - Level and parent come from the GB/T 2260 code, so they are not stored.
 * - Traditional forms: most follow a per-character default map stored once in the file
 *   (`hantChars`). An empty field means "the default form"; a leading comma means "the default
 *   form, then these"; anything else lists the forms explicitly. Traditional short names are
 *   prefixes of the Traditional full names, as the build script asserts.
 * - Pinyin: most short names read each character as the file's per-character default
 *   (`pinyinChars`), and store nothing; the others store their syllables, space-separated.
 * - English names: a leading comma means "the pinyin (Xi'an), then these".
 * - Former names, comma-separated, latest first: the name, `~` standing for today's short name
 *   (萧山区's `~市01` is 萧山市), then the last two digits of the year it ended (80–99 are 19xx),
 *   then `/short length` where the short form is a key of its own (襄樊 of 襄樊市) and `/繁體`
 *   where the default map gets the Traditional form wrong.
 * Both the build script and the extension use these functions.
 */
import { formatPinyin } from '../pinyin';

export type Level = 'province' | 'prefecture' | 'county';

/** Detection flags: facts about a short name that detection must treat with care. */
export type DivisionFlag =
  /** The short name is also a common word or the name of something else (合作, 东方, 大同). */
  | 'commonWord'
  /** The short name is also a Hong Kong place name (九龙, 大埔). */
  | 'hongKongName'
  /** The short name is also a Taiwan place name (中山, 永和). */
  | 'taiwanName';

const FLAG_LETTERS: Record<DivisionFlag, string> = { commonWord: 'w', hongKongName: 'h', taiwanName: 't' };
const LETTER_FLAGS = new Map(Object.entries(FLAG_LETTERS).map(([flag, letter]) => [letter, flag as DivisionFlag]));

export interface DivisionRow {
  code: string;
  nameHans: string;
  shortHans: string;
  /**
   * Accepted Traditional forms of the full name, preferred first. The Simplified form is listed
   * only when it is also the preferred Traditional form (澄江市); otherwise it is implied.
   */
  hantForms: string[];
  /** Pinyin syllables of the short name, lower case, without tones: ["xi", "an"]. */
  syllables: string[];
  /** Conventional English names where they are not the pinyin, preferred first. */
  english: string[];
  flags: DivisionFlag[];
  /** Names it had before, with the last year-end list they were in: 襄樊市 until 2010. */
  former: FormerName[];
}

export interface FormerName {
  nameHans: string;
  /** Preferred Traditional form. */
  nameHant: string;
  until: number;
  /** Length of the short form that is a name of its own (襄樊), or 0. */
  shortLength: number;
}

/** Converts Simplified to Traditional character by character with the file's default map. */
export type CharMap = (hans: string) => string;

export function charMapFrom(pairs: string): CharMap {
  const map = new Map<string, string>();
  for (let i = 0; i + 1 < pairs.length; i += 2) map.set(pairs[i]!, pairs[i + 1]!);
  return (hans) => {
    let out = '';
    for (const ch of hans) out += map.get(ch) ?? ch;
    return out;
  };
}

/** A character's default syllable, from `pinyinChars`: each syllable followed by the characters read so ("an安鞍ba八"). */
export type SyllableMap = ReadonlyMap<string, string>;

export function syllableMapFrom(groups: string): SyllableMap {
  const map = new Map<string, string>();
  for (const [, syllable, chars] of groups.matchAll(/([a-zü]+)([^a-zü]*)/g)) {
    for (const ch of chars!) map.set(ch, syllable!);
  }
  return map;
}

export function encodeHant(row: DivisionRow, toHant: CharMap): string {
  const fallback = toHant(row.nameHans);
  if (row.hantForms[0] === fallback) return row.hantForms.length > 1 ? `,${row.hantForms.slice(1).join(',')}` : '';
  if (row.hantForms.length === 0 && fallback !== row.nameHans) return row.nameHans; // no Traditional form differs
  return row.hantForms.join(',');
}

export function decodeHant(field: string, nameHans: string, toHant: CharMap): string[] {
  const fallback = toHant(nameHans);
  if (field === '') return fallback === nameHans ? [] : [fallback];
  if (field.startsWith(',')) return [fallback, ...field.slice(1).split(',')];
  return field === nameHans ? [] : field.split(',');
}

export function encodeSyllables(row: DivisionRow, syllables: SyllableMap): string {
  const defaults = [...row.shortHans].map((ch) => syllables.get(ch));
  return row.syllables.join(',') === defaults.join(',') ? '' : row.syllables.join(' ');
}

export function decodeSyllables(field: string, shortHans: string, syllables: SyllableMap): string[] {
  if (field) return field.split(' ');
  const out: string[] = [];
  for (const ch of shortHans) {
    const syllable = syllables.get(ch);
    if (!syllable) throw new Error(`no pinyin for ${ch} of ${shortHans}`);
    out.push(syllable);
  }
  return out;
}

export function encodeEnglish(row: DivisionRow): string {
  const [first, ...rest] = row.english;
  return first !== undefined && first === formatPinyin(row.syllables) ? `,${rest.join(',')}` : row.english.join(',');
}

export function decodeEnglish(field: string, syllables: string[]): string[] {
  if (!field.startsWith(',')) return field ? field.split(',') : [];
  return [formatPinyin(syllables), ...(field.length > 1 ? field.slice(1).split(',') : [])];
}

export const encodeFlags = (flags: DivisionFlag[]): string => flags.map((f) => FLAG_LETTERS[f]).join('');

export function decodeFlags(field: string, code: string): DivisionFlag[] {
  return [...field].map((letter) => {
    const flag = LETTER_FLAGS.get(letter);
    if (!flag) throw new Error(`unknown flag ${letter} in division ${code}`);
    return flag;
  });
}

export function encodeFormerNames(row: DivisionRow, toHant: CharMap): string {
  return row.former.map((f) => encodeFormer(f, row.shortHans, toHant)).join(',');
}

export function decodeFormerNames(field: string, shortHans: string, toHant: CharMap): FormerName[] {
  return field ? field.split(',').map((entry) => decodeFormer(entry, shortHans, toHant)) : [];
}

function encodeFormer(f: FormerName, shortHans: string, toHant: CharMap): string {
  if (f.until < 1980 || f.until > 2079) throw new Error(`former name ${f.nameHans}: year ${f.until} cannot be stored`);
  const name = f.nameHans.startsWith(shortHans) ? `~${f.nameHans.slice(shortHans.length)}` : f.nameHans;
  const hant = f.nameHant === toHant(f.nameHans) ? '' : f.nameHant;
  return [name + String(f.until).slice(2), f.shortLength || '', hant].join('/').replace(/\/+$/, '');
}

function decodeFormer(entry: string, shortHans: string, toHant: CharMap): FormerName {
  const [head = '', short = '', hant = ''] = entry.split('/');
  const match = /^(.+?)(\d\d)$/.exec(head);
  const nameHans = match ? match[1]!.replace(/^~/, shortHans) : '';
  const shortLength = Number(short || 0);
  if (!nameHans || !(shortLength >= 0 && shortLength <= nameHans.length)) throw new Error(`bad former name ${entry} of ${shortHans}`);
  const yy = Number(match![2]);
  return { nameHans, nameHant: hant || toHant(nameHans), until: yy >= 80 ? 1900 + yy : 2000 + yy, shortLength };
}

/** `xx0000` is a province, `xxyy00` a prefecture, anything else a county-level division. */
export function levelOf(code: string): Level {
  if (code.endsWith('0000')) return 'province';
  if (code.endsWith('00')) return 'prefecture';
  return 'county';
}
