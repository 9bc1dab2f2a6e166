/**
 * The layout of `data/generated/divisions.json` (format 5): one string per column, one
 * `|`-separated entry per division, in code order (each field's encoding is in `division-row.ts`):
 *
 * - `shortNames` and `suffixes`: the full name is the short name and its suffix (杭州 + 市).
 * - `pinyinChars` and `hantChars`: the per-character defaults of the pinyin and the Traditional forms.
 * - `hant`, `former`, `english`, `pinyin`, `flags`: mostly empty entries, where the defaults hold.
 * - `codes`: the first code, then each code's difference from the one before (110000|101|1…):
 *   codes increase, and most steps are 1 or 2.
 *
 * Columns rather than rows, and in this order (Han text, then Latin, then digits), because gzip
 * compresses like next to like best: 28.1 KB with gzip -9, against 48.1 KB for format 4's rows
 * of the same facts (2026-12-02). Of the 20 KB saved, the pinyin defaults give 7.1 KB, the code
 * steps 5.5 KB and short names with suffixes (not full names with short lengths) 1.8 KB. The
 * schema checks what is cheap at load (every column as long as the counts say, codes
 * increasing); the build checks everything by decoding what it wrote.
 */
import * as v from 'valibot';
import {
  charMapFrom,
  decodeEnglish,
  decodeFlags,
  decodeFormerNames,
  decodeHant,
  decodeSyllables,
  encodeEnglish,
  encodeFlags,
  encodeFormerNames,
  encodeHant,
  encodeSyllables,
  levelOf,
  syllableMapFrom,
  type DivisionRow,
  type Level,
} from './division-row';

const SEPARATOR = '|';

const column = v.pipe(
  v.string(),
  v.transform((text) => text.split(SEPARATOR)),
);
const textColumns = {
  shortNames: column,
  hant: column,
  former: column,
  suffixes: column,
  english: column,
  pinyin: column,
  flags: column,
};
type TextColumn = keyof typeof textColumns;
const TEXT_COLUMNS = Object.keys(textColumns) as TextColumn[];

/** Codes from their differences, checked to be six digits and increasing. */
const codesColumn = v.pipe(
  v.string(),
  v.regex(/^\d+(\|\d+)*$/, 'codes: digits separated by |'),
  v.transform((text) => {
    let code = 0;
    return text.split(SEPARATOR).map((step) => (code += Number(step)));
  }),
  v.check(
    (codes) => codes[0]! >= 100000 && codes.at(-1)! <= 999999 && codes.every((code, i) => i === 0 || code > codes[i - 1]!),
    'codes: six digits each, increasing',
  ),
);

export const divisionsFileSchema = v.pipe(
  v.object({
    format: v.literal(5),
    source: v.string(),
    counts: v.object({ province: v.number(), prefecture: v.number(), county: v.number() }),
    hantChars: v.string(),
    pinyinChars: v.string(),
    ...textColumns,
    codes: codesColumn,
  }),
  v.check(
    (file) =>
      TEXT_COLUMNS.every((name) => file[name].length === file.codes.length) &&
      file.codes.length === file.counts.province + file.counts.prefecture + file.counts.county,
    'every column has one entry per division, as many as the counts say',
  ),
);
/** The file as written and read from JSON. */
export type DivisionsFile = v.InferInput<typeof divisionsFileSchema>;
/** The file after the schema: columns split, codes summed and checked. */
export type DivisionColumns = v.InferOutput<typeof divisionsFileSchema>;

export interface FileHead {
  source: string;
  /** Simplified and Traditional characters in pairs (see `charMapFrom`). */
  hantChars: string;
  /** Each syllable followed by the characters that read so by default (see `syllableMapFrom`). */
  pinyinChars: string;
}

export function encodeDivisions(rows: DivisionRow[], head: FileHead): DivisionsFile {
  const toHant = charMapFrom(head.hantChars);
  const syllables = syllableMapFrom(head.pinyinChars);
  const counts: Record<Level, number> = { province: 0, prefecture: 0, county: 0 };
  for (const row of rows) counts[levelOf(row.code)]++;
  const join = (name: string, entries: string[]) => {
    const bad = entries.find((entry) => entry.includes(SEPARATOR));
    if (bad !== undefined) throw new Error(`${name}: ${bad} holds the separator ${SEPARATOR}`);
    return entries.join(SEPARATOR);
  };
  const columns = (name: TextColumn, encode: (row: DivisionRow) => string) => join(name, rows.map(encode));
  return {
    format: 5,
    source: head.source,
    counts,
    shortNames: columns('shortNames', (row) => row.shortHans),
    pinyinChars: head.pinyinChars,
    hantChars: head.hantChars,
    hant: columns('hant', (row) => encodeHant(row, toHant)),
    former: columns('former', (row) => encodeFormerNames(row, toHant)),
    suffixes: columns('suffixes', (row) => {
      if (!row.nameHans.startsWith(row.shortHans)) throw new Error(`${row.shortHans} does not begin ${row.nameHans}`);
      return row.nameHans.slice(row.shortHans.length);
    }),
    english: columns('english', encodeEnglish),
    pinyin: columns('pinyin', (row) => encodeSyllables(row, syllables)),
    flags: columns('flags', (row) => encodeFlags(row.flags)),
    codes: rows.map((row, i) => Number(row.code) - (i ? Number(rows[i - 1]!.code) : 0)).join(SEPARATOR),
  };
}

/** One pass over the columns. Throws on an entry the schema cannot check cheaply (a bad flag or former name). */
export function decodeDivisions(file: DivisionColumns): DivisionRow[] {
  const decode = divisionDecoder(file);
  return file.codes.map((_, i) => decode(i));
}

/** The row of division `i`, one at a time (loadGazetteer decodes them in chunks). */
export function divisionDecoder(file: DivisionColumns): (i: number) => DivisionRow {
  const toHant = charMapFrom(file.hantChars);
  const syllableMap = syllableMapFrom(file.pinyinChars);
  return (i) => {
    const code = String(file.codes[i]!);
    const shortHans = file.shortNames[i]!;
    const nameHans = shortHans + file.suffixes[i]!;
    if (!shortHans) throw new Error(`division ${code} has no name`);
    const syllables = decodeSyllables(file.pinyin[i]!, shortHans, syllableMap);
    return {
      code,
      nameHans,
      shortHans,
      hantForms: decodeHant(file.hant[i]!, nameHans, toHant),
      syllables,
      english: decodeEnglish(file.english[i]!, syllables),
      flags: decodeFlags(file.flags[i]!, code),
      former: decodeFormerNames(file.former[i]!, shortHans, toHant),
    };
  };
}
