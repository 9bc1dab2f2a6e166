/**
 * jieba's dictionary (@node-rs/jieba, pinned in package.json; MIT), read at build time for the
 * lexicon (lexicon.ts): its words, their counts, the ones it tags as place names, and its own
 * unigram reading of a string.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** A name missing from the dictionary still reads as a word of this count. */
export const NAME_FLOOR = 50;

export interface Dictionary {
  words: Map<string, number>;
  /** The words jieba tags as place names (ns): 佛罗里达州, 昆士兰州, 苏州河. */
  placeNames: Set<string>;
  /** Log of the dictionary's total count: a word's log probability is log(count) minus this. */
  logTotal: number;
  source: string;
}

export function readJiebaDictionary(): Dictionary {
  const require = createRequire(import.meta.url);
  const dir = path.dirname(require.resolve('@node-rs/jieba/dict.txt'));
  const version = (JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string }).version;
  const words = new Map<string, number>();
  const placeNames = new Set<string>();
  let total = 0;
  for (const line of fs.readFileSync(path.join(dir, 'dict.txt'), 'utf8').split('\n')) {
    const [word, count, tag] = line.split(' ');
    if (!word) continue;
    total += Number(count);
    if (!/^[\u4e00-\u9fff]+$/.test(word)) continue;
    words.set(word, Number(count));
    if (tag === 'ns') placeNames.add(word);
  }
  return {
    words,
    placeNames,
    logTotal: Math.log(total),
    source: `@node-rs/jieba ${version} dict.txt (jieba's dictionary, MIT)`,
  };
}

/**
 * jieba's unigram reading of `text`: the most probable split into dictionary words (a character
 * missing from the dictionary counts once), with `name` at `nameAt` read as a word of at least
 * NAME_FLOOR. Returns the word boundaries.
 */
export function readAsJieba(text: string, { words, logTotal }: Dictionary, name: string, nameAt: number): Set<string> {
  const n = text.length;
  const score = new Array<number>(n + 1).fill(-Infinity);
  const next = new Array<number>(n + 1).fill(n);
  score[n] = 0;
  for (let i = n - 1; i >= 0; i--) {
    for (let j = i + 1; j <= n; j++) {
      const word = text.slice(i, j);
      let count = words.get(word) ?? (j === i + 1 ? 1 : 0);
      if (i === nameAt && word === name) count = Math.max(count, NAME_FLOOR);
      if (!count) continue;
      const s = Math.log(count) - logTotal + score[j]!;
      if (s > score[i]!) {
        score[i] = s;
        next[i] = j;
      }
    }
  }
  const spans = new Set<string>();
  for (let i = 0; i < n; i = next[i]!) spans.add(`${i},${next[i]}`);
  return spans;
}
