/**
 * How people write the names of the offices and liaison units. In Chinese: the official name
 * with 香港特別行政區政府 in front, without it or with just 香港, its 經貿辦 contraction, and the
 * short name (駐滬辦). In English: the abbreviation, the name and short name, and their words,
 * so that a query can give some of them in any order ("Shanghai office", "Economic and Trade
 * Office in Chengdu").
 */
import type { LiaisonUnit, Office } from '../data/offices-schema';
import { latinWords, type Query } from './normalise';

export type Unit = Office | LiaisonUnit;

const GOVERNMENT = ['香港特別行政區政府', '香港特别行政区政府'];
const CONTRACTIONS = [
  ['經濟貿易辦事處', '經貿辦'],
  ['经济贸易办事处', '经贸办'],
] as const;

export function unitHanNames(unit: Unit): string[] {
  return [unit.name.hant, unit.name.hans, unit.shortName.hant, unit.shortName.hans]
    .flatMap(withoutGovernment)
    .flatMap((name) => [
      name,
      ...CONTRACTIONS.filter(([long]) => name.includes(long)).map(([long, short]) => name.replace(long, short)),
    ]);
}

function withoutGovernment(name: string): string[] {
  const government = GOVERNMENT.find((prefix) => name.startsWith(prefix));
  if (!government) return [name];
  const rest = name.slice(government.length);
  return [name, rest, `香港${rest}`];
}

export function unitLatinNames(unit: Unit): string[] {
  const names = [unit.name.en];
  if (unit.abbr) names.push(unit.abbr.value);
  if ('en' in unit.shortName && unit.shortName.en) names.push(unit.shortName.en);
  return names;
}

export function unitWords(unit: Unit): string[] {
  const words = [...unitLatinNames(unit), unit.seat.en].flatMap(latinWords);
  // All of them are Hong Kong's, a name often written as one word.
  words.push('hongkong');
  if (unit.abbr?.value.endsWith('ETO')) words.push('eto', 'hketo');
  return [...new Set(words)];
}

const STOP_WORDS = new Set(['in', 'of', 'the', 'and', 'for']);

/** Every word of the query is one of the unit's words, the last perhaps still being typed. */
export function matchesWords(unitWords: readonly string[], queryWords: readonly string[]): boolean {
  const wanted = queryWords.filter((word) => !STOP_WORDS.has(word));
  const last = wanted.pop();
  return (
    last !== undefined &&
    wanted.every((word) => unitWords.includes(word)) &&
    unitWords.some((word) => word.startsWith(last))
  );
}

const OFFICE_WORDS = new Set([
  'office',
  'offices',
  'eto',
  'hketo',
  'liaison',
  'unit',
  'economic',
  'trade',
  'government',
  'hongkong',
  'kong',
]);
const OFFICE_HAN = /[辦办駐驻]|聯絡|联络|經濟|经济|貿易|贸易|經貿|经贸|政府|香港/;

/** Words that ask for an office rather than a place: offices then list before places. */
export function hasOfficeVocabulary(query: Query): boolean {
  return query.script === 'han' ? OFFICE_HAN.test(query.key) : query.words.some((word) => OFFICE_WORDS.has(word));
}
