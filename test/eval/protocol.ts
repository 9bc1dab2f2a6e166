/**
 * The evaluation protocol of ../shared/corpora/README.md: a detection is correct when it lies
 * inside a gold entity span that is not a person's name; recall targets are the gold LOC spans
 * whose whole text is a mainland province, prefecture or county-level city name (full or short,
 * two characters or more, either script); a target is found when a detection inside it overlaps it.
 */
import { shortHantForms, type Gazetteer } from '../../src/core/gazetteer';

interface Span {
  start: number;
  end: number;
  label: string;
}

export interface Sentence {
  id: string;
  text: string;
  spans: Span[];
  word_ends?: number[];
}

export interface Found {
  start: number;
  end: number;
}

export interface Score {
  detections: number;
  correct: number;
  targets: number;
  found: number;
  /** Detections that cut through a gold word boundary (word-segmented corpora only). */
  crossing: number;
  falsePositives: Map<string, number>;
  /** Each false positive as `id:start:end`, to look up in the hand review. */
  falsePositiveKeys: string[];
  misses: Map<string, number>;
}

export function emptyScore(): Score {
  return {
    detections: 0,
    correct: 0,
    targets: 0,
    found: 0,
    crossing: 0,
    falsePositives: new Map(),
    falsePositiveKeys: [],
    misses: new Map(),
  };
}

export function targetForms(gazetteer: Gazetteer): Set<string> {
  const forms = new Set<string>();
  for (const d of gazetteer.divisions) {
    if (d.level === 'county' && !d.nameHans.endsWith('市')) continue;
    for (const form of [d.nameHans, ...d.hantForms, d.shortHans, ...shortHantForms(d)]) {
      if (form.length >= 2) forms.add(form);
    }
  }
  return forms;
}

const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);

export function scoreSentence(sentence: Sentence, detections: Found[], targets: Set<string>, score: Score): void {
  const { text, spans } = sentence;
  const inside = (d: Found, s: Span) => s.start <= d.start && d.end <= s.end;
  const annotated = !sentence.word_ends;
  for (const d of detections) {
    score.detections++;
    if (!annotated) continue;
    const container = spans.find((s) => inside(d, s));
    if (container && container.label !== 'PER') score.correct++;
    else {
      bump(score.falsePositives, text.slice(d.start, d.end));
      score.falsePositiveKeys.push(`${sentence.id}:${d.start}:${d.end}`);
    }
  }
  for (const s of spans) {
    if (s.label !== 'LOC' || !targets.has(text.slice(s.start, s.end))) continue;
    score.targets++;
    if (detections.some((d) => inside(d, s))) score.found++;
    else bump(score.misses, text.slice(s.start, s.end));
  }
  if (sentence.word_ends) {
    const boundaries = new Set([0, ...sentence.word_ends]);
    for (const d of detections) {
      if (!boundaries.has(d.start) || !boundaries.has(d.end)) {
        score.crossing++;
        bump(score.falsePositives, text.slice(d.start, d.end));
      }
    }
  }
}
