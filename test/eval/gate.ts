/**
 * The eval gate of `npm test`: runs `npm run eval -- --json` and fails when any corpus scores
 * more than half a point worse than README's Detection table says, the one place the figures
 * are written. Prints what it measured beside README's figures.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** How far below README's figure (in percentage points) a corpus may fall before the gate fails. */
const TOLERANCE = 0.5;

/** README's name for each corpus file of ../shared/corpora: the start of its row's first cell. */
const README_ROWS: Record<string, string> = {
  'peoples_daily.jsonl': "People's Daily",
  'cluener.jsonl': 'CLUENER',
  'uner_zh_hant.jsonl': 'UNER',
  'cityu2005_hant_unannotated.jsonl': 'CityU',
  'english (dev)': 'English dev',
  'english (held-out)': 'English held-out',
  'english (all)': 'English all',
};

/** Percentages: of an annotated corpus, or the share of detections that cut a word (unannotated). */
type Figures = { precision: number; reviewed?: number; recall: number } | { crossing: number };
type Measured = Record<
  string,
  { precision: number; reviewedPrecision?: number; recall: number } | { crossingShare: number }
>;

/**
 * README's figures by row name, from the corpus table ("| Corpus | Precision | Recall |") and the
 * English test set's ("| English test set | Precision | Recall |", whose rows are named "English <part>").
 */
export function readmeFigures(readme: string): Map<string, Figures> {
  const lines = readme.split('\n');
  const figures = new Map<string, Figures>();
  for (const [title, prefix] of [
    ['Corpus', ''],
    ['English test set', 'English '],
  ] as const) {
    const header = lines.findIndex((line) => line.startsWith(`| ${title} | Precision | Recall |`));
    if (header < 0) throw new Error(`README has no "| ${title} | Precision | Recall |" table`);
    for (const line of lines.slice(header + 2)) {
      if (!line.startsWith('|')) break;
      const [cell = '', precision = '', recall = ''] = line
        .split('|')
        .slice(1)
        .map((c) => c.trim());
      const name = prefix + cell;
      const percent = (text: string, pattern: RegExp) => {
        const match = pattern.exec(text);
        if (!match) throw new Error(`README's row "${name}" has no figure matching ${pattern}`);
        return Number(match[1]);
      };
      const crossing = /^([\d.]+)% of detections cut through a word/.exec(precision);
      const reviewed = /([\d.]+)% after review/.exec(precision);
      figures.set(
        name,
        crossing
          ? { crossing: Number(crossing[1]) }
          : {
              precision: percent(precision, /^([\d.]+)%/),
              ...(reviewed && { reviewed: Number(reviewed[1]) }),
              recall: percent(recall, /^([\d.]+)%/),
            },
      );
    }
  }
  return figures;
}

/** One line per corpus, measured beside README; `failed` says whether any fell too far. */
export function gate(measured: Measured, figures: Map<string, Figures>): { lines: string[]; failed: boolean } {
  const lines: string[] = [];
  let failed = false;
  const compare = (label: string, value: number, expected: number, higherIsBetter: boolean) => {
    const bad = higherIsBetter ? value < expected - TOLERANCE : value > expected + TOLERANCE;
    failed ||= bad;
    return `${label} ${value.toFixed(1)}% (README ${expected.toFixed(1)}%)${bad ? ' ✗' : ''}`;
  };
  const files = new Set([...Object.keys(measured), ...Object.keys(README_ROWS)]);
  for (const file of [...files].sort()) {
    const row = README_ROWS[file];
    const expected = row === undefined ? undefined : [...figures].find(([name]) => name.startsWith(row))?.[1];
    const result = measured[file];
    if (!result || !expected) {
      failed = true;
      lines.push(
        `${file}: ${result ? "no row for it in README's Detection table" : 'not measured (corpus missing)'} ✗`,
      );
      continue;
    }
    if ('crossingShare' in result && 'crossing' in expected) {
      lines.push(`${file}: ${compare('cutting a word', 100 * result.crossingShare, expected.crossing, false)}`);
    } else if ('precision' in result && 'precision' in expected) {
      const parts = [
        compare('precision', 100 * result.precision, expected.precision, true),
        ...(result.reviewedPrecision !== undefined && expected.reviewed !== undefined
          ? [compare('after review', 100 * result.reviewedPrecision, expected.reviewed, true)]
          : []),
        compare('recall', 100 * result.recall, expected.recall, true),
      ];
      if ((result.reviewedPrecision === undefined) !== (expected.reviewed === undefined)) {
        failed = true;
        parts.push('README and the eval disagree on whether it has reviewed figures ✗');
      }
      lines.push(`${file}: ${parts.join(', ')}`);
    } else {
      failed = true;
      lines.push(`${file}: README and the eval disagree on whether it is annotated ✗`);
    }
  }
  return { lines, failed };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = path.resolve(import.meta.dirname, '../..');
  const run = spawnSync(path.join(root, 'node_modules/.bin/tsx'), [path.join(root, 'test/eval/run.ts'), '--json'], {
    encoding: 'utf8',
  });
  if (run.status !== 0) {
    console.error(`the eval failed (exit code ${run.status}):\n${run.stderr}`);
    process.exit(1);
  }
  const measured = JSON.parse(run.stdout.trim().split('\n').at(-1)!) as Measured;
  const { lines, failed } = gate(measured, readmeFigures(fs.readFileSync(path.join(root, 'README.md'), 'utf8')));
  console.log(`Node ${process.version}; a corpus may score at most ${TOLERANCE} points worse than README's figures`);
  for (const line of lines) console.log(line);
  process.exit(failed ? 1 : 0);
}
