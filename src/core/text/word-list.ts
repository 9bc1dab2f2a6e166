/**
 * The Latin word list's packed form (data/generated/latin-words.json), which the bootstrap content
 * script carries into every frame: the sorted words front-coded, each written as the length of the
 * prefix it shares with the word before, as a capital letter (A for 0), then the rest of it:
 * `aba aershan akesu` → `AabaBershanBkesu`. Gzipped, that is three quarters of the JSON list.
 *
 * A frame unpacks it only when it first needs it (a word under the pointer, or Latin text with
 * Underline all on): a frame with nothing to do never builds the set.
 */

/** What the gates ask of a word list. A `Set` is one. */
export interface WordSet {
  has(word: string): boolean;
}

const WORD = /^[a-z]+$/;
/** Longest shared prefix a capital letter can say (A–Z). */
const MAX_PREFIX = 25;

/** Packs lower-case words (a–z only); throws on any other, since the packed form has no escape. */
export function packWords(words: Iterable<string>): string {
  let packed = '';
  let previous = '';
  for (const word of [...new Set(words)].sort()) {
    if (!WORD.test(word)) throw new Error(`packWords: "${word}" is not a lower-case a–z word`);
    let shared = 0;
    const most = Math.min(previous.length, word.length - 1, MAX_PREFIX);
    while (shared < most && previous[shared] === word[shared]) shared++;
    packed += String.fromCharCode(65 + shared) + word.slice(shared);
    previous = word;
  }
  return packed;
}

/** The words of a packed list, in order; throws if `packed` is not one. */
export function unpackWords(packed: string): string[] {
  if (typeof packed !== 'string' || !/^(?:[A-Z][a-z]+)*$/.test(packed))
    throw new Error('latin-words.json: not a packed word list (capital letter, then lower-case letters, repeated)');
  const words: string[] = [];
  let previous = '';
  for (const [, prefix, rest] of packed.matchAll(/([A-Z])([a-z]+)/g)) {
    const shared = prefix!.charCodeAt(0) - 65;
    if (shared > previous.length) throw new Error(`latin-words.json: "${rest}" shares more than the word before`);
    previous = previous.slice(0, shared) + rest;
    words.push(previous);
  }
  return words;
}

/** The packed list as a set, unpacked on the first question asked of it. */
export function lazyWordSet(packed: string): WordSet {
  let words: ReadonlySet<string> | null = null;
  return { has: (word) => (words ??= new Set(unpackWords(packed))).has(word) };
}
