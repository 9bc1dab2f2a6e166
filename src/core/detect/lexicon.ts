/**
 * The lexical evidence the detector ships (`data/generated/lexicon.json`, built by `npm run data`
 * from jieba's dictionary): words that straddle an edge of a place name, written with the name's
 * edge marked and only their part inside the name: 沿|海 (沿海 cuts 海城市 in 沿海城市), 理|论
 * (理论 cuts 大理 in 重大理论).
 */
import * as v from 'valibot';

export const LEXICON_FORMAT = 1;
export const LEXICON_EDGE = '|';

const wordList = v.pipe(v.string(), v.regex(/^([^\s|]+\|[^\s|]+( |$))*$/u, 'space-separated words with one | each'));

const lexiconFileSchema = v.strictObject({
  format: v.literal(LEXICON_FORMAT),
  source: v.string(),
  /** `outside|inside`: words that start before a name and end inside it. */
  heads: wordList,
  /** `inside|outside`: words that start inside a name and end after it. */
  tails: wordList,
});

export type LexiconFile = v.InferOutput<typeof lexiconFileSchema>;

export interface Lexicon {
  heads: ReadonlySet<string>;
  tails: ReadonlySet<string>;
  /** The longest outside part of any word. */
  reach: number;
}

export function loadLexicon(file: unknown): Lexicon {
  const parsed = v.parse(lexiconFileSchema, file);
  const split = (list: string) => new Set(list ? list.split(' ') : []);
  const lexicon: Lexicon = { heads: split(parsed.heads), tails: split(parsed.tails), reach: 0 };
  for (const word of lexicon.heads) lexicon.reach = Math.max(lexicon.reach, word.indexOf(LEXICON_EDGE));
  for (const word of lexicon.tails)
    lexicon.reach = Math.max(lexicon.reach, word.length - word.indexOf(LEXICON_EDGE) - 1);
  return lexicon;
}
