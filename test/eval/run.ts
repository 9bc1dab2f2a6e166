/**
 * `npm run eval`: scores the detector, with the extension's default settings, on every corpus in
 * ../shared/corpora (or CORPORA_DIR) and prints precision, recall and the commonest errors.
 * `--json` prints the figures as one JSON object on the last line. `--context` shows the
 * sentences behind each listed false positive.
 */
import fs from 'node:fs';
import path from 'node:path';
import { makeDetector } from '../../src/core/detect/detect';
import { readAppData } from '../../src/cli/data';
import { emptyScore, scoreSentence, targetForms, type Score, type Sentence } from './protocol';
import { readEnglishSet, scoreEnglish } from './english-set';

const dir = path.resolve(process.env.CORPORA_DIR ?? path.join(import.meta.dirname, '../../../shared/corpora'));
if (!fs.existsSync(dir)) {
  console.error(`No corpora at ${dir}: set CORPORA_DIR to the folder with the JSONL files.`);
  process.exit(2);
}
const json = process.argv.includes('--json');
const showContext = process.argv.includes('--context');
const top = Number(process.argv.find((a) => a.startsWith('--top='))?.slice(6) ?? 15);

/** The hand review of false positives: `corpus` → keys `id:start:end` judged real mentions. */
function readReview(): Map<string, Set<string>> {
  const review = new Map<string, Set<string>>();
  const lines = fs.readFileSync(path.join(import.meta.dirname, 'adjudicated.tsv'), 'utf8').split('\n');
  for (const line of lines.filter((l) => l && !l.startsWith('#')).slice(1)) {
    const [corpus = '', id, start, end, , verdict] = line.split('\t');
    if (verdict !== 'mention') continue;
    const keys = review.get(corpus) ?? new Set<string>();
    keys.add(`${id}:${start}:${end}`);
    review.set(corpus, keys);
  }
  return review;
}
const review = readReview();

const { gazetteer } = readAppData();
const detector = makeDetector(gazetteer);
const targets = targetForms(gazetteer);
const results: Record<string, unknown> = {};

// The detector calls no engine-dependent API (no Intl.Segmenter, no locale collation), so
// these figures hold in Chromium and Firefox too; the e2e parity test checks it there.
if (!json)
  console.log(`Node ${process.version}; "precision" follows the protocol, "reviewed" adds test/eval/adjudicated.tsv`);

const pct = (n: number, d: number) => (d ? ((100 * n) / d).toFixed(1) + '%' : '–');
const topOf = (map: Map<string, number>) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([text, n]) => `${text} ${n}`)
    .join(', ');

for (const file of fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.jsonl'))
  .sort()) {
  const score: Score = emptyScore();
  const contexts = new Map<string, string[]>();
  for (const line of fs.readFileSync(path.join(dir, file), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const sentence = JSON.parse(line) as Sentence;
    const found = detector.detect(sentence.text);
    const before = new Map(score.falsePositives);
    scoreSentence(sentence, found, targets, score);
    if (showContext) {
      for (const [text, n] of score.falsePositives) {
        if ((before.get(text) ?? 0) !== n) contexts.set(text, [...(contexts.get(text) ?? []), sentence.text]);
      }
    }
  }
  const annotated = !file.includes('unannotated');
  const mentions = score.falsePositiveKeys.filter((key) => review.get(file)?.has(key)).length;
  results[file] = annotated
    ? {
        detections: score.detections,
        precision: score.correct / score.detections,
        reviewedPrecision: (score.correct + mentions) / score.detections,
        targets: score.targets,
        recall: score.found / score.targets,
      }
    : { detections: score.detections, crossing: score.crossing, crossingShare: score.crossing / score.detections };
  if (json) continue;
  console.log(`\n${file}`);
  if (annotated) {
    console.log(`  precision ${pct(score.correct, score.detections)} (${score.correct}/${score.detections}), protocol`);
    console.log(
      `  reviewed  ${pct(score.correct + mentions, score.detections)}: ${mentions} of the ${score.falsePositiveKeys.length} ` +
        'false positives are real mentions the corpus leaves unannotated (test/eval/adjudicated.tsv)',
    );
    console.log(`  recall    ${pct(score.found, score.targets)} (${score.found}/${score.targets})`);
    console.log(`  false positives: ${topOf(score.falsePositives)}`);
    console.log(`  misses: ${topOf(score.misses)}`);
  } else {
    console.log(
      `  ${score.crossing} of ${score.detections} detections cut through a word (${pct(score.crossing, score.detections)})`,
    );
    console.log(`  crossing: ${topOf(score.falsePositives)}`);
  }
  if (showContext) {
    for (const [text] of [...score.falsePositives].sort((a, b) => b[1] - a[1]).slice(0, top)) {
      console.log(
        `  · ${text}: ${(contexts.get(text) ?? [])
          .slice(0, 3)
          .map((s) => s.slice(0, 60))
          .join(' ‖ ')}`,
      );
    }
  }
}
// The English set is scored apart from the Chinese corpora: its dev part is what the Latin rules
// were written against, the held-out part checks that they carry over.
const english = readEnglishSet();
for (const split of ['dev', 'held-out', 'all'] as const) {
  const score = emptyScore();
  for (const s of english) if (split === 'all' || s.split === split) scoreEnglish(s, detector.detect(s.text), score);
  results[`english (${split})`] = {
    detections: score.detections,
    precision: score.correct / score.detections,
    targets: score.targets,
    recall: score.found / score.targets,
  };
  if (json) continue;
  const sentences = english.filter((s) => split === 'all' || s.split === split).length;
  console.log(`\ntest/eval/english/sentences.tsv, ${split} (${sentences} sentences)`);
  console.log(`  precision ${pct(score.correct, score.detections)} (${score.correct}/${score.detections})`);
  console.log(`  recall    ${pct(score.found, score.targets)} (${score.found}/${score.targets})`);
  console.log(`  false positives: ${topOf(score.falsePositives)}`);
  console.log(`  misses: ${topOf(score.misses)}`);
}
if (json) console.log(JSON.stringify(results));
