/**
 * The English test set (test/eval/english/sentences.tsv): real sentences from npm packages,
 * annotated by reading. ⟦…⟧ marks a target, ⟨…⟩ a span where a detection is also correct (an
 * organisation or title named after the place); a detection anywhere else is a false positive.
 * A target is found when a detection inside it overlaps it, as in the Chinese protocol.
 */
import fs from 'node:fs';
import path from 'node:path';
import { emptyScore, type Found, type Score } from './protocol';

export interface EnglishSentence {
  source: string;
  split: 'dev' | 'held-out';
  text: string;
  targets: Found[];
  accepted: Found[];
}

const MARKS: Record<string, 'target' | 'accepted'> = { '⟦': 'target', '⟨': 'accepted' };
const CLOSING: Record<string, string> = { '⟦': '⟧', '⟨': '⟩' };

/** Strips the marks from an annotated line, keeping their spans in the plain text's offsets. */
function parseAnnotated(annotated: string): Pick<EnglishSentence, 'text' | 'targets' | 'accepted'> {
  let text = '';
  const targets: Found[] = [];
  const accepted: Found[] = [];
  for (let i = 0; i < annotated.length; i++) {
    const open = annotated[i]!;
    const kind = MARKS[open];
    if (!kind) {
      text += open;
      continue;
    }
    const close = annotated.indexOf(CLOSING[open]!, i + 1);
    if (close < 0) throw new Error(`unclosed ${open} in: ${annotated}`);
    const start = text.length;
    text += annotated.slice(i + 1, close);
    (kind === 'target' ? targets : accepted).push({ start, end: text.length });
    i = close;
  }
  return { text, targets, accepted };
}

const ENGLISH_SET = path.join(import.meta.dirname, 'english/sentences.tsv');

export function readEnglishSet(file = ENGLISH_SET): EnglishSentence[] {
  const lines = fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'));
  return lines.slice(1).map((line) => {
    const [source = '', split, annotated = ''] = line.split('\t');
    if (split !== 'dev' && split !== 'held-out') throw new Error(`bad split "${split}" in: ${line}`);
    return { source, split, ...parseAnnotated(annotated) };
  });
}

const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);

export function scoreEnglish(sentence: EnglishSentence, detections: Found[], score: Score = emptyScore()): Score {
  const { text, targets, accepted } = sentence;
  const inside = (d: Found, s: Found) => s.start <= d.start && d.end <= s.end;
  for (const d of detections) {
    score.detections++;
    if ([...targets, ...accepted].some((s) => inside(d, s))) score.correct++;
    else {
      bump(score.falsePositives, text.slice(d.start, d.end));
      score.falsePositiveKeys.push(`${sentence.source}:${d.start}:${d.end}`);
    }
  }
  for (const t of targets) {
    score.targets++;
    if (detections.some((d) => inside(d, t))) score.found++;
    else bump(score.misses, text.slice(t.start, t.end));
  }
  return score;
}
