/**
 * The mainland divisions in memory: parsed once from the compact generated file, with the
 * chain of each division (county → prefecture → province).
 */
import type { PageArea } from './data/areas-schema';
import type { Lexicon } from './detect/lexicon';
import { formatPinyin } from './pinyin';
import { levelOf, type DivisionFlag, type FormerName, type Level } from './data/division-row';
import { divisionDecoder, type DivisionColumns } from './data/divisions-file';
import { chunked, runSteps, type Steps } from './steps';

export type { FormerName };

export interface Division {
  /** Position in `Gazetteer.divisions`; stable for one data file. */
  index: number;
  code: string;
  level: Level;
  nameHans: string;
  shortHans: string;
  /** Preferred Traditional form (Hong Kong usage) of the full name. */
  nameHant: string;
  shortHant: string;
  /** Every accepted Traditional form of the full name, preferred first (may be empty). */
  hantForms: string[];
  /** Pinyin of the short name for display: "Hangzhou", "Xi'an". */
  pinyin: string;
  /** Its syllables, lower case without tones: ["xi", "an"]. */
  syllables: string[];
  english: string[];
  flags: DivisionFlag[];
  /** Names it had before, latest first (襄阳市: 襄樊市 until 2010). */
  former: FormerName[];
  /** Code of the prefecture or province above, or null for a province. */
  parentCode: string | null;
  /** Index of the division above, or -1 for a province. */
  parentIndex: number;
  provinceCode: string;
}

export interface Gazetteer {
  source: string;
  divisions: Division[];
  byCode: ReadonlyMap<string, Division>;
  /** The words around the names, which detection needs and search does not. */
  lexicon?: Lexicon;
  /** New areas, cooperation zones and regions, which detection finds too (雄安新区, 前海, 长三角). */
  areas?: PageArea[];
}

/** Division names are all in the Basic Multilingual Plane, so string offsets are characters. */
export const loadGazetteer = (file: DivisionColumns): Gazetteer => runSteps(gazetteerSteps(file));

/** Divisions decoded per step: a few ms in a fresh isolated world. */
const DIVISIONS_PER_STEP = 250;

export function* gazetteerSteps(file: DivisionColumns): Steps<Gazetteer> {
  const byCode = new Map<string, Division>();
  const divisions: Division[] = [];
  const decode = divisionDecoder(file);
  yield;
  yield* chunked(file.codes.length, DIVISIONS_PER_STEP, (index) => {
    const row = decode(index);
    const nameHant = row.hantForms[0] ?? row.nameHans;
    const division: Division = {
      index,
      code: row.code,
      level: levelOf(row.code),
      nameHans: row.nameHans,
      shortHans: row.shortHans,
      nameHant,
      shortHant: nameHant.slice(0, row.shortHans.length),
      hantForms: row.hantForms,
      pinyin: formatPinyin(row.syllables),
      syllables: row.syllables,
      english: row.english,
      flags: row.flags,
      former: row.former,
      parentCode: null,
      parentIndex: -1,
      provinceCode: `${row.code.slice(0, 2)}0000`,
    };
    byCode.set(row.code, division);
    divisions.push(division);
  });
  for (const d of divisions) {
    if (d.level === 'province') continue;
    // County-level units directly under a province (municipal districts, 省直辖 cities) have no prefecture.
    const parent = (d.level === 'county' && byCode.get(`${d.code.slice(0, 4)}00`)) || byCode.get(d.provinceCode);
    if (!parent) throw new Error(`no parent for division ${d.code}`);
    d.parentCode = parent.code;
    d.parentIndex = parent.index;
  }
  return { source: file.source, divisions, byCode };
}

/** True when `ancestor` is above `division` (its prefecture or province). */
export function isAncestor(gazetteer: Gazetteer, ancestor: number, division: number): boolean {
  for (let i = gazetteer.divisions[division]!.parentIndex; i >= 0; i = gazetteer.divisions[i]!.parentIndex) {
    if (i === ancestor) return true;
  }
  return false;
}

/** The division and the divisions above it, nearest first: 余杭区 → 杭州市 → 浙江省. */
export function chainOf(gazetteer: Gazetteer, division: Division): Division[] {
  const chain = [division];
  for (let code = division.parentCode; code;) {
    const parent = gazetteer.byCode.get(code);
    if (!parent) break;
    chain.push(parent);
    code = parent.parentCode;
  }
  return chain;
}

/** Every name a division is known by, Chinese (both scripts, full and short, and former) and Latin, as written. */
export function nameForms(division: Division): { han: string[]; latin: string[] } {
  return {
    han: [
      division.nameHans,
      division.shortHans,
      ...division.hantForms,
      ...shortHantForms(division),
      ...formerForms(division),
    ],
    latin: [division.pinyin, ...division.english],
  };
}

/** Former names in both scripts, and their short forms where they are names of their own (襄樊). */
function formerForms(division: Division): string[] {
  return division.former.flatMap(formsOfFormerName);
}

export function formsOfFormerName(f: FormerName): string[] {
  const forms = [f.nameHans, f.nameHant];
  if (f.shortLength) forms.push(f.nameHans.slice(0, f.shortLength), f.nameHant.slice(0, f.shortLength));
  return forms;
}

/** Short Traditional forms of every accepted full form, for matching: 豐台區 → 豐台, 豐臺區 → 豐臺. */
export function shortHantForms(division: Division): string[] {
  const length = division.shortHans.length;
  const forms: string[] = [];
  for (const form of division.hantForms) {
    const short = form.slice(0, length);
    if (!forms.includes(short)) forms.push(short);
  }
  return forms;
}
