/**
 * Derives former names of today's divisions from a historical code table: yescallop/areacodes'
 * result.csv (the Ministry of Civil Affairs' code lists, 1981 on, with the successor codes of each
 * record). Pure: the table's text and today's divisions in, candidate facts out. A name whose
 * successor is not one division (split, merged into several, or gone) is returned as unresolved,
 * for the reviewed mapping to decide.
 */
import { levelOf, type Level } from '../../core/data/division-row';

export interface TableRecord {
  code: string;
  name: string;
  level: Level;
  status: 'current' | 'renamed' | 'abolished';
  start: number;
  /** First year without the record; null while in use. */
  end: number | null;
  /** Codes that took over its area when it ended, without the earlier partial transfers. */
  successors: string[];
}

export interface FormerName {
  /** Today's division the name resolves to. */
  code: string;
  name: string;
  level: Level;
  from: number;
  until: number;
  /** The table's codes the name was used under. */
  oldCodes: string[];
}

const LEVELS: Record<string, Level> = { 省级: 'province', 地级: 'prefecture', 县级: 'county' };
const STATUSES: Record<string, TableRecord['status']> = { 在用: 'current', 变更: 'renamed', 弃用: 'abolished' };

export function parseTable(csv: string): TableRecord[] {
  const lines = csv
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter(Boolean);
  const header = lines.shift();
  if (!header?.startsWith('代码,')) throw new Error('not an areacodes result.csv: no 代码 header');
  return lines.map((line) => {
    const [code = '', , , name = '', level = '', status = '', start = '', end = '', next = ''] = line.split(',');
    const parsedLevel = LEVELS[level];
    const parsedStatus = STATUSES[status];
    if (!/^\d{6}$/.test(code) || !parsedLevel || !parsedStatus) throw new Error(`bad row: ${line}`);
    return {
      code,
      name,
      level: parsedLevel,
      status: parsedStatus,
      start: Number(start),
      end: end ? Number(end) : null,
      // "341402[2006]" is a part transferred in 2006, before the record ended: not a successor.
      successors: next.split(';').filter((c) => /^\d{6}$/.test(c)),
    };
  });
}

export interface Derived {
  resolved: FormerName[];
  /** Records that ended without one successor division, or whose successor is not in today's data. */
  unresolved: TableRecord[];
}

/**
 * `today` maps today's codes to their names. A record resolves through its chain of successors
 * to the one division of today that holds it; its name is a former name when it is no name of
 * today (a name that is still in use somewhere names that place, not this one).
 */
export function deriveFormerNames(records: TableRecord[], today: ReadonlyMap<string, string>): Derived {
  const outside = (code: string) => /^(71|81|82)/.test(code);
  const byCode = new Map<string, TableRecord[]>();
  for (const r of records) byCode.set(r.code, [...(byCode.get(r.code) ?? []), r]);
  const recordAt = (code: string, year: number) =>
    byCode.get(code)?.find((r) => r.start <= year && (r.end === null || year < r.end));

  // A county split between several successors lives on in the one that kept its name (抚宁县 →
  // 抚宁区, 海港区 and 北戴河区 taking parts): its stem, the name without its one-character suffix.
  const keptName = (r: TableRecord, codes: string[]) => {
    if (r.level !== 'county' || r.name.length < 3) return codes;
    const stem = r.name.slice(0, -1);
    const keeping = codes.filter((code) => recordAt(code, r.end!)?.name.startsWith(stem));
    return keeping.length === 1 ? keeping : codes;
  };

  const resolve = (r: TableRecord, depth = 0): string | null => {
    if (depth > 20) throw new Error(`successor cycle at ${r.code} ${r.name}`);
    if (r.end === null) return today.has(r.code) ? r.code : null;
    const next = r.status === 'renamed' ? [r.code] : keptName(r, r.successors);
    if (next.length !== 1) return null;
    const successor = recordAt(next[0]!, r.end);
    return successor ? resolve(successor, depth + 1) : null;
  };

  // A prefecture that ended without successor codes handed its counties on one by one: it
  // resolves to the prefecture of today that holds most of them (more than half).
  const resolvePrefecture = (r: TableRecord): string | null => {
    if (r.level !== 'prefecture' || r.end === null) return null;
    const stem = r.code.slice(0, 4);
    const children = records.filter(
      (c) => c.level === 'county' && c.code.startsWith(stem) && c.start < r.end! && (c.end ?? 9999) >= r.end!,
    );
    const votes = new Map<string, number>();
    for (const child of children) {
      const code = resolve(child);
      if (!code) continue;
      const prefecture = `${code.slice(0, 4)}00`;
      const holder = today.has(prefecture) ? prefecture : `${code.slice(0, 2)}0000`;
      votes.set(holder, (votes.get(holder) ?? 0) + 1);
    }
    const [best] = [...votes].sort(([, a], [, b]) => b - a);
    return best && best[1] * 2 > children.length ? best[0] : null;
  };

  const currentNames = new Set(today.values());
  const found = new Map<string, FormerName>();
  const unresolved: TableRecord[] = [];
  for (const r of records) {
    if (outside(r.code) || (r.end === null && today.has(r.code))) continue;
    const code = resolve(r) ?? resolvePrefecture(r);
    if (code === null) {
      if (!currentNames.has(r.name)) unresolved.push(r);
      continue;
    }
    if (currentNames.has(r.name)) continue;
    const key = `${code}|${r.name}`;
    const until = r.end ?? Number.NaN;
    const seen = found.get(key);
    if (seen) {
      seen.from = Math.min(seen.from, r.start);
      seen.until = Math.max(seen.until, until);
      if (!seen.oldCodes.includes(r.code)) seen.oldCodes.push(r.code);
    } else found.set(key, { code, name: r.name, level: r.level, from: r.start, until, oldCodes: [r.code] });
  }
  return { resolved: [...found.values()], unresolved };
}

/**
 * Names that resolve to more than one division of today (东市区, 北区): not a place name alone.
 * Where one of them was a prefecture's name (思茅市, the city, over 思茅市, its county-level
 * seat), the prefecture keeps it.
 */
function ambiguousNames(names: FormerName[]): Set<FormerName> {
  const byName = new Map<string, FormerName[]>();
  for (const n of names) byName.set(n.name, [...(byName.get(n.name) ?? []), n]);
  const left = new Set<FormerName>();
  for (const list of byName.values()) {
    if (new Set(list.map((n) => n.code)).size < 2) continue;
    const prefectures = list.filter((n) => n.level !== 'county');
    for (const n of list) if (prefectures.length !== 1 || n !== prefectures[0]) left.add(n);
  }
  return left;
}

/**
 * The former names worth knowing: not ambiguous, and for a prefecture only a name that differs
 * in more than its suffix (邯郸地区 → 邯郸市 adds nothing: 邯郸 already finds it) and whose short
 * form, if another division has it today, names a place inside it (淮阴市 → 淮安市, whose 淮阴区
 * keeps 淮阴; but not 莆田地区, most of which went to Fuzhou, while 莆田 is 莆田市). A county-level
 * name that differs only in its suffix is kept where today's is a district (萧山县 → 萧山区),
 * whose short name is not looked for; a county-level city's (武安县 → 武安市: 武安 finds it) and
 * an autonomous county's (丰宁县, its alias already) add nothing. `shortOf` strips the suffix as
 * the build does.
 */
/**
 * Names that say where, not which (西郊区, 市区, 新区), island groups, which keep their names
 * (西沙群岛), and a common word (半山区, "a semi-mountainous area", once a district of Hangzhou).
 */
const GENERIC = /^(东|西|南|北|中|市)?(郊|城|矿|市|新)区$|群岛|^半山区$/;

export function selectFormerNames(
  names: FormerName[],
  today: ReadonlyMap<string, string>,
  shortOf: (name: string, level: Level) => string,
): FormerName[] {
  const ambiguous = ambiguousNames(names);
  const shortsToday = new Map<string, string[]>();
  for (const [code, name] of today) {
    const short = shortOf(name, levelOf(code));
    shortsToday.set(short, [...(shortsToday.get(short) ?? []), code]);
  }
  const inside = (code: string, area: string) => code.startsWith(area.slice(0, levelOf(area) === 'province' ? 2 : 4));
  return names.filter((n) => {
    if (ambiguous.has(n) || GENERIC.test(n.name)) return false;
    const short = shortOf(n.name, n.level);
    if (n.level === 'county')
      return short !== shortOf(today.get(n.code)!, levelOf(n.code)) || today.get(n.code)!.endsWith('区');
    const holders = shortsToday.get(short) ?? [];
    return !holders.includes(n.code) && holders.every((code) => inside(code, n.code));
  });
}
