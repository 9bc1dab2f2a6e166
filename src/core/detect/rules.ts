/**
 * Which raw occurrences are place names. Each rule is a general fact about Chinese text:
 *
 * - Full names with their suffix are trusted, unless the suffix starts the next word (北京|市民).
 * - A name between Han characters must not be cut by a word of the lexicon (沿海城市 has no 海城市).
 * - A bare two-character name after a common surname is a given name (李|长春).
 * - A bare name followed by 路, 街, 村 … names a street or a village (南京路, 廣東道); so does one
 *   followed by a direction and 路 (南京东路, 中山南二路), and no name inside that street is a place.
 * - Names inside transliterated foreign names (坎宁安) and fixed phrases (北京时间) are not places.
 * - Names that are also common words (合作, 东方) and one-character names with their suffix
 *   (义县, 城区) need evidence: a parent place right before them (甘南合作, 阳泉市郊区), a
 *   governing word (在范县), a list or route of places around them (柳州、来宾; 西安至安康), or a
 *   parent named in the same sentence (北海位于广西南部).
 */
import { isHan, unitAt } from '../text/chars';
import { LEVEL_ORDER } from '../text/levels';
import { scriptBalance } from '../text/script-balance';
import {
  SUFFIX_WORDS,
  isGoverning,
  isListSeparator,
  isSuffix,
  isNicknamePrefix,
  isSurname,
  isTitleHead,
  AREA_WORDS,
} from './cues';
import type { PageArea } from '../data/areas-schema';
import type { Form, KeyEntry } from './keys';
import { inLandformName, isDirectionFromLandform, startsSide } from './landforms';
import { judgeLatin } from './latin-rules';
import { hasParentInSentence } from './sentence-evidence';
import type { PageEvidence } from './page-evidence';
import type { WordReader } from './words';
import { Neighbours, directedStreetEnd, inDottedName, inPhrase, namesSomethingElse } from './other-senses';

export interface Candidate {
  start: number;
  end: number;
  entries: KeyEntry[];
  form: Form;
  weight: number;
  /** Set for a new area, cooperation zone or region (area-rules.ts), whose `entries` are empty. */
  area?: PageArea;
}

export interface RuleContext {
  text: string;
  readWords: WordReader;
  /** Whether the division at index `ancestor` is above the one at index `division`. */
  isAbove: (ancestor: number, division: number) => boolean;
  /** What the rest of the page says, when the text is part of one. */
  page?: PageEvidence;
  /** Names in the text that are not reported with these settings (bare 南沙, a district's). */
  unreported?: Neighbours;
}

const weightOf = (c: Candidate) => (c.end - c.start) * 10 + (c.form === 'short' ? 0 : 5);

/** Traditional text: where 中山 may be in Taipei and 馬鞍山 is in Sha Tin. */
const inTraditionalText = (c: Candidate, text: string) => scriptBalance(text, c.start - 30, c.end + 30) > 0;

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
  return c.entries.every((e) => e.stem === 1 || (e.division.level === 'county' && isOtherWord(e)));
}

/**
 * A name starting with 长 right after a character that makes a title with it (团长|沙祖康,
 * 部长|沙龙, 院长|春…) is the title's 长, unless a place ends there (湖南省|长沙).
 */
function isTitleBefore(c: Candidate, text: string, places: Neighbours): boolean {
  const first = text.charCodeAt(c.start);
  return (
    (first === ZHANG || first === ZHANG_HANT) &&
    isTitleHead(unitAt(text, c.start - 1)) &&
    !places.endingAt(c.start).length
  );
}
const ZHANG = 0x957f; // 长
const ZHANG_HANT = 0x9577; // 長

/**
 * 广东|山区, 山西|城区: where a place ends on a district's first character and the rest is a word for
 * a kind of area, the text says "Guangdong's mountain areas"; the district needs evidence.
 */
const endsInAreaWord = (c: Candidate, text: string, places: Neighbours) =>
  c.end - c.start === 3 && AREA_WORDS.has(text.slice(c.start + 1, c.end)) && places.endingAt(c.start + 1).length > 0;

/** 城区, 郊区, 东区: a district named for what it is. 南县 is a county's own name. */
const isGenericDistrict = (c: Candidate) =>
  c.entries.every(
    (e) => e.stem === 1 && GENERIC_ONE_CHAR.includes(e.division.shortHans) && e.division.nameHans.endsWith('区'),
  );
const GENERIC_ONE_CHAR = '城郊矿东西南北';

/** Names of three characters or more (内蒙古, 石家庄) are rarely accidental: the lexicon is not asked. */
const isLongName = (c: Candidate) => c.entries.some((e) => e.stem >= 3);

const WEI = 0x59d4; // 委
const SHENG = 0x7701; // 省

/**
 * 龙泉|驿: a longer name that the settings leave unreported (Chengdu's 龙泉驿区, bare) starts with
 * this one and names another place, unless it lies within this one (岳阳楼 in 岳阳).
 */
const inLongerName = (c: Candidate, { unreported, isAbove }: RuleContext) =>
  !!unreported
    ?.startingAt(c.start)
    .some(
      (u) =>
        u.end > c.end && u.entries.every((ue) => !c.entries.some((e) => isAbove(e.division.index, ue.division.index))),
    );

/** A place that ends where `c` starts and names a division above one of c's. */
function hasParentBefore(c: Candidate, places: Neighbours, isAbove: RuleContext['isAbove']): boolean {
  return places
    .endingAt(c.start)
    .some((p) => c.entries.some((e) => p.entries.some((pe) => isAbove(pe.division.index, e.division.index))));
}

function inListOfPlaces(c: Candidate, places: Neighbours, text: string): boolean {
  return (
    (isListSeparator(unitAt(text, c.start - 1)) && places.endingAt(c.start - 1).length > 0) ||
    (isListSeparator(unitAt(text, c.end)) && places.startingAt(c.end + 1).length > 0)
  );
}

export function judge(candidates: Candidate[], context: RuleContext): Candidate[] {
  const { text, readWords } = context;
  const all = new Neighbours();
  for (const c of candidates) all.add(c);
  const accepted: Candidate[] = [];
  const places = new Neighbours();
  const accept = (c: Candidate) => {
    accepted.push(c);
    places.add(c);
  };
  const weak: Candidate[] = [];
  const personal: Candidate[] = [];
  const fullAt = new Map<number, Candidate>();
  /** The end of a street named after a place (南京东路), within which no name is a place. */
  let streetEnd = 0;

  for (const c of candidates) {
    if (c.form === 'latin') {
      if (judgeLatin(c, context, candidates)) accept(c);
      continue;
    }
    if (inPhrase(c, text) || inDottedName(c, text, all)) continue;
    // 山西省委 is one word (the provincial party committee): the detection covers it whole.
    if (c.form !== 'short' && isSuffix(unitAt(text, c.end - 1)) && unitAt(text, c.end) === WEI) c.end++;
    const before = unitAt(text, c.start - 1);
    const hanAround = isHan(before) || isHan(unitAt(text, c.end));
    const isFull = c.form !== 'short';
    // A short name followed by its own suffix is read with it (杭州 in 杭州市区, split later).
    const sibling = isFull ? undefined : fullAt.get(c.start);
    const reading = hanAround && !isLongName(c) ? readWords(text, c.start, sibling?.end ?? c.end) : null;
    // 派往常德: a governing word before the name outweighs a word it starts (往常).
    const crossesEnd = reading?.crossesEnd && !startsSide(text, sibling?.end ?? c.end);
    // 广西|北海: a parent named right before outweighs a word across the edge (西北).
    const crossesStart =
      (reading?.crossesStart || inLandformName(c, text, context.unreported)) &&
      !hasParentBefore(c, places, context.isAbove);
    if ((reading || crossesStart) && (crossesEnd || (crossesStart && (isFull || !isGoverning(before))))) continue;
    if (isTitleBefore(c, text, places)) continue;
    if (inLongerName(c, context)) continue;
    if (isFull) {
      if (!fullAt.has(c.start)) fullAt.set(c.start, c);
      if (SUFFIX_WORDS.has(text.slice(c.end - 1, c.end + 1)) && isSuffix(unitAt(text, c.end - 1))) continue;
    } else {
      if (c.start < streetEnd) continue;
      const street = directedStreetEnd(c, text, all);
      if (street) streetEnd = street;
      if (street || namesSomethingElse(c, text, all) || isDirectionFromLandform(text, c.start, c.end)) continue;
      // 广西省, 内蒙古省: an autonomous region written as a province is still the region.
      if (unitAt(text, c.end) === SHENG && c.entries.every((e) => e.division.nameHans.endsWith('自治区'))) {
        c.end += unitAt(text, c.end + 1) === WEI ? 2 : 1;
      }
      if (reading && c.end - c.start === 2 && (isSurname(before) || isNicknamePrefix(text, c.start))) {
        personal.push(c);
        continue;
      }
    }
    if (!needsEvidence(c, text) && !(isFull && endsInAreaWord(c, text, places))) accept(c);
    else if (isFull && !isGenericDistrict(c) && (isGoverning(before) || !isHan(before))) accept(c);
    // 到开封，: a governing word before and the end of a phrase after.
    else if (!isFull && isGoverning(before) && !isHan(unitAt(text, c.end))) accept(c);
    else weak.push(c);
  }
  // A surname character that ends a place name is not a surname: 江苏|南京.
  for (const c of personal) if (places.endingAt(c.start).length) accept(c);
  // Evidence spreads along lists both ways (大同、开封、兰州): one pass each way.
  const taken = new Set<Candidate>();
  const sorted = weak.length ? [...accepted].sort((a, b) => a.start - b.start) : accepted;
  for (const order of [weak, [...weak].reverse()]) {
    for (const c of order) {
      if (taken.has(c)) continue;
      if (
        hasParentBefore(c, places, context.isAbove) ||
        inListOfPlaces(c, places, text) ||
        (!isGenericDistrict(c) && hasParentInSentence(c, sorted, context))
      ) {
        taken.add(c);
        accept(c);
      }
    }
  }
  // One sense per page: a name written in full on the page (来宾市) supports its bare mentions.
  const page = context.page;
  if (page) {
    for (const c of accepted) page.confirm(c.entries);
    for (const c of weak) if (!taken.has(c) && page.isConfirmed(c.entries)) accept(c);
  }
  for (const c of accepted) c.weight = weightOf(c);
  return accepted;
}

/** How far (in UTF-16 units) a parent named nearby still settles an ambiguous name. */
const NEARBY = 12;

/**
 * Orders the divisions a detection may name: those with a parent named just before first
 * (南京鼓楼区), then those with a parent named nearby, then those in the province the page is
 * about, then by form (full before short), level (province first) and code.
 */
export function rankEntries(kept: readonly Candidate[], at: number, context: RuleContext): KeyEntry[] {
  const c = kept[at]!;
  if (c.entries.length === 1) return c.entries;
  const adjacent = new Set<number>();
  const nearby = new Set<number>();
  const visit = (other: Candidate) => {
    for (const e of other.entries) {
      nearby.add(e.division.index);
      if (other.end === c.start) adjacent.add(e.division.index);
    }
  };
  for (let i = at - 1; i >= 0 && kept[i]!.end >= c.start - NEARBY; i--) visit(kept[i]!);
  for (let i = at + 1; i < kept.length && kept[i]!.start <= c.end + NEARBY; i++) visit(kept[i]!);
  const parentIn = (set: Set<number>, e: KeyEntry) => [...set].some((a) => context.isAbove(a, e.division.index));
  const formRank = (e: KeyEntry) => (e.form === 'short' ? 1 : 0);
  const inPageProvince = (e: KeyEntry) => !!context.page?.isInLeadingProvince(e.division);
  return [...c.entries].sort(
    (a, b) =>
      Number(parentIn(adjacent, b)) - Number(parentIn(adjacent, a)) ||
      Number(parentIn(nearby, b)) - Number(parentIn(nearby, a)) ||
      Number(inPageProvince(b)) - Number(inPageProvince(a)) ||
      formRank(a) - formRank(b) ||
      LEVEL_ORDER[a.division.level] - LEVEL_ORDER[b.division.level] ||
      a.division.index - b.division.index, // code order, without a locale's collation
  );
}
