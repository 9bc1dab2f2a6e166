/**
 * The compact row format of `data/generated/divisions.json`: one string per division,
 * `code|简体全称|简称长度|繁體全稱,…|pin yin|English,…|flags|former names`.
 *
 * - Level and parent come from the GB/T 2260 code, so they are not stored.
 * - The short name is a prefix of the full name (杭州市 → 杭州), so only its length is stored.
 * - Traditional forms: most follow a per-character default map stored once in the file
 *   (`hantChars`). An empty field means "the default form"; a leading comma means "the default
 *   form, then these"; anything else lists the forms explicitly. Traditional short names are
 *   prefixes of the Traditional full names, as the build script asserts.
 * - Former names, comma-separated, latest first: the name, `~` standing for today's short name
 *   (萧山区's `~市01` is 萧山市), then the last two digits of the year it ended (80–99 are 19xx),
 *   then `/short length` where the short form is a key of its own (襄樊 of 襄樊市) and `/繁體`
 *   where the default map gets the Traditional form wrong.
 * Both the build script and the extension use these functions.
 */
import * as v from 'valibot';

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

export function encodeRow(row: DivisionRow, toHant: CharMap): string {
  const fallback = toHant(row.nameHans);
  let hant = row.hantForms.join(',');
  if (row.hantForms[0] === fallback) hant = row.hantForms.length > 1 ? `,${row.hantForms.slice(1).join(',')}` : '';
  else if (row.hantForms.length === 0 && fallback !== row.nameHans) hant = row.nameHans; // no Traditional form differs
  const flags = row.flags.map((f) => FLAG_LETTERS[f]).join('');
  const former = row.former.map((f) => encodeFormer(f, row.shortHans, toHant)).join(',');
  return [row.code, row.nameHans, row.shortHans.length, hant, row.syllables.join(' '), row.english.join(','), flags, former]
    .join('|')
    .replace(/\|+$/, '');
}

export function decodeRow(line: string, toHant: CharMap): DivisionRow {
  const [code = '', nameHans = '', shortLength = '', hant = '', pinyin = '', english = '', flags = '', former = ''] =
    line.split('|');
  const length = Number(shortLength);
  if (!/^\d{6}$/.test(code) || !nameHans || !(length > 0 && length <= nameHans.length)) {
    throw new Error(`bad division row: ${line}`);
  }
  const fallback = toHant(nameHans);
  const defaults = fallback === nameHans ? [] : [fallback];
  let hantForms: string[];
  if (hant === '') hantForms = defaults;
  else if (hant.startsWith(',')) hantForms = [fallback, ...hant.slice(1).split(',')];
  else if (hant === nameHans) hantForms = [];
  else hantForms = hant.split(',');
  return {
    code,
    nameHans,
    shortHans: nameHans.slice(0, length),
    hantForms,
    syllables: pinyin ? pinyin.split(' ') : [],
    english: english ? english.split(',') : [],
    flags: [...flags].map((letter) => {
      const flag = LETTER_FLAGS.get(letter);
      if (!flag) throw new Error(`unknown flag ${letter} in row ${code}`);
      return flag;
    }),
    former: former ? former.split(',').map((entry) => decodeFormer(entry, nameHans.slice(0, length), toHant, line)) : [],
  };
}

function encodeFormer(f: FormerName, shortHans: string, toHant: CharMap): string {
  if (f.until < 1980 || f.until > 2079) throw new Error(`former name ${f.nameHans}: year ${f.until} cannot be stored`);
  const name = f.nameHans.startsWith(shortHans) ? `~${f.nameHans.slice(shortHans.length)}` : f.nameHans;
  const hant = f.nameHant === toHant(f.nameHans) ? '' : f.nameHant;
  return [name + String(f.until).slice(2), f.shortLength || '', hant].join('/').replace(/\/+$/, '');
}

function decodeFormer(entry: string, shortHans: string, toHant: CharMap, line: string): FormerName {
  const [head = '', short = '', hant = ''] = entry.split('/');
  const match = /^(.+?)(\d\d)$/.exec(head);
  const nameHans = match ? match[1]!.replace(/^~/, shortHans) : '';
  const shortLength = Number(short || 0);
  if (!nameHans || !(shortLength >= 0 && shortLength <= nameHans.length)) throw new Error(`bad former name ${entry} in row ${line}`);
  const yy = Number(match![2]);
  return { nameHans, nameHant: hant || toHant(nameHans), until: yy >= 80 ? 1900 + yy : 2000 + yy, shortLength };
}

/** `xx0000` is a province, `xxyy00` a prefecture, anything else a county-level division. */
export function levelOf(code: string): Level {
  if (code.endsWith('0000')) return 'province';
  if (code.endsWith('00')) return 'prefecture';
  return 'county';
}

export const divisionsFileSchema = v.object({
  format: v.literal(4),
  source: v.string(),
  counts: v.object({ province: v.number(), prefecture: v.number(), county: v.number() }),
  hantChars: v.string(),
  rows: v.array(v.string()),
});
export type DivisionsFile = v.InferOutput<typeof divisionsFileSchema>;
