/**
 * One verdict in every engine: every sentence of the evaluation corpora (../shared/corpora) and
 * of the English test set (test/eval/english) through the detector inside this run's browser,
 * compared with Node's prediction by prediction.
 * The detector is bundled as the content script would run it and evaluated in a page.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readEnglishSet } from '../eval/english-set';
import { detectAll } from './parity/detect-entry';
import { pageBundle } from './support/page-bundle';
import { setSettings, useSession } from './support/session';

const session = useSession();
const CORPORA = path.resolve(process.env.CORPORA_DIR ?? path.join(import.meta.dirname, '../../../shared/corpora'));
const CHUNK = 500;
const ENGLISH = 'english/sentences.tsv';
let bundle = '';

beforeAll(async () => {
  bundle = await pageBundle(path.join(import.meta.dirname, 'parity/detect-entry.ts'));
});

describe('detection parity', () => {
  it('gives the same detections as Node on every corpus sentence', async () => {
    await setSettings(session, { enabled: false }); // the content script stays out of the way
    const page = await session.open('edges.html');
    await page.evaluate(bundle);
    const report: Record<string, { sentences: number; differences: number; examples: string[] }> = {};
    const corpora = fs
      .readdirSync(CORPORA)
      .filter((f) => f.endsWith('.jsonl'))
      .sort();
    expect(corpora.length).toBeGreaterThan(0);
    const textsOf = (file: string) =>
      file === ENGLISH
        ? readEnglishSet().map((s) => s.text)
        : fs
            .readFileSync(path.join(CORPORA, file), 'utf8')
            .split('\n')
            .filter((line) => line.trim())
            .map((line) => (JSON.parse(line) as { text: string }).text);
    const files = [...corpora, ENGLISH];
    for (const file of files) {
      const texts = textsOf(file);
      const entry = (report[file] = { sentences: texts.length, differences: 0, examples: [] as string[] });
      for (let i = 0; i < texts.length; i += CHUNK) {
        const chunk = texts.slice(i, i + CHUNK);
        const inBrowser = await page.evaluate(
          (chunk) =>
            (globalThis as unknown as { hketoLensDetectAll(t: string[]): string[][] }).hketoLensDetectAll(chunk),
          chunk,
        );
        const inNode = detectAll(chunk);
        chunk.forEach((text, j) => {
          if (inBrowser[j]!.join(' ') === inNode[j]!.join(' ')) return;
          entry.differences++;
          if (entry.examples.length < 5)
            entry.examples.push(
              `${text.slice(0, 60)} | node: ${inNode[j]!.join(' ')} | ${session.engine.name}: ${inBrowser[j]!.join(' ')}`,
            );
        });
      }
    }
    console.log(
      `parity, ${session.engine.version} against Node ${process.version}:\n${JSON.stringify(report, null, 1)}`,
    );
    expect(Object.fromEntries(Object.entries(report).map(([file, r]) => [file, r.differences]))).toEqual(
      Object.fromEntries(files.map((file) => [file, 0])),
    );
    await page.close();
  });
});
