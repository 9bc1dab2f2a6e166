/**
 * Finds mainland place names in text. Raw key occurrences come from the matcher; the rules in
 * `rules.ts` decide which are place names; overlaps are resolved by weight; each detection lists
 * every division it may name, best first.
 */
import { isAncestor, type Gazetteer } from '../gazetteer';
import { keySetSteps, FORM_STRENGTH, type Form, type KeyEntry, type KeySet } from './keys';
import { makeFoldTable } from './fold';
import { matcherSteps, type Matcher } from './matcher';
import { runSteps, type Steps } from '../steps';
import { judge, rankEntries, type Candidate, type RuleContext } from './rules';
import { isAreaName, type AreaCandidate } from './area-rules';
import type { PageEvidence } from './page-evidence';
import { makeWordReader } from './words';
import { Neighbours } from './other-senses';
import { isLandformAt } from './landforms';

interface DetectOptions {
  /** Also detect bare short names of districts and counties (余杭, 鼓楼). Off by default. */
  countyShortNames: boolean;
  /** The page the text is part of: what it already confirmed, and what this text adds. */
  page?: PageEvidence;
}

/** How far from a district a parent named still excuses it from the page's province. */
const PARENT_REACH = 32;

export const DEFAULT_DETECT_OPTIONS: DetectOptions = { countyShortNames: false };

export interface Detection {
  /** UTF-16 offsets, end exclusive. */
  start: number;
  end: number;
  /** Every division the text may name, best first. */
  codes: string[];
  form: Form;
  /** The new area, cooperation zone or region named (its id), whose hosts are `codes`. */
  area?: string;
}

export interface Detector {
  detect(text: string, options?: DetectOptions): Detection[];
  /** The detection covering `index`, judged with up to `radius` units of context on each side. */
  detectAt(text: string, index: number, options?: DetectOptions, radius?: number): Detection | null;
}

function isEligible(e: KeyEntry, options: DetectOptions): boolean {
  return (
    e.form !== 'short' ||
    e.division.level !== 'county' ||
    options.countyShortNames ||
    e.division.nameHans.endsWith('市') // county-level cities (义乌) are found by short name
  );
}

/** The one-pass multi-pattern scan over every name form: raw occurrences, before any rule. */
export interface Scanner {
  keys: KeySet;
  matcher: Matcher;
}

export const makeScanner = (gazetteer: Gazetteer): Scanner => runSteps(scannerSteps(gazetteer));

export function* scannerSteps(gazetteer: Gazetteer): Steps<Scanner> {
  const keys = yield* keySetSteps(gazetteer);
  yield;
  const fold = makeFoldTable(keys.texts);
  yield;
  return { keys, matcher: yield* matcherSteps(keys.texts, fold) };
}

export function makeDetector(gazetteer: Gazetteer, { keys, matcher }: Scanner = makeScanner(gazetteer)): Detector {
  if (!gazetteer.lexicon) throw new Error('makeDetector needs the gazetteer loaded with its lexicon (loadAppData)');
  const readWords = makeWordReader(gazetteer.lexicon);
  const isAbove = (ancestor: number, division: number) => isAncestor(gazetteer, ancestor, division);

  /** A division above one of the candidate's named within PARENT_REACH units of it. */
  function hasParentNearby(kept: readonly Candidate[], at: number): boolean {
    const c = kept[at]!;
    const isParent = (other: Candidate) =>
      other.entries.some((p) => c.entries.some((e) => isAbove(p.division.index, e.division.index)));
    for (let i = at - 1; i >= 0 && kept[i]!.end >= c.start - PARENT_REACH; i--) if (isParent(kept[i]!)) return true;
    for (let i = at + 1; i < kept.length && kept[i]!.start <= c.end + PARENT_REACH; i++)
      if (isParent(kept[i]!)) return true;
    return false;
  }

  function candidatesIn(text: string, from: number, to: number, options: DetectOptions) {
    const found: Candidate[] = [];
    const areas: AreaCandidate[] = [];
    const unreported = new Neighbours();
    matcher.scan(text, from, to, (start, end, key) => {
      const areaKey = keys.area(key);
      if (areaKey) {
        const last = areas.at(-1);
        if (!(last && last.start === start && last.end === end && last.area === areaKey.area))
          areas.push({ start, end, ...areaKey });
        return;
      }
      const entry = keys.entry(key);
      if (!isEligible(entry, options)) {
        // Only these can change a verdict (rules.ts: a landform named after it, a longer name).
        if (end - start > 2 || isLandformAt(text, end))
          unreported.add({ start, end, entries: [entry], form: entry.form, weight: 0 });
        return;
      }
      // Equal texts are separate keys: merge their matches into one candidate.
      for (let i = found.length - 1; i >= 0 && found[i]!.start === start; i--) {
        const same = found[i]!;
        if (same.end !== end) continue;
        if (!same.entries.some((e) => e.division === entry.division)) same.entries.push(entry);
        if (FORM_STRENGTH[entry.form] > FORM_STRENGTH[same.form]) same.form = entry.form;
        return;
      }
      found.push({ start, end, entries: [entry], form: entry.form, weight: 0 });
    });
    return { found, areas, unreported };
  }

  /** Areas named in the text, as candidates that compete with the divisions' for the same characters. */
  function areaCandidates(text: string, areas: AreaCandidate[]): Candidate[] {
    return areas
      .filter((c) => isAreaName(c, text, readWords))
      .map(({ start, end, area }) => ({ start, end, entries: [], form: 'full', weight: (end - start) * 10 + 5, area }));
  }

  function run(text: string, from: number, to: number, options: DetectOptions): Detection[] {
    const { found, areas, unreported } = candidatesIn(text, from, to, options);
    if (found.length === 0 && areas.length === 0) return [];
    const { page } = options;
    const context: RuleContext = { text, isAbove, readWords, page, unreported };
    let kept = resolveOverlaps([...judge(found, context), ...areaCandidates(text, areas)]);
    if (page) kept = kept.filter((c, i) => c.area || !page.vetoes(c.entries, hasParentNearby(kept, i)));
    return kept.map((c, i) => {
      if (c.area) return { start: c.start, end: c.end, codes: [...c.area.hosts], form: c.form, area: c.area.id };
      const ranked = rankEntries(kept, i, context);
      page?.count(ranked[0]!.division);
      return { start: c.start, end: c.end, codes: ranked.map((e) => e.division.code), form: c.form };
    });
  }

  return {
    detect: (text, options = DEFAULT_DETECT_OPTIONS) => run(text, 0, text.length, options),
    detectAt(text, index, options = DEFAULT_DETECT_OPTIONS, radius = 32) {
      const from = Math.max(0, index - radius);
      const to = Math.min(text.length, index + radius);
      const window = text.slice(from, to);
      const hit = run(window, 0, window.length, options).find((d) => d.start <= index - from && index - from < d.end);
      return hit ? { ...hit, start: hit.start + from, end: hit.end + from } : null;
    },
  };
}

/**
 * Keeps the heaviest set of non-overlapping candidates (weighted interval scheduling). Clusters
 * of overlapping candidates are small, so this is linear in practice.
 */
function resolveOverlaps(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => a.end - b.end || a.start - b.start);
  const best: number[] = [];
  const choice: number[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const c = sorted[i]!;
    let j = i - 1;
    while (j >= 0 && sorted[j]!.end > c.start) j--;
    // Among equal weights the earlier name wins (山西 over 西安 in 山西安邑): a tiny bonus.
    const take = c.weight + 1 / (c.start + 2) + (j >= 0 ? best[j]! : 0);
    const skip = i > 0 ? best[i - 1]! : 0;
    best.push(Math.max(take, skip));
    choice.push(take >= skip ? j : -2);
  }
  const kept: Candidate[] = [];
  for (let i = sorted.length - 1; i >= 0;) {
    if (choice[i] === -2) i--;
    else {
      kept.push(sorted[i]!);
      i = choice[i]!;
    }
  }
  return kept.reverse();
}
