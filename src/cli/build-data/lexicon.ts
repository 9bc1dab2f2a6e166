/**
 * Builds `data/generated/lexicon.json`: the words that straddle an edge of a place name, read
 * from jieba's dictionary (@node-rs/jieba, pinned in package.json; MIT), so that the detector
 * judges word boundaries with its own evidence instead of the browser's segmenter, whose ICU
 * dictionary differs between engines (Firefox reads 南京和成都 as 南京|和成|都).
 *
 * For each word and each name it may straddle, jieba's own reading of the shortest string holding
 * both (its unigram model: the most probable path through the dictionary's words) says whether
 * the word cuts the name: 沿海 cuts 海城 in 沿海城, 理论 cuts 大理 in 大理论, 以北 does not cut 北京.
 * The file keeps a word, with only its part inside the name (沿|海), when it cuts most of the
 * names it may straddle, each name weighed by its count. Words that are themselves place names
 * are left out (江西 and 西安 in 江西安义县 are both places: the detector's overlap resolution
 * chooses between them), and so are rare words.
 */
import * as OpenCC from 'opencc-js';
import type { AreasPageFile } from '../../core/data/areas-schema';
import type { Gazetteer } from '../../core/gazetteer';
import { append } from '../../core/multimap';
import { LEXICON_EDGE, LEXICON_FORMAT, type LexiconFile } from '../../core/detect/lexicon';
import { NAME_FLOOR, readAsJieba, readJiebaDictionary, type Dictionary } from './jieba-dictionary';

/**
 * Words rarer than this in jieba's counts (60 M in all) are not worth their bytes: 1,000 keeps the
 * file near 8 KB gzipped (300: 20 KB; 3,000: 3 KB with 0.3 points less precision on People's Daily).
 */
const MIN_FREQUENCY = 1000;
/**
 * Words that end with a whole name (长白山) are kept down to this count, and at any count when
 * they end with a landform (千佛山, 南沙湾): the name of a mountain, river or bay. 50, not 100,
 * keeps 出海口 and 入海口 (76 and 75: a river's mouth, not Haikou) for 90 bytes gzipped, and
 * changes no detection on the corpora.
 */
const MIN_WHOLE_FREQUENCY = 50;
const isFeature = (char: string) => '山河湖湾岛江海溪峰岭池泉洲滩'.includes(char);
/**
 * Words that start with a whole common-word name (北海道, 北海舰队, 武功山) are kept down to this
 * count: the name needs evidence to be a place, and these words say it is something else.
 */
const MIN_COMMON_NAME_WORD = 20;
/** The detector looks this many characters outside a name for a straddling word. */
const OUTSIDE = 3;

/**
 * The names whose boundaries decide which words ship: two-character short names found by default
 * (海城, 大理) and the two-character full names of one-character places (义县). A name with its
 * suffix (海城市) is read by jieba as one word more, which would spare every word around it.
 */
function votingNames(gazetteer: Gazetteer, areas: AreasPageFile): Set<string> {
  const names = new Set<string>();
  // Two-character names of areas (前海, 横琴) are judged as the divisions' short names are.
  for (const area of areas.areas)
    for (const name of [...area.names, ...area.guarded]) if (name.length === 2) names.add(name);
  for (const d of gazetteer.divisions) {
    if (d.shortHans.length === 1) names.add(d.nameHans);
    else if (d.shortHans.length === 2 && (d.level !== 'county' || d.nameHans.endsWith('市'))) names.add(d.shortHans);
  }
  return names;
}

/** Every name form a straddling word must not be: a place is judged by the overlap rules instead. */
function placeWords(gazetteer: Gazetteer, areas: AreasPageFile): Set<string> {
  const words = new Set<string>(areas.areas.flatMap((area) => area.names));
  for (const d of gazetteer.divisions) for (const name of [d.nameHans, d.shortHans]) words.add(name);
  return words;
}

/**
 * A place jieba names (ns) that is not a word and one of our names side by side: 佛罗里达州 and 昆士兰州
 * (Florida, Queensland), not 云南昆明 or 中国宁波, which name our place. Kept at any count, as a
 * mountain's or a river's name is: wherever it is written, the name inside it is not ours.
 */
function isOtherPlace(word: string, { words, placeNames }: Dictionary, places: ReadonlySet<string>): boolean {
  if (!placeNames.has(word)) return false;
  // 云南|昆明: a common word beside a name of ours (佛罗里|达州's 佛罗里 is no word of its own); and
  // one character before it is most often a province's abbreviation (浙|嘉兴, 闽|福鼎) or a direction.
  const common = (part: string) => part.length === 1 || (words.get(part) ?? 0) >= MIN_FREQUENCY;
  for (let i = 1; i < word.length; i++) {
    const [head, tail] = [word.slice(0, i), word.slice(i)];
    if ((common(head) && places.has(tail)) || (places.has(head) && common(tail))) return false;
  }
  return true;
}

interface Straddle {
  /** The word with the name's edge marked and only its part inside the name: 沿|海. */
  general: string;
  /** The word's outside part with each name it may cut, whole: 沿|海城, 沿|海城市. */
  pairs: string[];
}

/** Every straddling word with the names it may cut, and the pairs jieba reads as cut (`cuts`). */
function straddles(
  gazetteer: Gazetteer,
  areas: AreasPageFile,
  dictionary: Dictionary,
): { all: { heads: Straddle[]; tails: Straddle[] }; cuts: Set<string> } {
  const keys = votingNames(gazetteer, areas);
  const places = placeWords(gazetteer, areas);
  const byPrefix = new Map<string, string[]>();
  const bySuffix = new Map<string, string[]>();
  for (const key of keys) {
    // A word may also end with the whole name: 长白山 is not 白山. One that starts with it is most
    // often named after the place (北京大学, 中山陵) and still mentions it.
    for (let i = 1; i <= key.length; i++) append(byPrefix, key.slice(0, i), key);
    for (let i = 1; i < key.length; i++) append(bySuffix, key.slice(i), key);
  }
  const cuts = new Set<string>();
  const heads: Straddle[] = [];
  const tails: Straddle[] = [];
  for (const [word, count] of dictionary.words) {
    const named = isFeature(word.at(-1)!) || isOtherPlace(word, dictionary, places);
    if (places.has(word) || count < (named ? 1 : MIN_WHOLE_FREQUENCY)) continue;
    // A word that holds the whole name makes a false name wherever it occurs; one that holds a part
    // only where the rest of the name follows, so it must be commoner to be worth shipping.
    const worth = (key: string, inside: string) => inside === key || count >= MIN_FREQUENCY;
    for (let i = 1; i < word.length; i++) {
      // A word starting before the name and ending inside it: 沿海 in 沿海城市.
      const outside = word.slice(0, word.length - i);
      const inside = word.slice(word.length - i);
      const before = byPrefix.get(inside);
      if (before && outside.length <= OUTSIDE) {
        const straddle: Straddle = { general: outside + LEXICON_EDGE + inside, pairs: [] };
        for (const key of before) {
          if (!worth(key, inside)) continue;
          const pair = outside + LEXICON_EDGE + key;
          straddle.pairs.push(pair);
          if (readAsJieba(outside + key, dictionary, key, outside.length).has(`0,${word.length}`)) cuts.add(pair);
        }
        heads.push(straddle);
      }
      // A word starting inside the name and ending after it: 理论 in 大理论.
      const start = word.slice(0, i);
      const after = word.slice(i);
      const around = bySuffix.get(start);
      if (around && after.length <= OUTSIDE) {
        const straddle: Straddle = { general: start + LEXICON_EDGE + after, pairs: [] };
        for (const key of around) {
          if (!worth(key, start)) continue;
          const pair = key + LEXICON_EDGE + after;
          straddle.pairs.push(pair);
          if (readAsJieba(key + after, dictionary, key, 0).has(`${key.length - i},${key.length + after.length}`))
            cuts.add(pair);
        }
        tails.push(straddle);
      }
    }
  }
  return { all: { heads, tails }, cuts };
}

/**
 * The words to ship: those that cut most of the names they may straddle, each name weighed by
 * its count, so that 以北 (which cuts 以|北流) is not listed at the cost of 北京.
 */
function chosen(list: Straddle[], cuts: Set<string>, weightOf: (pair: string) => number): Set<string> {
  const words = new Set<string>();
  for (const { general, pairs } of list) {
    let cut = 0;
    let all = 0;
    for (const pair of pairs) {
      const weight = weightOf(pair);
      all += weight;
      if (cuts.has(pair)) cut += weight;
    }
    if (cut * 2 > all) words.add(general);
  }
  return words;
}

export function buildLexicon(gazetteer: Gazetteer, areas: AreasPageFile, townships: string): LexiconFile {
  const dictionary = readJiebaDictionary();
  const { all, cuts } = straddles(gazetteer, areas, dictionary);
  const weightOf = (name: string) => Math.max(dictionary.words.get(name) ?? 0, NAME_FLOOR);
  const heads = chosen(all.heads, cuts, (pair) => weightOf(pair.slice(pair.indexOf(LEXICON_EDGE) + 1)));
  for (const word of townshipWords(townships)) heads.add(word);
  const tails = chosen(all.tails, cuts, (pair) => weightOf(pair.slice(0, pair.indexOf(LEXICON_EDGE))));
  for (const word of wordsAfterCommonNames(gazetteer, areas, dictionary)) tails.add(word);
  return {
    format: LEXICON_FORMAT,
    source: dictionary.source,
    heads: withTraditional(heads),
    tails: withTraditional(tails),
  };
}

/**
 * A name that is also a common word (北海, 武功) and starts a longer word of the dictionary names
 * that word's thing: 北海|道 (Hokkaido), 北海|公园 (in Beijing), 北海|舰队 (the fleet), 武功|山 (a
 * mountain in Jiangxi). Only names found by default vote, as for the other words; places (北海市)
 * are left to the overlap rules.
 */
function wordsAfterCommonNames(gazetteer: Gazetteer, areas: AreasPageFile, { words }: Dictionary): Set<string> {
  const voting = votingNames(gazetteer, areas);
  const places = placeWords(gazetteer, areas);
  const names = new Set(
    gazetteer.divisions
      .filter((d) => d.flags.includes('commonWord') && voting.has(d.shortHans))
      .map((d) => d.shortHans),
  );
  const found = new Set<string>();
  for (const [word, count] of words) {
    if (count < MIN_COMMON_NAME_WORD || places.has(word)) continue;
    for (let i = 2; i < word.length && word.length - i <= OUTSIDE; i++) {
      if (names.has(word.slice(0, i))) found.add(word.slice(0, i) + LEXICON_EDGE + word.slice(i));
    }
  }
  return found;
}

/**
 * Taiwan townships and Hong Kong districts after their parent (data/divisions/tw-hk-townships.tsv),
 * as words that start before the mainland name they share: 苗栗|泰安, 屏東|東港,
 * 香港|大埔, in both scripts, with 台 for 臺 too.
 */
function townshipWords(tsv: string): Set<string> {
  const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
  const words = new Set<string>();
  for (const line of tsv.split('\n')) {
    if (!line || line.startsWith('#') || line.startsWith('region\t')) continue;
    const [, parent = '', township = ''] = line.split('\t');
    const inside = township.length >= 3 ? township.slice(0, -1) : township;
    // 苗栗縣泰安鄉 is already a township by its 鄉: the county's short form (苗栗泰安) is what needs listing.
    const parents = [/[縣市]$/.test(parent) ? parent.slice(0, -1) : parent];
    for (const outside of parents.flatMap((p) => [p, p.replace(/臺/g, '台')])) {
      if (outside.length > OUTSIDE) continue;
      words.add(outside + LEXICON_EDGE + inside);
      words.add(toSimplified(outside) + LEXICON_EDGE + toSimplified(inside));
    }
  }
  return words;
}

/**
 * The Simplified words and their Traditional forms (Taiwan, standard and Hong Kong), sorted. Each
 * word is converted whole as well as with its edge mark in it: the mark splits the phrases OpenCC
 * converts by, so 佛罗里|达州 alone gives 佛羅裏|達州 and 佛羅裡|達州, never the 佛羅里達州 that
 * Taiwan and Hong Kong text writes.
 */
function withTraditional(simplified: Set<string>): string {
  const converters = (['tw', 't', 'hk'] as const).map((to) => OpenCC.Converter({ from: 'cn', to }));
  const all = new Set(simplified);
  for (const word of simplified) {
    const edge = word.indexOf(LEXICON_EDGE);
    const plain = word.replace(LEXICON_EDGE, '');
    for (const convert of converters) {
      all.add(convert(word));
      const whole = convert(plain);
      if (whole.length === plain.length) all.add(whole.slice(0, edge) + LEXICON_EDGE + whole.slice(edge));
    }
  }
  return [...all].sort().join(' ');
}

/** The file's exact bytes: one list per line. */
export function serializeLexicon(file: LexiconFile): string {
  const lines = Object.entries(file).map(([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value)}`);
  return `{\n${lines.join(',\n')}\n}\n`;
}
