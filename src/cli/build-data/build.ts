/** Builds `data/generated/divisions.json` from the source, the overrides and the curated lists. */
import { deepStrictEqual } from 'node:assert/strict';
import path from 'node:path';
import * as v from 'valibot';
import { levelOf, type DivisionRow } from '../../core/data/division-row';
import {
  decodeDivisions,
  divisionsFileSchema,
  encodeDivisions,
  type DivisionsFile,
} from '../../core/data/divisions-file';
import { formatPinyin } from '../../core/pinyin';
import { defaultCharPairs, defaultSyllables } from './char-defaults';
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

  const former = formerNamesOf(path.join(dataDir, 'divisions/former-names.tsv'), rows, { shortName, traditionalForms });
  for (const row of rows) row.former = former.get(row.code) ?? [];
  const file = encodeDivisions(rows, {
    source,
    hantChars: defaultCharPairs(rows),
    pinyinChars: defaultSyllables(rows),
  });
  // The full check of what the extension will read: the schema, then every field decoded back.
  deepStrictEqual(
    decodeDivisions(v.parse(divisionsFileSchema, file)),
    rows,
    'divisions.json does not decode to the rows it was built from',
  );
  return { file, rows, wadeGilesDropped: wadeGiles.dropped };
}

/**
 * The Traditional forms a row stores: those that differ from the Simplified name, and the
 * Simplified name too when it is also the preferred Traditional form (澄江市 before 澂江市).
 */
function hantFormsOf(nameHans: string, forms: string[]): string[] {
  const others = forms.filter((form) => form !== nameHans);
  return forms[0] === nameHans && others.length ? [nameHans, ...others] : others;
}

/** The file's exact bytes: one column per line, so that a diff says which column changed. */
export function serialize(file: DivisionsFile): string {
  const lines = Object.entries(file).map(([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value)}`);
  return `{${lines.join(',\n')}}\n`;
}
