/** The names each target is searched by, as written; index.ts normalises them into keys. */
import { nameForms, type Division } from '../gazetteer';
import type { SearchTarget } from './types';
import { unitHanNames, unitLatinNames, unitWords, type Unit } from './unit-names';

export interface Names {
  han: string[];
  latin: string[];
  /** First letters of the pinyin syllables (hz → 杭州): only ever prefix matches. */
  initials: string[];
  /** English words, for multi-word office queries; empty for divisions. */
  words: string[];
}

export function namesOf(target: SearchTarget): Names {
  switch (target.kind) {
    case 'division':
      return divisionNames(target.division);
    case 'office':
      return unitNames(target.office);
    case 'liaison':
      return unitNames(target.liaison);
    case 'area': {
      const { name, aliases } = target.area;
      const all = [name.hans, name.hant, ...aliases];
      const han = all.filter((n) => /\p{Script=Han}/u.test(n));
      return { han, latin: [name.en, ...all.filter((n) => !han.includes(n))], initials: [], words: [] };
    }
  }
}

function divisionNames(division: Division): Names {
  return {
    ...nameForms(division),
    // One syllable's initial is one letter, a prefix of hundreds of names already.
    initials: division.syllables.length > 1 ? [division.syllables.map((syllable) => syllable.charAt(0)).join('')] : [],
    words: [],
  };
}

function unitNames(unit: Unit): Names {
  return { han: unitHanNames(unit), latin: unitLatinNames(unit), initials: [], words: unitWords(unit) };
}
