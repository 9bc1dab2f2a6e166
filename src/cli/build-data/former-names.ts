/**
 * Reads `data/divisions/former-names.tsv`, the reviewed former names, and checks each against
 * today's divisions: the code must exist with the name the row says it has today, so that a
 * change in the source data cannot silently attach a former name to another place.
 */
import { levelOf, type DivisionRow, type FormerName, type Level } from '../../core/data/division-row';
import { readTsv } from './flags';
import type { SourceDivision } from './source';

export interface FormerNameRow {
  code: string;
  name: string;
  until: number;
}

const URL_OR_KEY = /^(areacodes|https:\/\/\S+)$/;

export function readFormerNames(file: string, divisions: SourceDivision[]): Map<string, FormerNameRow[]> {
  const today = new Map(divisions.map((d) => [d.code, d.name]));
  const byCode = new Map<string, FormerNameRow[]>();
  const seen = new Set<string>();
  for (const [code = '', name = '', former = '', from = '', until = '', source = ''] of readTsv(file)) {
    const where = `former-names.tsv: ${code} ${former}`;
    if (today.get(code) !== name)
      throw new Error(`${where}: today's division ${code} is ${today.get(code) ?? 'missing'}, not ${name}`);
    if (!/^\d{4}$/.test(from) || !/^\d{4}$/.test(until) || Number(from) > Number(until))
      throw new Error(`${where}: bad years ${from}-${until}`);
    if (!former || former === name || /[\s/,|]|\d/.test(former)) throw new Error(`${where}: bad former name`);
    if (!URL_OR_KEY.test(source)) throw new Error(`${where}: no source`);
    if (seen.has(`${code}|${former}`)) throw new Error(`${where}: listed twice`);
    seen.add(`${code}|${former}`);
    byCode.set(code, [...(byCode.get(code) ?? []), { code, name: former, until: Number(until) }]);
  }
  for (const list of byCode.values()) list.sort((a, b) => b.until - a.until || a.name.localeCompare(b.name));
  return byCode;
}

interface Namers {
  shortName: (name: string, level: Level) => string;
  traditionalForms: (name: string) => string[];
}

/**
 * The former names of each row, as stored. A prefecture's or province's former name also has
 * its short form as a key (襄樊) when no division of today and no other former name has it
 * (莱芜 stays 莱芜区's).
 */
export function formerNamesOf(
  file: string,
  rows: DivisionRow[],
  { shortName, traditionalForms }: Namers,
): Map<string, FormerName[]> {
  const listed = readFormerNames(
    file,
    rows.map((r) => ({ code: r.code, name: r.nameHans })),
  );
  const taken = new Map<string, number>();
  for (const row of rows) taken.set(row.shortHans, 2);
  const shortOf = (f: FormerNameRow) => {
    const level = levelOf(f.code);
    return level === 'county' ? '' : shortName(f.name, level);
  };
  for (const f of [...listed.values()].flat()) {
    const short = shortOf(f);
    if (short) taken.set(short, (taken.get(short) ?? 0) + 1);
  }
  const result = new Map<string, FormerName[]>();
  for (const [code, list] of listed) {
    result.set(
      code,
      list.map((f) => {
        const short = shortOf(f);
        const own = short.length >= 2 && short !== f.name && taken.get(short) === 1;
        return {
          nameHans: f.name,
          nameHant: traditionalForms(f.name)[0]!,
          until: f.until,
          shortLength: own ? short.length : 0,
        };
      }),
    );
  }
  return result;
}
