import { describe, expect, it } from 'vitest';
import { makeDetector, type Detection } from '../../../src/core/detect/detect';
import { gazetteer } from '../../support/data';

const detector = makeDetector(gazetteer);
const codes = new Set(gazetteer.divisions.map((d) => d.code));

/** A seeded generator (mulberry32): a failure can be replayed from the seed in its message. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  '杭州',
  '瀋陽',
  '沈阳',
  '鼓楼区',
  '吉林',
  '合作',
  '市',
  '省',
  '县',
  '區',
  '、',
  '，',
  '·',
  ' ',
  '\n',
  "Xi'an",
  'Shenzhen',
  'City',
  'Province',
  '李',
  '长春',
  '\ud800',
  '\udc00',
  '😀',
  '\u0301',
  '\u200b',
  'A',
  'z',
  '9',
  '北京时间',
  '長沙灣',
  '<b>',
];

function randomText(next: () => number, length: number): string {
  let text = '';
  while (text.length < length) {
    const r = next();
    if (r < 0.5) text += PIECES[Math.floor(next() * PIECES.length)];
    else text += String.fromCharCode(Math.floor(next() * 0x10000));
  }
  return text;
}

/** The first broken detection, described, or null: valid offsets, in order, no overlap, known codes. */
function firstInvalid(text: string, detections: Detection[]): string | null {
  let previousEnd = 0;
  for (const d of detections) {
    const ok =
      Number.isInteger(d.start) &&
      Number.isInteger(d.end) &&
      d.start >= previousEnd &&
      d.end > d.start &&
      d.end <= text.length &&
      d.codes.length > 0 &&
      d.codes.every((code) => codes.has(code));
    if (!ok) return JSON.stringify(d);
    previousEnd = d.end;
  }
  return null;
}

function expectValid(text: string, detections: Detection[]): void {
  expect(firstInvalid(text, detections)).toBeNull();
}

describe('detector under random and adversarial input', () => {
  it('never throws and returns valid, ordered, non-overlapping offsets on 2,000 random texts', () => {
    for (let seed = 1; seed <= 2000; seed++) {
      const next = random(seed);
      const text = randomText(next, Math.floor(next() * 200));
      let detections: Detection[] = [];
      expect(() => (detections = detector.detect(text)), `seed ${seed}`).not.toThrow();
      expectValid(text, detections);
      const index = Math.floor(next() * (text.length + 2)) - 1;
      const hit = detector.detectAt(text, index);
      if (hit) expect(hit.start <= index && index < hit.end, `seed ${seed}`).toBe(true);
    }
  });

  it('handles lone surrogates around names', () => {
    const text = '\ud800杭州\udc00北京\ud800';
    expectValid(text, detector.detect(text));
    expect(detector.detect(text).map((d) => text.slice(d.start, d.end))).toEqual(['杭州', '北京']);
  });

  it('handles 10 MB of one repeated character', () => {
    for (const unit of ['州', 'a', '\ud800']) {
      const text = unit.repeat(10 * 1024 * 1024);
      expect(detector.detect(text)).toEqual([]);
    }
  });

  it('handles a long run of names and mixed scripts', () => {
    const text = '杭州市北京上海Shenzhen·吉林、'.repeat(20000);
    const detections = detector.detect(text);
    expectValid(text, detections);
    expect(detections.length).toBeGreaterThanOrEqual(20000 * 4);
  });

  it('handles odd index arguments to detectAt', () => {
    for (const index of [-1, 0, 1e9, Number.NaN, 0.5]) expect(() => detector.detectAt('杭州', index)).not.toThrow();
    expect(detector.detectAt('', 0)).toBeNull();
  });
});
