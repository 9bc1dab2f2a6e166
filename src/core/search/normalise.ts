/**
 * One normal form for names and queries, so that matching is plain string comparison. Chinese
 * keeps only its Han characters, so spaces, punctuation or emoji typed around a name do not
 * matter. Latin text becomes lower-case a–z words: tone marks, tone numbers (hang2zhou1),
 * apostrophes (Xi'an) and full-width letters all reduce to the same key.
 */
import { foldString } from '../detect/fold';
import { APOSTROPHES } from '../text/chars';
import { latinKey } from '../text/latin';

/** What separates the words of a query: anything but letters, digits and the apostrophes of names (Xi′an). */
const NOT_IN_A_WORD = new RegExp(`[^\\p{L}\\p{M}\\p{N}${APOSTROPHES}]+`, 'u');

export type Query = { script: 'han'; key: string } | { script: 'latin'; key: string; words: string[] };

/** Han characters only, with the variant pairs folded as detection folds them (臺州 and 台州 alike). */
export function hanKey(text: string): string {
  return foldString(text.normalize('NFKC').replace(/[^\p{Script=Han}]/gu, ''));
}

export function latinWords(text: string): string[] {
  return text
    .normalize('NFKC')
    .split(NOT_IN_A_WORD)
    .map((word) => latinKey(word).replace(/[^a-z]/g, ''))
    .filter((word) => word.length > 0);
}

export function latinKeyOf(text: string): string {
  return latinWords(text).join('');
}

/** Han characters decide the script: "SHETO 駐滬辦" searches 駐滬辦. Null when nothing is left. */
export function parseQuery(text: string): Query | null {
  const han = hanKey(text);
  if (han) return { script: 'han', key: han };
  const words = latinWords(text);
  return words.length > 0 ? { script: 'latin', key: words.join(''), words } : null;
}
