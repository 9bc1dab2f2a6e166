/** Builds `data/generated/divisions.json` from the source, the overrides and the curated lists. */
import path from 'node:path';
import {
  charMapFrom,
  encodeRow,
  levelOf,
  type DivisionRow,
  type DivisionsFile,
  type Level,
} from '../../core/data/division-row';
import { formatPinyin } from '../../core/pinyin';
import { readFlags } from './flags';
import { formerNamesOf } from './former-names';
import { readLatinVariants } from './latin-variants';
import { englishWords } from './english-words';
import { readWadeGiles, wadeGilesForms, type WadeGilesResult } from './wade-giles';
import { readOverrides } from './overrides';
import { makePinyinizer } from './pinyin';
import { makeShortNamer } from './short-name';
import { readPatches } from './patches';
import { readSource } from './source';
import { makeTraditionalizer } from './traditional';

export function buildDivisions(dataDir: string): {
  file: DivisionsFile;
  rows: DivisionRow[];
  wadeGilesDropped: WadeGilesResult['dropped'];
} {
  const overrides = readOverrides(path.join(dataDir, 'divisions/overrides.json'));
  const { divisions, source } = readSource(readPatches(path.join(dataDir, 'divisions/patches.json')));
  const shortName = makeShortNamer(overrides.shortName);
  const traditionalForms = makeTraditionalizer(overrides);
  const syllablesOf = makePinyinizer(overrides);
  const flagsOf = readFlags(path.join(dataDir, 'divisions'));
  const english = new Map(Object.values(overrides.english).map((e) => [e.code, [e.en, ...(e.alternatives ?? [])]]));

  const rows = divisions.map(({ code, name }): DivisionRow => {
    const shortHans = shortName(name, levelOf(code));
    return {
      code,
      nameHans: name,
      shortHans,
      hantForms: hantFormsOf(name, traditionalForms(name)),
      syllables: syllablesOf(name, shortHans),
      english: english.get(code) ?? [],
      flags: flagsOf(name),
      former: [],
    };
  });
  // Older romanizations follow the conventional names; where there is none, the pinyin comes
  // first so that the name shown (the first) stays today's: Beijing, then Peking.
  const nameOf = (code: string) => rows.find((r) => r.code === code)?.nameHans;
  for (const [code, forms] of readLatinVariants(path.join(dataDir, 'divisions/latin-variants.tsv'), nameOf)) {
    const row = rows.find((r) => r.code === code)!;
    if (!row.english.length) row.english.push(formatPinyin(row.syllables));
    row.english.push(...forms.filter((form) => !row.english.includes(form)));
  }
  const wadeGiles = wadeGilesForms(rows, readWadeGiles(path.join(dataDir, 'divisions/wade-giles.tsv')), englishWords());
  for (const [code, forms] of wadeGiles.forms) {
    const row = rows.find((r) => r.code === code)!;
    if (!row.english.length) row.english.push(formatPinyin(row.syllables));
    row.english.push(...forms);
  }
  // Former names after the rows: the Traditional default map and the short names of today decide how they are stored.
  // The extension slices names by UTF-16 offsets: every name must be in the Basic Multilingual Plane.
  const astral = rows.find((r) => /[\uD800-\uDFFF]/.test(r.nameHans + r.hantForms.join('')));
  if (astral) throw new Error(`name outside the Basic Multilingual Plane: ${astral.nameHans}`);
  const unknownEnglish = [...english.keys()].filter((code) => !rows.some((r) => r.code === code));
  if (unknownEnglish.length) throw new Error(`English names for unknown codes: ${unknownEnglish.join(', ')}`);

  const counts: Record<Level, number> = { province: 0, prefecture: 0, county: 0 };
  for (const row of rows) counts[levelOf(row.code)]++;
  const hantChars = defaultCharPairs(rows);
  const toHant = charMapFrom(hantChars);
  const former = formerNamesOf(path.join(dataDir, 'divisions/former-names.tsv'), rows, { shortName, traditionalForms });
  for (const row of rows) row.former = former.get(row.code) ?? [];
  return {
    file: { format: 4, source, counts, hantChars, rows: rows.map((row) => encodeRow(row, toHant)) },
    rows,
    wadeGilesDropped: wadeGiles.dropped,
  };
}

/**
 * The Traditional forms a row stores: those that differ from the Simplified name, and the
 * Simplified name too when it is also the preferred Traditional form (澄江市 before 澂江市).
 */
function hantFormsOf(nameHans: string, forms: string[]): string[] {
  const others = forms.filter((form) => form !== nameHans);
  return forms[0] === nameHans && others.length ? [nameHans, ...others] : others;
}

/**
 * The most frequent Traditional character for each Simplified character in the preferred forms,
 * as "简繁简繁…" pairs in code-point order. Rows whose preferred form follows it store nothing.
 */
function defaultCharPairs(rows: DivisionRow[]): string {
  const votes = new Map<string, Map<string, number>>();
  for (const row of rows) {
    const hant = [...(row.hantForms[0] ?? row.nameHans)];
    [...row.nameHans].forEach((hans, i) => {
      const counts = votes.get(hans) ?? new Map<string, number>();
      counts.set(hant[i]!, (counts.get(hant[i]!) ?? 0) + 1);
      votes.set(hans, counts);
    });
  }
  const pairs: string[] = [];
  for (const [hans, counts] of [...votes].sort(([a], [b]) => a.codePointAt(0)! - b.codePointAt(0)!)) {
    const best = [...counts].sort(([a, x], [b, y]) => y - x || a.localeCompare(b))[0]![0];
    if (best !== hans) pairs.push(hans + best);
  }
  return pairs.join('');
}

/** The file's exact bytes: one row per line so that diffs stay readable. */
export function serialize(file: DivisionsFile): string {
  const { rows, ...head } = file;
  return `${JSON.stringify(head).slice(0, -1)},"rows":[\n${rows.map((row) => JSON.stringify(row)).join(',\n')}\n]}\n`;
}
