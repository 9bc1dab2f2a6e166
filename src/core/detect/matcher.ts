/**
 * One-pass multi-pattern matcher over folded UTF-16 code units. Every key has at least two units,
 * so the scanner hashes each pair of adjacent units and only looks further where some key starts
 * with that pair: a bitmap test per unit, and a short verification where a key may start. It
 * reports every occurrence of every key, overlapping ones included, longest first at each start.
 */

const HASH_BITS = 16;
const hashPair = (a: number, b: number) => Math.imul((a << 16) | b, 0x9e3779b1) >>> (32 - HASH_BITS);

export interface Matcher {
  /** Calls `onMatch` for each key occurrence starting in [from, to), in order of start. */
  scan(text: string, from: number, to: number, onMatch: (start: number, end: number, key: number) => void): void;
}

export function buildMatcher(foldedKeys: readonly string[], fold: Uint16Array): Matcher {
  const pool = new Uint16Array(foldedKeys.reduce((n, key) => n + key.length, 0));
  const keyStart = new Int32Array(foldedKeys.length);
  const keyLength = new Int32Array(foldedKeys.length);
  const head = new Int32Array(1 << HASH_BITS).fill(-1);
  const next = new Int32Array(foldedKeys.length).fill(-1);

  let offset = 0;
  foldedKeys.forEach((key, id) => {
    if (key.length < 2) throw new Error(`matcher keys need two units: "${key}"`);
    keyStart[id] = offset;
    keyLength[id] = key.length;
    for (let i = 0; i < key.length; i++) pool[offset + i] = key.charCodeAt(i);
    offset += key.length;
  });
  // Chain the keys of each bucket longest first, so that matches at one start come out longest
  // first: insert at the head in order of increasing length (a counting sort by length).
  const maxLength = keyLength.reduce((a, b) => Math.max(a, b), 0);
  for (let length = 2; length <= maxLength; length++) {
    for (let id = 0; id < foldedKeys.length; id++) {
      if (keyLength[id] !== length) continue;
      const h = hashPair(pool[keyStart[id]!]!, pool[keyStart[id]! + 1]!);
      next[id] = head[h]!;
      head[h] = id;
    }
  }

  return {
    scan(text, from, to, onMatch) {
      const last = Math.min(to, text.length - 1); // keys start before `to` but may end after it
      let prev = from < text.length ? fold[text.charCodeAt(from)]! : 0;
      for (let i = from + 1; i <= last; i++) {
        const cur = fold[text.charCodeAt(i)]!;
        if (prev !== 0 && cur !== 0) {
          for (let id = head[hashPair(prev, cur)]!; id !== -1; id = next[id]!) {
            const start = keyStart[id]!;
            const length = keyLength[id]!;
            if (pool[start] !== prev || pool[start + 1] !== cur || i - 1 + length > text.length) continue;
            let j = 2;
            while (j < length && fold[text.charCodeAt(i - 1 + j)] === pool[start + j]) j++;
            if (j === length) onMatch(i - 1, i - 1 + length, id);
          }
        }
        prev = cur;
      }
    },
  };
}
