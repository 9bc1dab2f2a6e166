/**
 * Reads data/divisions/latin-variants.tsv: older romanizations (Peking, Kwangtung, Canton), each
 * with its division's code and name, its system and its source. The build fails on a row whose
 * code and name disagree, so that a moved code cannot silently rename another place.
 */
import fs from 'node:fs';
import * as v from 'valibot';

const rowSchema = v.object({
  form: v.pipe(v.string(), v.regex(/^\p{Lu}[\p{L}' -]+$/u, 'a capitalised Latin name')),
  division: v.pipe(v.string(), v.regex(/^\p{Script=Han}+$/u)),
  code: v.pipe(v.string(), v.regex(/^\d{6}$/)),
  system: v.pipe(v.string(), v.minLength(1)),
  source: v.pipe(v.string(), v.url()),
  seen: v.picklist(['yes', 'no']),
});

export function readLatinVariants(file: string, nameOf: (code: string) => string | undefined): Map<string, string[]> {
  const lines = fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'));
  const [header, ...rows] = lines;
  const columns = header!.split('\t');
  const variants = new Map<string, string[]>();
  for (const line of rows) {
    const cells = line.split('\t');
    const row = v.parse(rowSchema, Object.fromEntries(columns.map((c, i) => [c, cells[i]])));
    if (nameOf(row.code) !== row.division) {
      throw new Error(
        `latin-variants.tsv: ${row.form} names ${row.division}, but ${row.code} is ${nameOf(row.code) ?? 'no division'}`,
      );
    }
    const forms = variants.get(row.code) ?? [];
    if (forms.includes(row.form)) throw new Error(`latin-variants.tsv: ${row.form} twice`);
    variants.set(row.code, [...forms, row.form]);
  }
  return variants;
}
