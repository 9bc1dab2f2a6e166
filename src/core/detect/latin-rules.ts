/**
 * The rules for Latin names (Hangzhou, Xi'an, Peking, Yiwu): where they stand as words of their
 * own, which need evidence, and their level word.
 *
 * - A name is a capitalised word of its own, not a surname's neighbour (Zhao Ziyang, Zhao
 *   (Ziyang)) nor the start of a street (Beijing West Road), nor a town of another country
 *   (Canton, Ohio).
 * - Names of provinces and prefectures are trusted, except those that also name something well
 *   known elsewhere (Canton, Dali, Yili): these, like every county-level city, need evidence
 *   nearby.
 * - Evidence is a division above the place named in its sentence (Yiwu, Zhejiang), its level
 *   word (Yiwu City, Wenling county), an ALL-CAPS dateline (CANTON - ), and, for the names of
 *   provinces and prefectures, China named in its sentence or a page that has named other places. County-level cities are not excused by "China" alone: their
 *   names are often given names (Xinyi, Wenling); China and a preposition of place before the
 *   name ("near Xingcheng") are enough.
 */
import { APOSTROPHES, isDigit, isLatinLetter, isUpperLatin, unitAt } from '../text/chars';
import { LATIN_STREET } from './cues';
import { isLatinSurname } from './latin-surnames';
import { LATIN_LEVEL_WORDS } from '../text/levels';
import type { Candidate, RuleContext } from './rules';
import { latinKey } from '../text/latin';

/** Evidence is looked for in the name's sentence, at most this far each side (UTF-16 units). */
const EVIDENCE_REACH = 200;
/** How near a parent must be where the sentence also uses the name for something else: "Hami, Xinjiang". */
const NEAR_REACH = 16;
/** The end of a sentence: its mark and the space after it, or a line break. */
const SENTENCE_END = /[.!?;]["'’”)\]]?\s|\n/g;

/**
 * Names of provinces and prefectures (or their older forms) that are as often something else:
 * Canton (towns in Ohio, Michigan and elsewhere; a Swiss or French division), Sian (Sian Ka'an
 * in Mexico; Singlish "sian"), Soochow (Soochow University in Taipei), Kirin (the brewery),
 * Dali (Salvador Dalí), Yanan (the Yanan languages of California), Kashi (Varanasi), Baoshan
 * (Shanghai's district and its steelworks), Yili (the dairy), Hami (the melon), Altay (Russia's
 * Altay Republic and Krai, the Altay mountains). Not Lhasa: its other sense, the dog, is always
 * the Lhasa apso, which the word after it says (OTHER_SENSE_AFTER).
 */
const NAMES_OF_OTHER_THINGS = new Set('canton sian soochow kirin dali yanan kashi baoshan yili hami altay'.split(' '));

/**
 * The words after some of those names that make them the other thing: the Lhasa apso (a dog),
 * the Hami melon, Soochow University, Kirin's brewery and beer, Baoshan Iron and Steel. A
 * sentence that uses the name so uses it so throughout ("Lhasa, Lhasa apso: a breed of
 * terrier raised in Tibet"), one sense per sentence, whatever place it names beside.
 */
const OTHER_SENSE_AFTER = new Map<string, RegExp>([
  ['lhasa', /^[ -]apsos?\b/i],
  ['hami', /^ melons?\b/i],
  ['soochow', /^ University\b/],
  ['kirin', /^ (Brewery|[Bb]eer)\b/],
  ['baoshan', /^ Iron and Steel\b/],
]);

/**
 * States and provinces of other countries that follow a town's name: "Canton, Ohio", "Houma, La.".
 * US states by name and by the abbreviations of wire copy, and the Canadian provinces.
 */
const ELSEWHERE = new RegExp(
  '^,? +(' +
    [
      'Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho',
      'Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota',
      'Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York',
      'North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina',
      'South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming',
      'Ala\\.|Ariz\\.|Ark\\.|Calif\\.|Colo\\.|Conn\\.|Del\\.|Fla\\.|Ga\\.|Ill\\.|Ind\\.|Kan\\.|Ky\\.|La\\.|Md\\.',
      'Mass\\.|Mich\\.|Minn\\.|Miss\\.|Mo\\.|Mont\\.|Neb\\.|Nev\\.|N\\.H\\.|N\\.J\\.|N\\.M\\.|N\\.Y\\.|N\\.C\\.',
      'N\\.D\\.|Okla\\.|Ore\\.|Pa\\.|Penn\\.|R\\.I\\.|S\\.C\\.|S\\.D\\.|Tenn\\.|Tex\\.|Vt\\.|Va\\.|Wash\\.|Wis\\.|Wyo\\.',
      'Ontario|Ont\\.|Quebec|Alberta|Manitoba|Saskatchewan|Nova Scotia|New Brunswick|British Columbia',
    ].join('|') +
    ')',
);

/** A page that has named this many divisions is about China: its Canton is Guangzhou. */
const PAGE_PLACES = 2;
const CHINA = /\b(China|Chinese|PRC|P\.R\.C\.|P\. R\. China)\b/;
/**
 * A preposition of place before a county-level city: "near Xingcheng", "in Yiwu". With China
 * named in the sentence it makes the name a place; a given name seldom follows one. Not where the
 * sentence names Taiwan or Hong Kong, whose districts share some names (大安区 in Taipei, Da'an).
 */
const LOCATIVE_BEFORE = /\b(in|near|at|outside|around|off)[ \u00a0]+$/i;
const TAIWAN_HK = /\b(Taiwan|Taipei|Kaohsiung|Taichung|Tainan|Hong Kong|Kowloon|Macau|Macao|Republic of China|ROC)\b/;
/** A level word after a county-level city or a prefecture: "Yiwu City", "Wenling county", "Dali prefecture". */
const LEVEL_AFTER = /^[ \u00a0]+(City|County|Prefecture|city|county|prefecture|county-level city)\b/;
/**
 * A dateline: an ALL-CAPS name that starts a line (perhaps after a wire code in brackets or a
 * bar) and is followed by a dash, perhaps after a date: "(XYYE 0405) PEKING - ", "CANTON, March 3 - ".
 */
const DATELINE_BEFORE = /(^|\n|\) |\| )[ \u00a0]*$/;
const DATELINE_AFTER = /^(,[^\n\-–—]{0,24}| \([^)\n]{1,20}\))?[ \u00a0]+[-–—][ \u00a0]/;

/**
 * Words that may stand capitalised before a place name without making it part of a longer name:
 * sentence-initial function words ("In Beijing Xi said").
 */
const OPENERS = new Set(
  'a an and as at before between both but by during for from if in into like near of on since than the then to via when while with'.split(
    ' ',
  ),
);
/** Capitalised words after a name that keep it a place: its level or a feature named after it. */
const PLACE_WORDS = new Set(
  'city county province prefecture municipality autonomous region district island islands bay river port airport station area zone basin plain'.split(
    ' ',
  ),
);

/** A capitalised word just before a name (perhaps before a bracket) or just after, apostrophes inside (Ch'en). */
const WORD_BEFORE = new RegExp(`(\\p{Lu}[\\p{Ll}${APOSTROPHES}]*\\p{Ll}) \\(?$`, 'u');
const WORD_AFTER = new RegExp(`^ (\\p{Lu}[\\p{Ll}${APOSTROPHES}]*\\p{Ll})`, 'u');

/** A capitalised word of its own, not a surname's neighbour ("Wang Jian") nor a street ("Beijing West Road"). */
function latinFits(c: Candidate, text: string, all: readonly Candidate[]): boolean {
  const before = unitAt(text, c.start - 1);
  const after = unitAt(text, c.end);
  if (isLatinLetter(before) || isDigit(before) || isLatinLetter(after) || isDigit(after)) return false;
  if (!isUpperLatin(text.charCodeAt(c.start))) return false;
  const previousWord = WORD_BEFORE.exec(text.slice(Math.max(0, c.start - 12), c.start))?.[1];
  const nextWord = WORD_AFTER.exec(text.slice(c.end, c.end + 12))?.[1];
  if (LATIN_STREET.test(text.slice(c.end, c.end + 24))) return false;
  if (ELSEWHERE.test(text.slice(c.end, c.end + 24))) return false;
  if ([previousWord, nextWord].some((word) => word && isLatinSurname(word))) return false;
  return !insideLongerName(c, text, all);
}

/**
 * Between two capitalised words the name is part of a longer one, a person's (Carmen Yulín Cruz)
 * or an organisation's (SAS Grand Hotel Beijing Joint Venture), unless the word before opens a
 * sentence (In Beijing Xi said) or the word after is a place word (Grand Hotel Beijing Airport).
 */
function insideLongerName(c: Candidate, text: string, all: readonly Candidate[]): boolean {
  const before = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}*) $/u.exec(text.slice(Math.max(0, c.start - 16), c.start))?.[1];
  const after = /^ (\p{Lu}\p{Ll}+)/u.exec(text.slice(c.end, c.end + 16))?.[1];
  if (!before || !after) return false;
  if (OPENERS.has(before.toLowerCase()) || PLACE_WORDS.has(after.toLowerCase())) return false;
  // Two places side by side (Henan Ziyang, Zhejiang Yiwu) are not one longer name.
  const placeAt = (from: number, to: number) => within(all, from, to).length > 0;
  return !placeAt(c.end + 1, c.end + 1 + after.length) && !placeAt(c.start - 1 - before.length, c.start - 1);
}

type Need = 'none' | 'place' | 'county';

/** What a Latin name needs before it is read as a place. */
function needOf(c: Candidate, text: string): Need {
  if (c.entries.every((e) => e.division.level === 'county')) return 'county';
  const written = text.slice(c.start, c.end);
  return NAMES_OF_OTHER_THINGS.has(latinKey(written)) || isJoinedWadeGiles(written, c) ? 'place' : 'none';
}

const HYPHEN_OR_APOSTROPHE = new RegExp(`[-${APOSTROPHES}]`);

/**
 * A Wade-Giles name written without its hyphen (Lanchou for Lan-chou; Apa, Lini, Hopi for A-pa,
 * Lin-i, Ho-pi): joined, its syllables run into words of other languages and names (Apa, the
 * Coptic title; Walter Lini; the Hopi), so it needs evidence as those names do. Not where the
 * division also has that spelling as a name of its own (the pinyin, a postal form).
 */
function isJoinedWadeGiles(written: string, c: Candidate): boolean {
  if (HYPHEN_OR_APOSTROPHE.test(written)) return false;
  const key = latinKey(written);
  const ownName = (name: string) => !name.includes('-') && latinKey(name) === key;
  return c.entries.every((e) => !ownName(e.division.pinyin) && !e.division.english.some(ownName));
}

/** The sentence around [start, end), as offsets, at most EVIDENCE_REACH units each side. */
function sentenceAround(text: string, start: number, end: number): [number, number] {
  let from = Math.max(0, start - EVIDENCE_REACH);
  for (const m of text.slice(from, start).matchAll(SENTENCE_END))
    from = Math.max(0, start - EVIDENCE_REACH) + m.index + m[0].length;
  const after = text.slice(end, end + EVIDENCE_REACH);
  SENTENCE_END.lastIndex = 0;
  const stop = SENTENCE_END.exec(after);
  return [from, end + (stop ? stop.index : after.length)];
}

/** Candidates (sorted by start) that lie within [from, to). */
function within(all: readonly Candidate[], from: number, to: number): Candidate[] {
  let low = 0;
  let high = all.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (all[mid]!.start < from) low = mid + 1;
    else high = mid;
  }
  const found: Candidate[] = [];
  for (let i = low; i < all.length && all[i]!.start < to; i++) if (all[i]!.end <= to) found.push(all[i]!);
  return found;
}

/**
 * How a sentence uses a name that has another sense (Lhasa apso): 'this' where this mention is
 * the other thing, 'beside' where another mention in its sentence is, else 'no'.
 */
function otherSenseIn(c: Candidate, text: string, all: readonly Candidate[]): 'this' | 'beside' | 'no' {
  const key = latinKey(text.slice(c.start, c.end));
  const otherSense = OTHER_SENSE_AFTER.get(key);
  if (!otherSense) return 'no';
  if (otherSense.test(text.slice(c.end, c.end + 24))) return 'this';
  const [from, to] = sentenceAround(text, c.start, c.end);
  const beside = within(all, from, to).some(
    (o) => latinKey(text.slice(o.start, o.end)) === key && otherSense.test(text.slice(o.end, o.end + 24)),
  );
  return beside ? 'beside' : 'no';
}

/**
 * Evidence for a name that needs it. `near` narrows the search for a parent to the name's
 * neighbours (Hami, Xinjiang) and ignores China and the page: for a sentence that also uses the
 * name for its other thing.
 */
function hasEvidence(
  c: Candidate,
  need: Exclude<Need, 'none'>,
  { text, isAbove, page }: RuleContext,
  all: readonly Candidate[],
  near = false,
): boolean {
  const after = text.slice(c.end, c.end + 32);
  if (LEVEL_AFTER.test(after)) return true;
  const name = text.slice(c.start, c.end);
  const before = text.slice(Math.max(0, c.start - 16), c.start);
  if (name === name.toUpperCase() && DATELINE_BEFORE.test(before) && DATELINE_AFTER.test(after)) return true;
  const [from, to] = near
    ? [Math.max(0, c.start - NEAR_REACH), c.end + NEAR_REACH]
    : sentenceAround(text, c.start, c.end);
  // Another name, not the same one again: Dali the prefecture is above Dali the city.
  const parentNamed = within(all, from, to).some(
    (p) =>
      latinKey(text.slice(p.start, p.end)) !== latinKey(name) &&
      p.entries.some((pe) => c.entries.some((e) => isAbove(pe.division.index, e.division.index))),
  );
  if (parentNamed) return true;
  if (near) return false;
  const sentence = text.slice(from, to);
  if (need === 'county') return LOCATIVE_BEFORE.test(before) && CHINA.test(sentence) && !TAIWAN_HK.test(sentence);
  // For a joined Wade-Giles name, another province or prefecture that needs no evidence, named in
  // the sentence: "from Lanchou to Kuang-chou". Not for the names above, whose other sense may be
  // a place beside it (the Baoshan steel plant near Shanghai).
  const otherPlace =
    isJoinedWadeGiles(name, c) &&
    within(all, from, to).some(
      (p) =>
        p !== c &&
        latinKey(text.slice(p.start, p.end)) !== latinKey(name) &&
        needOf(p, text) === 'none' &&
        latinFits(p, text, all),
    );
  return otherPlace || CHINA.test(sentence) || (page?.placesNamed ?? 0) >= PAGE_PLACES;
}

/** Whether a Latin candidate is a place name; `all` holds every candidate of the text, sorted by start. */
export function judgeLatin(c: Candidate, context: RuleContext, all: readonly Candidate[]): boolean {
  const { text } = context;
  if (!latinFits(c, text, all)) return false;
  const otherSense = otherSenseIn(c, text, all);
  if (otherSense === 'this') return false;
  // A sentence that also uses the name for its other thing asks for evidence beside it.
  const own = needOf(c, text);
  const need: Need = otherSense === 'beside' && own === 'none' ? 'place' : own;
  if (need !== 'none' && !hasEvidence(c, need, context, all, otherSense === 'beside')) return false;
  readLatinLevel(c, text);
  return true;
}

/** "Jilin City" and "Guangdong Province": the level word joins the name and settles its level. */
function readLatinLevel(c: Candidate, text: string): void {
  const after = text.slice(c.end, c.end + 32);
  for (const [pattern, level] of LATIN_LEVEL_WORDS) {
    const word = pattern.exec(after);
    if (!word) continue;
    const entries = c.entries.filter((e) => (level === 'province') === (e.division.level === 'province'));
    if (!entries.length) return;
    c.entries = entries;
    c.end += word[0].length;
    return;
  }
}
