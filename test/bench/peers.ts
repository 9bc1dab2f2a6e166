/**
 * What an engineer would reach for instead of the project's matcher: the Aho–Corasick packages
 * on npm, each called as its README shows, and a RegExp alternation. All get the same keys (the
 * detector's folded key texts, deduplicated: the packages take a word list) and the same text,
 * folded the way the matcher folds as it reads (the packages compare exactly, and folding is what
 * lets 臺/台 and Shenzhen/SHENZHEN meet one key). Every peer reports every occurrence, overlapping
 * ones included, except the RegExp, which cannot report overlaps.
 */
import BrunoAhoCorasick from 'ahocorasick';
import ModernAhoCorasick from 'modern-ahocorasick';
import ModernFastAhoCorasick from 'modern-ahocorasick/fast';
import { AhoCorasick as MonyoneAhoCorasick } from '@monyone/aho-corasick';
import { AhoCorasick as MonyoneFastAhoCorasick } from '@monyone/aho-corasick/fast';

/** An occurrence as `start:end` in UTF-16 units, end exclusive. */
export type Occurrence = string;

export interface Peer {
  name: string;
  family: 'aho-corasick' | 'regexp';
  /** Compiles the keys; what `scan` then reuses. */
  build(keys: readonly string[]): unknown;
  /** The package's documented way to find (or count) every occurrence; returns how many. */
  scan(compiled: unknown, text: string): number;
  /** Every occurrence, for checking agreement (not timed). */
  occurrences(compiled: unknown, text: string): Occurrence[];
  /** Too slow for the whole text in a one-minute benchmark: timed on a slice. */
  slice?: boolean;
  /** Reports leftmost non-overlapping matches only. */
  nonOverlapping?: boolean;
}

/** What both of @monyone/aho-corasick's constructors give. */
interface MonyoneMatcher {
  matchInText(text: string): Array<{ begin: number; end: number; keyword: string }>;
}

const monyone = (name: string, Make: new (keywords: string[]) => MonyoneMatcher): Peer => ({
  name,
  family: 'aho-corasick',
  build: (keys) => new Make([...keys]),
  scan: (m, text) => (m as MonyoneMatcher).matchInText(text).length,
  occurrences: (m, text) => (m as MonyoneMatcher).matchInText(text).map((o) => `${o.begin}:${o.end}`),
});

const modern = (name: string, Make: typeof ModernAhoCorasick): Peer => ({
  name,
  family: 'aho-corasick',
  build: (keys) => new Make([...keys]),
  // count(): "Count every occurrence ... includes overlaps", without creating match objects.
  scan: (m, text) => (m as ModernAhoCorasick).count(text),
  occurrences: (m, text) => (m as ModernAhoCorasick).search(text).map((o) => `${o.start}:${o.end}`),
  // About 0.1 MB/s here: it steps over grapheme clusters (Intl.Segmenter), not code units.
  slice: true,
});

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export const PEERS: Peer[] = [
  {
    name: 'ahocorasick 1.0.2',
    family: 'aho-corasick',
    build: (keys) => new BrunoAhoCorasick([...keys]),
    // search() gives the index of each match's last unit and the keywords ending there.
    scan: (m, text) => (m as BrunoAhoCorasick).search(text).reduce((n, [, words]) => n + words.length, 0),
    occurrences: (m, text) =>
      (m as BrunoAhoCorasick)
        .search(text)
        .flatMap(([last, words]) => words.map((w) => `${last + 1 - w.length}:${last + 1}`)),
  },
  modern('modern-ahocorasick 3.3.0', ModernAhoCorasick),
  modern('modern-ahocorasick/fast 3.3.0', ModernFastAhoCorasick),
  monyone('@monyone/aho-corasick 1.1.11', MonyoneAhoCorasick),
  monyone('@monyone/aho-corasick/fast 1.1.11', MonyoneFastAhoCorasick),
  {
    name: 'RegExp alternation',
    family: 'regexp',
    // Longest first, so that at each start the longest key wins; V8 compiles it on first use.
    build: (keys) =>
      new RegExp(
        [...keys]
          .sort((a, b) => b.length - a.length)
          .map(escape)
          .join('|'),
        'g',
      ),
    scan: (re, text) => {
      let n = 0;
      for (const _ of text.matchAll(re as RegExp)) n++;
      return n;
    },
    occurrences: (re, text) => [...text.matchAll(re as RegExp)].map((m) => `${m.index}:${m.index + m[0].length}`),
    slice: true,
    nonOverlapping: true,
  },
];

/**
 * How far two sets of occurrences agree: `expected` are the project's, `found` a peer's. Han
 * keys have the same semantics in both, so their occurrences must be equal. Latin keys differ by
 * design (the project starts a Latin key only at a capital that starts a word), so there the
 * project's must be a subset. A non-overlapping peer's occurrences must all be the project's.
 */
export function agreement(
  expected: ReadonlySet<Occurrence>,
  found: readonly Occurrence[],
  isLatin: (occurrence: Occurrence) => boolean,
  nonOverlapping = false,
): { agrees: boolean; missing: number; extra: number; extraLatin: number } {
  const foundSet = new Set(found);
  let missing = 0;
  let extra = 0;
  let extraLatin = 0;
  for (const o of expected) if (!foundSet.has(o) && !nonOverlapping) missing++;
  for (const o of foundSet) {
    if (expected.has(o)) continue;
    if (isLatin(o)) extraLatin++;
    else extra++;
  }
  return { agrees: missing === 0 && extra === 0 && foundSet.size === found.length, missing, extra, extraLatin };
}
