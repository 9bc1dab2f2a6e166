/**
 * One-pass multi-pattern matcher over folded UTF-16 code units. Every key has at least two
 * units, so the scanner looks at each pair of adjacent units and only goes further where some
 * key starts with that pair. The hot loop touches three small bit sets that stay in the L1
 * cache: the fold table (see fold.ts) and two bit sets of hashed pairs that start some key
 * (32 KB each, with independent hashes). Only where a pair passes both does it look up the
 * bucket of keys and verify them. It reports every occurrence
 * of every key, overlapping ones included, longest first at each start.
 *
 * Latin keys only start a word with a capital (Shenzhen, XIAN): a letter inside a word or in
 * lower case starts nothing, which keeps English text from probing every letter pair.
 */

import { chunked, runSteps, type Steps } from '../steps';

const PAIR_BITS = 18;
const BUCKET_BITS = 16;
const pairHash = (a: number, b: number) => Math.imul((a << 16) | b, 0x9e3779b1) >>> (32 - PAIR_BITS);
/** A second, independent hash: a pair must pass both filters, which cuts false hits twenty-fold. */
const pairHash2 = (a: number, b: number) => Math.imul((b << 16) | a, 0x85ebca6b) >>> (32 - PAIR_BITS);

const NOT_A_LETTER = 0;
const SMALL = 1;
const CAPITAL = 2;
/** Latin letters up to U+024F by kind, for the word-start test. */
const LETTER_KINDS = new Uint8Array(0x250);
for (let unit = 0; unit < 0x250; unit++) {
  const ch = String.fromCharCode(unit);
  if (/\p{Lu}/u.test(ch)) LETTER_KINDS[unit] = CAPITAL;
  else if (/\p{L}/u.test(ch)) LETTER_KINDS[unit] = SMALL;
}
const isLetter = (unit: number) => unit < 0x250 && LETTER_KINDS[unit] !== NOT_A_LETTER;

export interface Matcher {
  /** Calls `onMatch` for each key occurrence starting in [from, to), in order of start. */
  scan(text: string, from: number, to: number, onMatch: (start: number, end: number, key: number) => void): void;
}

const setBit = (bits: Int32Array, n: number) => {
  bits[n >>> 5]! |= 1 << (n & 31);
};

export const buildMatcher = (foldedKeys: readonly string[], fold: Uint16Array): Matcher =>
  runSteps(matcherSteps(foldedKeys, fold));

/** Keys placed per step: a few ms in a fresh isolated world. */
const KEYS_PER_STEP = 4000;

export function* matcherSteps(foldedKeys: readonly string[], fold: Uint16Array): Steps<Matcher> {
  const pool = new Uint16Array(foldedKeys.reduce((n, key) => n + key.length, 0));
  const keyStart = new Int32Array(foldedKeys.length);
  const keyLength = new Int32Array(foldedKeys.length);
  const head = new Int32Array(1 << BUCKET_BITS).fill(-1);
  const next = new Int32Array(foldedKeys.length).fill(-1);
  const pairs = new Int32Array((1 << PAIR_BITS) >>> 5);
  const pairs2 = new Int32Array((1 << PAIR_BITS) >>> 5);

  let offset = 0;
  yield* chunked(foldedKeys.length, KEYS_PER_STEP, (id) => {
    const key = foldedKeys[id]!;
    if (key.length < 2) throw new Error(`matcher keys need two units: "${key}"`);
    keyStart[id] = offset;
    keyLength[id] = key.length;
    for (let i = 0; i < key.length; i++) pool[offset + i] = key.charCodeAt(i);
    offset += key.length;
  });
  // Chain the keys of each bucket longest first, so that matches at one start come out longest
  // first: insert at the head in order of increasing length (a counting sort by length).
  const maxLength = keyLength.reduce((a, b) => Math.max(a, b), 0);
  const firstOfLength = new Int32Array(maxLength + 2);
  for (const length of keyLength) firstOfLength[length + 1]!++;
  for (let length = 1; length <= maxLength + 1; length++) firstOfLength[length]! += firstOfLength[length - 1]!;
  const byLength = new Int32Array(foldedKeys.length);
  for (let id = 0; id < foldedKeys.length; id++) byLength[firstOfLength[keyLength[id]!]!++] = id;
  yield;
  yield* chunked(byLength.length, KEYS_PER_STEP, (at) => {
    const id = byLength[at]!;
    const a = pool[keyStart[id]!]!;
    const b = pool[keyStart[id]! + 1]!;
    const h = pairHash(a, b);
    setBit(pairs, h);
    setBit(pairs2, pairHash2(a, b));
    next[id] = head[h >>> (PAIR_BITS - BUCKET_BITS)]!;
    head[h >>> (PAIR_BITS - BUCKET_BITS)] = id;
  });

  /** Checks the keys that may start with the pair (a, b) at `i - 1`, whose hash `h` passed the first filter. */
  function probe(
    text: string,
    i: number,
    a: number,
    b: number,
    h: number,
    onMatch: (s: number, e: number, k: number) => void,
  ) {
    const h2 = pairHash2(a, b);
    if ((pairs2[h2 >>> 5]! & (1 << (h2 & 31))) === 0) return;
    const start = i - 1;
    for (let id = head[h >>> (PAIR_BITS - BUCKET_BITS)]!; id !== -1; id = next[id]!) {
      const at = keyStart[id]!;
      const length = keyLength[id]!;
      if (pool[at] !== a || pool[at + 1] !== b || start + length > text.length) continue;
      let j = 2;
      while (j < length && fold[text.charCodeAt(start + j)] === pool[at + j]) j++;
      if (j === length) onMatch(start, start + length, id);
    }
  }

  return {
    scan(text, from, to, onMatch) {
      const last = Math.min(to, text.length - 1); // keys start before `to` but may end after it
      let previous = 0; // folded unit at i - 1 if a key may start there, else 0
      let previousIsLetter = from > 0 && isLetter(text.charCodeAt(from - 1));
      for (let i = Math.max(0, from); i <= last; i++) {
        const raw = text.charCodeAt(i);
        const unit = fold[raw]!;
        if (raw < 0x250) {
          // Latin text: inside a word `previous` is 0 and nothing is probed.
          if (previous !== 0 && unit !== 0) {
            const h = pairHash(previous, unit);
            if ((pairs[h >>> 5]! & (1 << (h & 31))) !== 0) probe(text, i, previous, unit, h, onMatch);
          }
          // Only a capital that starts a word can start a key here (no key starts with a digit,
          // a space or punctuation).
          const kind = LETTER_KINDS[raw]!;
          previous = kind === CAPITAL && !previousIsLetter ? unit : 0;
          previousIsLetter = kind !== NOT_A_LETTER;
        } else {
          // Han text: hashing every pair costs less than branching on unpredictable units
          // first. No key has a 0 unit: a pair with one can only be a hash collision.
          const h = pairHash(previous, unit);
          if ((pairs[h >>> 5]! & (1 << (h & 31))) !== 0 && previous !== 0 && unit !== 0)
            probe(text, i, previous, unit, h, onMatch);
          previous = unit;
          previousIsLetter = false;
        }
      }
    },
  };
}
