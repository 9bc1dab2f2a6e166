/**
 * `npx tsx src/cli/former-names.ts RESULT.csv`: prints the former names that yescallop/areacodes'
 * result.csv gives for today's divisions, as TSV for review, and the records it could not resolve
 * on stderr. The reviewed list lives in data/divisions/former-names.tsv; the table itself is
 * never committed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { readOverrides } from './build-data/overrides';
import { makeShortNamer } from './build-data/short-name';
import { DATA_DIR, readAppData } from './data';
import { deriveFormerNames, parseTable, selectFormerNames } from './former-names/derive';

const [file] = process.argv.slice(2);
if (!file) {
  console.error('usage: tsx src/cli/former-names.ts RESULT.csv');
  process.exit(2);
}
const { gazetteer } = readAppData();
const today = new Map(gazetteer.divisions.map((d) => [d.code, d.nameHans]));
const { resolved, unresolved } = deriveFormerNames(parseTable(fs.readFileSync(file, 'utf8')), today);
const shortOf = makeShortNamer(readOverrides(path.join(DATA_DIR, 'divisions/overrides.json')).shortName);
const selected = new Set(selectFormerNames(resolved, today, shortOf));
console.log(['code', 'today', 'former', 'level', 'from', 'until', 'old codes'].join('\t'));
for (const n of [...selected].sort((a, b) => a.code.localeCompare(b.code) || a.until - b.until)) {
  console.log([n.code, today.get(n.code), n.name, n.level, n.from, n.until, n.oldCodes.join(',')].join('\t'));
}
const left = resolved.filter((n) => !selected.has(n)).map((n) => `${n.name}→${today.get(n.code)}`);
console.error(
  `left out (ambiguous, or a prefecture's name that differs only in its suffix or names another place): ${left.join(' ')}`,
);
for (const r of unresolved)
  console.error(`unresolved\t${r.code}\t${r.name}\t${r.level}\t${r.start}-${r.end ?? ''}\t${r.successors.join(',')}`);
