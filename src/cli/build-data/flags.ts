/** Detection flags from the curated lists in `data/divisions/` (common words, Hong Kong and Taiwan names). */
import fs from 'node:fs';
import path from 'node:path';
import type { DivisionFlag } from '../../core/data/division-row';

/** Rows of a TSV file, without `#` comments and the header line. */
export function readTsv(file: string): string[][] {
  const lines = fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'));
  return lines.slice(1).map((line) => line.split('\t'));
}

/** Maps a Simplified full name to its flags. */
export function readFlags(dir: string): (nameHans: string) => DivisionFlag[] {
  const flags = new Map<string, Set<DivisionFlag>>();
  const add = (names: string[], flag: DivisionFlag) => {
    for (const name of names) {
      const set = flags.get(name) ?? new Set();
      set.add(flag);
      flags.set(name, set);
    }
  };
  for (const [, , , divisions = ''] of readTsv(path.join(dir, 'common-words.tsv'))) {
    add(divisions.split(','), 'commonWord');
  }
  for (const [region = '', , mainland = ''] of readTsv(path.join(dir, 'hk-tw-names.tsv'))) {
    add(mainland.split('/'), region === 'HK' ? 'hongKongName' : 'taiwanName');
  }
  const order: DivisionFlag[] = ['commonWord', 'hongKongName', 'taiwanName'];
  return (nameHans) => order.filter((flag) => flags.get(nameHans)?.has(flag));
}
