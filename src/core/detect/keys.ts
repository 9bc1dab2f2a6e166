/**
 * The names the detector looks for, built from the gazetteer: every full name (Simplified and
 * each accepted Traditional form), aliases of autonomous units (恩施州, 长阳县), short names of
 * two characters or more, Latin names of provinces, prefectures and county-level cities (Hangzhou,
 * Xi'an, Urumqi, Yiwu), former names (襄樊市 and 襄樊 for 襄阳市, 萧山县 for 萧山区), and the names of
 * new areas, cooperation zones and regions (雄安新区, 前海, 长三角), which follow the divisions' keys.
 *
 * Keys are not deduplicated: one text can name several divisions (吉林: a province and a
 * prefecture), and the detector merges the matches of equal texts. Skipping the dedup keeps the
 * build cheap when a page first needs it.
 */
import { foldString } from './fold';
import type { PageArea } from '../data/areas-schema';
import { type Division, type Gazetteer } from '../gazetteer';
import { chunked, type Steps } from '../steps';

export type Form = 'full' | 'alias' | 'short' | 'latin';

export const FORM_STRENGTH: Record<Form, number> = { full: 3, alias: 2, short: 1, latin: 0 };
const FORMS: Form[] = ['full', 'alias', 'short', 'latin'];

export interface KeyEntry {
  division: Division;
  form: Form;
  /**
   * Length of the name's stem, before its level suffix: the division's short name, or a former
   * name's own (林县 has a stem of one character, though 林州市's is two), which the rules
   * treat with the same care as a one-character name of today's.
   */
  stem: number;
}

/** A name of an area; `guarded` ones name it only next to one of its cues (深港河套). */
interface AreaKey {
  area: PageArea;
  guarded: boolean;
}

export interface KeySet {
  /** Folded key texts, indexed by key id. */
  texts: string[];
  /** The division and form of each key of a division, indexed by key id. */
  entry(key: number): KeyEntry;
  /** The area a key names, or undefined for a division's key. */
  area(key: number): AreaKey | undefined;
}

/** Autonomous units are usually written with a shortened suffix: 恩施土家族苗族自治州 → 恩施州. */
const ALIAS_SUFFIXES: Array<[string, string[]]> = [
  ['自治州', ['州']],
  ['自治县', ['县', '縣']],
  ['自治旗', ['旗']],
];

const ONE_SYLLABLE =
  /^(zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(iang|iong|uang|ang|eng|ing|ong|iao|ian|uai|uan|ai|ei|ui|ao|ou|iu|ie|ue|üe|er|an|en|in|un|ün|ia|ua|uo|a|o|e|i|u|ü)$/i;

/**
 * Latin names of provinces, prefectures and county-level cities: the conventional English names
 * where they exist (Lhasa, not Lasa) and older romanizations (Peking), else the pinyin, also
 * without its apostrophe (Tai'an, Taian) unless that spells one syllable, which is more often a
 * given name (Ji'an, not Jian). Xi'an's "Xian" is listed as an English name. Pinyin is also
 * accepted with a hyphen between its syllables (Shang-hai, Nan-chang) and English names of
 * several words with hyphens between them (Inner-Mongolia); other English names of one word with
 * hyphens between their syllables (Tsing-tao).
 */
export function latinNames(division: Division): string[] {
  if (division.level === 'county' && !division.nameHans.endsWith('市')) return [];
  const names: string[] = [];
  const add = (name: string) => {
    if (!names.includes(name)) names.push(name);
  };
  for (const name of division.english.length ? division.english : [division.pinyin]) {
    add(name);
    const plain = name.replace(/'/g, '');
    if (!ONE_SYLLABLE.test(plain)) add(plain);
    if (name.includes(' ')) add(name.replace(/ /g, '-'));
    else if (name.includes('-')) {
      // Wade-Giles names are stored hyphenated (Lan-chou, T'ien-chin); text writes them joined too.
      const joined = name.replace(/-/g, '');
      add(joined);
      add(joined.replace(/'/g, ''));
    } else if (name !== division.pinyin) {
      const syllables = /^[^'-]+$/.test(name) ? name.match(SYLLABLE) : null;
      if (syllables && syllables.length > 1 && syllables.join('') === name) add(syllables.join('-'));
    }
  }
  if (division.syllables.length > 1) add(capitalise(division.syllables.join('-')));
  return names;
}

/** A syllable of an older romanization, for its hyphenated spelling: Tsing-tao, Chung-king, Kwang-tung. */
const SYLLABLE = /[^aeiouy]*[aeiouy]+(?:ng|n|w|h|r)?(?![aeiouy])/gi;

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Divisions whose keys are made per step: a few ms in a fresh isolated world. */
const DIVISIONS_PER_STEP = 500;

export function* keySetSteps(gazetteer: Gazetteer): Steps<KeySet> {
  const texts: string[] = [];
  const divisionOf: number[] = [];
  const formOf: number[] = [];
  const stemOf: number[] = [];
  const add = (
    text: string,
    division: number,
    form: number,
    stem = gazetteer.divisions[division]!.shortHans.length,
  ) => {
    if (text.length < 2) return;
    texts.push(foldString(text));
    divisionOf.push(division);
    formOf.push(form);
    stemOf.push(stem);
  };

  yield* chunked(gazetteer.divisions.length, DIVISIONS_PER_STEP, (index) => {
    const d = gazetteer.divisions[index]!;
    const i = d.index;
    add(d.nameHans, i, 0);
    const length = d.shortHans.length;
    const shorts = [d.shortHans];
    for (const form of d.hantForms) {
      if (form !== d.nameHans) add(form, i, 0);
      const short = form.slice(0, length);
      if (!shorts.includes(short)) shorts.push(short);
    }
    for (const [suffix, replacements] of ALIAS_SUFFIXES) {
      if (!d.nameHans.endsWith(suffix)) continue;
      for (const short of shorts) for (const replacement of replacements) add(short + replacement, i, 1);
    }
    for (const short of shorts) add(short, i, 2);
    for (const name of latinNames(d)) add(name, i, 3);
    // Former names (襄樊市, 萧山县) are keys of today's division, judged as its own names are.
    for (const f of d.former) {
      const stem = f.shortLength || f.nameHans.length - 1;
      for (const name of new Set([f.nameHans, f.nameHant])) {
        add(name, i, 0, stem);
        if (f.shortLength) add(name.slice(0, f.shortLength), i, 2, stem);
      }
    }
  });
  const { divisions } = gazetteer;
  const entries: Array<KeyEntry | undefined> = [];
  const firstAreaKey = texts.length;
  const areaKeys: AreaKey[] = [];
  for (const area of gazetteer.areas ?? []) {
    for (const [names, guarded] of [
      [area.names, false],
      [area.guarded, true],
    ] as const) {
      for (const name of names) {
        texts.push(foldString(name));
        areaKeys.push({ area, guarded });
      }
    }
  }
  return {
    texts,
    entry: (key) =>
      (entries[key] ??= { division: divisions[divisionOf[key]!]!, form: FORMS[formOf[key]!]!, stem: stemOf[key]! }),
    area: (key) => (key >= firstAreaKey ? areaKeys[key - firstAreaKey] : undefined),
  };
}
