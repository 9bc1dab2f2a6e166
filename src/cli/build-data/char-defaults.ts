/**
 * The per-character defaults of `divisions.json`: the Traditional form and the syllable each
 * character takes most often in the names, so that only the rows that differ store their own.
 */
import type { DivisionRow } from '../../core/data/division-row';

/** For each character, the value it is most often paired with (ties: the first in code-point order), in code-point order of the characters. */
function mostFrequent(pairs: Iterable<[string, string]>): [string, string][] {
  const votes = new Map<string, Map<string, number>>();
  for (const [ch, value] of pairs) {
    const counts = votes.get(ch) ?? new Map<string, number>();
    counts.set(value, (counts.get(value) ?? 0) + 1);
    votes.set(ch, counts);
  }
  return [...votes]
    .sort(([a], [b]) => a.codePointAt(0)! - b.codePointAt(0)!)
    .map(([ch, counts]) => [ch, [...counts].sort(([a, x], [b, y]) => y - x || a.localeCompare(b))[0]![0]]);
}

/** The Traditional character of each Simplified one in the preferred forms, as "简繁简繁…" pairs where they differ. */
export function defaultCharPairs(rows: DivisionRow[]): string {
  const pairs = rows.flatMap((row) => {
    const hant = [...(row.hantForms[0] ?? row.nameHans)];
    return [...row.nameHans].map((hans, i): [string, string] => [hans, hant[i]!]);
  });
  return mostFrequent(pairs)
    .filter(([hans, hant]) => hans !== hant)
    .map(([hans, hant]) => hans + hant)
    .join('');
}

/** The syllable of each character of the short names, as "syllable, then its characters" groups in syllable order. */
export function defaultSyllables(rows: DivisionRow[]): string {
  const pairs = rows.flatMap((row) =>
    [...row.shortHans].map((ch, i): [string, string] => [ch, row.syllables[i] ?? '']),
  );
  const groups = new Map<string, string>();
  for (const [ch, syllable] of mostFrequent(pairs))
    if (syllable) groups.set(syllable, (groups.get(syllable) ?? '') + ch);
  return [...groups]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([syllable, chars]) => syllable + chars)
    .join('');
}
