import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gate, readmeFigures } from '../eval/gate';

const readme = fs.readFileSync(path.resolve(import.meta.dirname, '../../README.md'), 'utf8');
const figures = readmeFigures(readme);
/** What the eval would measure if every corpus scored exactly README's figures, less `drop` points on one. */
function measuredAt(drop: { file: string; field: string; points: number } | null) {
  const at = (file: string, field: string, value: number) =>
    (value - (drop?.file === file && drop.field === field ? drop.points : 0)) / 100;
  const annotated = (file: string, row: string) => {
    const f = [...figures].find(([name]) => name.startsWith(row))![1] as {
      precision: number;
      reviewed?: number;
      recall: number;
    };
    return {
      precision: at(file, 'precision', f.precision),
      ...(f.reviewed !== undefined && { reviewedPrecision: at(file, 'reviewed', f.reviewed) }),
      recall: at(file, 'recall', f.recall),
    };
  };
  const cityu = [...figures].find(([name]) => name.startsWith('CityU'))![1] as { crossing: number };
  return {
    'peoples_daily.jsonl': annotated('peoples_daily.jsonl', "People's Daily"),
    'cluener.jsonl': annotated('cluener.jsonl', 'CLUENER'),
    'uner_zh_hant.jsonl': annotated('uner_zh_hant.jsonl', 'UNER'),
    'cityu2005_hant_unannotated.jsonl': {
      crossingShare: at('cityu2005_hant_unannotated.jsonl', 'crossing', cityu.crossing),
    },
    'english (dev)': annotated('english (dev)', 'English dev'),
    'english (held-out)': annotated('english (held-out)', 'English held-out'),
    'english (all)': annotated('english (all)', 'English all'),
  };
}

describe('the eval gate', () => {
  it("reads every row of README's corpus table and English test set table", () => {
    expect([...figures.keys()].map((name) => name.split(' (')[0])).toEqual([
      "People's Daily",
      'CLUENER',
      'UNER',
      'CityU',
      'English dev',
      'English held-out',
      'English all',
    ]);
    expect(figures.get("People's Daily (Simplified)")).toMatchObject({ reviewed: expect.any(Number) });
    // The English set has no reviewed figure: its annotation already marks what else is correct.
    expect(figures.get('English all')).not.toHaveProperty('reviewed');
  });

  it('passes at README’s figures and within half a point of them, and prints each', () => {
    expect(gate(measuredAt(null), figures).failed).toBe(false);
    const { lines, failed } = gate(measuredAt({ file: 'cluener.jsonl', field: 'recall', points: 0.4 }), figures);
    expect(failed).toBe(false);
    expect(lines.find((line) => line.startsWith('cluener'))).toContain('recall 99.1% (README 99.5%)');
  });

  it.each([
    ['peoples_daily.jsonl', 'precision', 0.6],
    ['uner_zh_hant.jsonl', 'reviewed', 1],
    ['cluener.jsonl', 'recall', 0.6],
    ['english (held-out)', 'precision', 0.6],
    // More detections cutting a word is worse.
    ['cityu2005_hant_unannotated.jsonl', 'crossing', -0.6],
  ])('fails when %s falls by more than half a point (%s)', (file, field, points) => {
    const { lines, failed } = gate(measuredAt({ file, field, points }), figures);
    expect(failed).toBe(true);
    expect(lines.find((line) => line.startsWith(file))).toContain('✗');
  });

  it('fails on a corpus README has no row for, and on a corpus missing', () => {
    const { 'cluener.jsonl': _, ...withoutCluener } = measuredAt(null);
    expect(gate(withoutCluener, figures)).toMatchObject({ failed: true });
    expect(gate({ ...measuredAt(null), 'new.jsonl': { crossingShare: 0 } }, figures)).toMatchObject({ failed: true });
  });
});
