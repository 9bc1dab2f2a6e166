/**
 * Which raw occurrences are place names. Each rule is a general fact about Chinese text:
 *
 * - Full names with their suffix are trusted, unless the suffix starts the next word (北京|市民).
 * - A name between Han characters must fit the words ICU reads there (沿海城市 has no 海城市).
 * - A bare two-character name after a common surname is a given name (李|长春).
 * - A bare name followed by 路, 街, 村 … names a street or a village (南京路, 廣東道).
 * - Names inside transliterated foreign names (坎宁安) and fixed phrases (北京时间) are not places.
 * - Names that are also common words (合作, 东方) and one-character names with their suffix
 *   (义县, 城区) need evidence: a parent place right before them (甘南合作, 阳泉市郊区), a
 *   governing word (在范县), or a list or route of places around them (柳州、来宾; 西安至安康).
 */
import { isDigit, isHan, isLatinLetter, isUpperLatin } from './chars';
import {
  PHRASES,
  SIMPLIFIED_ONLY,
  SUFFIX_WORDS,
  TRADITIONAL_ONLY,
  isGoverning,
  isListSeparator,
  isNameDot,
  isNamedThingAfter,
  isStreetDao,
  isStreetJie,
  isSuffix,
  isSurname,
} from './cues';
import type { Form, KeyEntry } from './keys';
import type { WordReader } from './words';

export interface Candidate {
  start: number;
  end: number;
  entries: KeyEntry[];
  form: Form;
  weight: number;
}

export interface RuleContext {
  text: string;
  readWords: WordReader;
  /** Whether the division at index `ancestor` is above the one at index `division`. */
  isAbove: (ancestor: number, division: number) => boolean;
}

const weightOf = (c: Candidate) => (c.end - c.start) * 10 + (c.form === 'short' ? 0 : 5);

/** Traditional text: where 中山 may be in Taipei and 馬鞍山 is in Sha Tin. */
function inTraditionalText(c: Candidate, text: string): boolean {
  let balance = 0;
  for (let i = Math.max(0, c.start - 30); i < Math.min(text.length, c.end + 30); i++) {
    const unit = text.charCodeAt(i);
    if (TRADITIONAL_ONLY(unit)) balance++;
    else if (SIMPLIFIED_ONLY(unit)) balance--;
  }
  return balance > 0;
}

/**
 * Evidence is needed when every division the name may mean is a common word (or, in Traditional
 * text, a Hong Kong or Taiwan place name too), or a one-character name with its suffix (义县, 城区).
 */
function needsEvidence(c: Candidate, text: string): boolean {
  let traditional: boolean | undefined;
  const isOtherWord = (e: KeyEntry) => {
    const { flags } = e.division;
    if (flags.includes('commonWord')) return true;
    if (!flags.includes('taiwanName') && !flags.includes('hongKongName')) return false;
    return (traditional ??= inTraditionalText(c, text));
  };
  if (c.form === 'short') return c.entries.every(isOtherWord);
  return c.entries.every((e) => e.division.shortHans.length === 1 || (e.division.level === 'county' && isOtherWord(e)));
}

/** Names of three characters or more (内蒙古, 石家庄) are rarely accidental: ICU is not asked. */
const isLongName = (c: Candidate) => c.entries.some((e) => e.division.shortHans.length >= 3);

const WEI = 0x59d4; // 委

const unitAt = (text: string, i: number) => (i >= 0 && i < text.length ? text.charCodeAt(i) : 0);

const phraseIndex = new Map<string, Array<[string, number]>>();
for (const phrase of PHRASES) {
  for (let a = 0; a < phrase.length; a++) {
    for (let b = a + 2; b <= phrase.length; b++) {
      const list = phraseIndex.get(phrase.slice(a, b)) ?? [];
      list.push([phrase, a]);
      phraseIndex.set(phrase.slice(a, b), list);
    }
  }
}

function inPhrase(c: Candidate, text: string): boolean {
  const uses = phraseIndex.get(text.slice(c.start, c.end));
  return !!uses?.some(([phrase, at]) => text.startsWith(phrase, c.start - at));
}

/**
 * The name is part of a transliterated name written with a middle dot (迈克尔·坎宁安,
 * 伊麗莎白·德宏德特). The dot also separates places (中国·无锡): a name next to a dot that has
 * another name on its other side is not in a person's name.
 */
function inDottedName(c: Candidate, text: string, all: Candidate[]): boolean {
  const dotBefore = isNameDot(unitAt(text, c.start - 1));
  if (dotBefore && (all.some((o) => o.end === c.start - 1) || /中[国國]$/.test(text.slice(0, c.start - 1)))) return false;
  if (isNameDot(unitAt(text, c.end)) && all.some((o) => o.start === c.end + 1)) return false;
  for (let i = c.start - 1; i >= 0 && i >= c.start - 8; i--) {
    const unit = text.charCodeAt(i);
    if (isNameDot(unit)) return true;
    if (!isHan(unit)) break;
  }
  for (let i = c.end; i < text.length && i < c.end + 8; i++) {
    const unit = text.charCodeAt(i);
    if (isNameDot(unit)) return true;
    if (!isHan(unit)) break;
  }
  return false;
}

function latinFits(c: Candidate, text: string): boolean {
  const before = unitAt(text, c.start - 1);
  const after = unitAt(text, c.end);
  return (
    !isLatinLetter(before) &&
    !isDigit(before) &&
    !isLatinLetter(after) &&
    !isDigit(after) &&
    isUpperLatin(text.charCodeAt(c.start))
  );
}

function namesSomethingElse(c: Candidate, text: string): boolean {
  const next = unitAt(text, c.end);
  const afterNext = unitAt(text, c.end + 1);
  return (
    isNamedThingAfter(next) || isStreetJie(next, afterNext) || (isStreetDao(next, afterNext) && !isHan(afterNext))
  );
}

/** A place that ends where `c` starts and names a division above one of c's. */
function hasParentBefore(c: Candidate, places: Candidate[], isAbove: RuleContext['isAbove']): boolean {
  return places.some(
    (p) =>
      p.end === c.start &&
      c.entries.some((e) => p.entries.some((pe) => isAbove(pe.division.index, e.division.index))),
  );
}

function inListOfPlaces(c: Candidate, places: Candidate[], text: string): boolean {
  const before = isListSeparator(unitAt(text, c.start - 1));
  const after = isListSeparator(unitAt(text, c.end));
  return places.some((p) => (before && p.end === c.start - 1) || (after && p.start === c.end + 1));
}

export function judge(candidates: Candidate[], context: RuleContext): Candidate[] {
  const { text, readWords } = context;
  const places: Candidate[] = [];
  const weak: Candidate[] = [];
  const personal: Candidate[] = [];
  const fullAt = new Map<number, Candidate>();

  for (const c of candidates) {
    if (c.form === 'latin') {
      if (latinFits(c, text)) places.push(c);
      continue;
    }
    if (inPhrase(c, text) || inDottedName(c, text, candidates)) continue;
    // 山西省委 is one word (the provincial party committee): the detection covers it whole.
    if (c.form !== 'short' && isSuffix(unitAt(text, c.end - 1)) && unitAt(text, c.end) === WEI) c.end++;
    const before = unitAt(text, c.start - 1);
    const hanAround = isHan(before) || isHan(unitAt(text, c.end));
    const isFull = c.form !== 'short';
    // A short name followed by its own suffix is read with it (杭州 in 杭州市区, split later).
    const sibling = isFull ? undefined : fullAt.get(c.start);
    const reading = hanAround && !isLongName(c) ? readWords(text, c.start, sibling?.end ?? c.end) : null;
    if (reading && (reading.crossesStart || reading.crossesEnd)) {
      const excused = isFull
        ? reading.orphans
        : reading.orphans && !reading.crossesEnd && isGoverning(before);
      if (!excused) continue;
    }
    if (isFull) {
      if (!fullAt.has(c.start)) fullAt.set(c.start, c);
      if (SUFFIX_WORDS.has(text.slice(c.end - 1, c.end + 1)) && isSuffix(unitAt(text, c.end - 1))) continue;
    } else {
      if (namesSomethingElse(c, text)) continue;
      if (reading?.singleBefore && c.end - c.start === 2 && isSurname(before)) {
        personal.push(c);
        continue;
      }
    }
    if (!needsEvidence(c, text)) places.push(c);
    else if (isFull && (isGoverning(before) || !isHan(before))) places.push(c);
    // 到开封，: a governing word before and the end of a phrase after.
    else if (!isFull && isGoverning(before) && !isHan(unitAt(text, c.end))) places.push(c);
    else weak.push(c);
  }
  // A surname character that ends a place name is not a surname: 江苏|南京.
  for (const c of personal) if (places.some((p) => p.end === c.start)) places.push(c);
  // Evidence can chain along a list: 大同、开封、兰州.
  for (let added = true; added; ) {
    added = false;
    for (let i = 0; i < weak.length; i++) {
      const c = weak[i]!;
      if (hasParentBefore(c, places, context.isAbove) || inListOfPlaces(c, places, text)) {
        places.push(c);
        weak.splice(i--, 1);
        added = true;
      }
    }
  }
  for (const c of places) c.weight = weightOf(c);
  return places;
}

const LEVEL_RANK = { province: 0, prefecture: 1, county: 2 } as const;

/**
 * Orders the divisions a detection may name: those with a parent named just before first
 * (南京鼓楼区), then those with a parent named nearby, then by form (full before short), level
 * (province first) and code.
 */
export function rankEntries(c: Candidate, accepted: Candidate[], context: RuleContext): KeyEntry[] {
  const adjacent = new Set<number>();
  const nearby = new Set<number>();
  for (const other of accepted) {
    if (other === c || other.end < c.start - 12 || other.start > c.end + 12) continue;
    for (const e of other.entries) {
      nearby.add(e.division.index);
      if (other.end === c.start) adjacent.add(e.division.index);
    }
  }
  const parentIn = (set: Set<number>, e: KeyEntry) => [...set].some((a) => context.isAbove(a, e.division.index));
  const formRank = (e: KeyEntry) => (e.form === 'short' ? 1 : 0);
  return [...c.entries].sort(
    (a, b) =>
      Number(parentIn(adjacent, b)) - Number(parentIn(adjacent, a)) ||
      Number(parentIn(nearby, b)) - Number(parentIn(nearby, a)) ||
      formRank(a) - formRank(b) ||
      LEVEL_RANK[a.division.level] - LEVEL_RANK[b.division.level] ||
      a.division.code.localeCompare(b.division.code),
  );
}
