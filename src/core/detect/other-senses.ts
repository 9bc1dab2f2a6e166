/**
 * Where a name is part of something else: a fixed phrase (长治久安, 長沙灣), a transliterated
 * name written with a middle dot (迈克尔·坎宁安), a street, village or reign title named after
 * the place (南京路, 南京东路, 康定元年); and the candidates around a name, indexed for the rules.
 */
import { isHan, unitAt } from '../text/chars';
import { DIRECTED_STREET, PHRASES, REIGN_YEAR, isNameDot, isNamedThingAfter, isStreetDao, isStreetJie } from './cues';
import type { Candidate } from './rules';
import { append } from '../multimap';

const phraseIndex = new Map<string, Array<[string, number]>>();
for (const phrase of PHRASES) {
  for (let a = 0; a < phrase.length; a++) {
    for (let b = a + 2; b <= phrase.length; b++) {
      const list = phraseIndex.get(phrase.slice(a, b)) ?? [];
      list.push([phrase, a]);
      phraseIndex.set(phrase.slice(a, b), list);
    }
  }
}

export function inPhrase(c: Candidate, text: string): boolean {
  const uses = phraseIndex.get(text.slice(c.start, c.end));
  return !!uses?.some(([phrase, at]) => text.startsWith(phrase, c.start - at));
}

/** Whether `index` is inside a book title 《…》 that opened within the last 64 units. */
function inTitle(text: string, index: number): boolean {
  for (let i = index - 1; i >= 0 && i >= index - 64; i--) {
    const unit = text.charCodeAt(i);
    if (unit === 0x300b) return false; // 》
    if (unit === 0x300a) return true; // 《
  }
  return false;
}

/**
 * The name is part of a transliterated name written with a middle dot (迈克尔·坎宁安,
 * 伊麗莎白·德宏德特). The dot also separates places (中国·无锡) and, in a title, a work from its
 * chapter (《江西通志·人物志》): a name next to a dot with a name on its other side, or inside
 * a title, is not in a person's name.
 */
export function inDottedName(c: Candidate, text: string, all: Neighbours): boolean {
  const dotBefore = isNameDot(unitAt(text, c.start - 1));
  if (
    dotBefore &&
    (all.endingAt(c.start - 1).length || /中[国國]$/.test(text.slice(Math.max(0, c.start - 3), c.start - 1)))
  ) {
    return false;
  }
  if (isNameDot(unitAt(text, c.end)) && all.startingAt(c.end + 1).length) return false;
  let dotted = false;
  for (let i = c.start - 1; i >= 0 && i >= c.start - 8 && !dotted; i--) {
    const unit = text.charCodeAt(i);
    if (isNameDot(unit)) dotted = true;
    else if (!isHan(unit)) break;
  }
  for (let i = c.end; i < text.length && i < c.end + 8 && !dotted; i++) {
    const unit = text.charCodeAt(i);
    if (isNameDot(unit)) dotted = true;
    else if (!isHan(unit)) break;
  }
  return dotted && !inTitle(text, c.start);
}

/**
 * A street, village or town named after the place (南京路, 泰安村), or a reign title (康定元年):
 * unless another place starts right there (江蘇|鎮江).
 */
export function namesSomethingElse(c: Candidate, text: string, all: Neighbours): boolean {
  if (REIGN_YEAR.test(text.slice(c.end, c.end + 6))) return true;
  if (all.startingAt(c.end).length) return false;
  const next = unitAt(text, c.end);
  const afterNext = unitAt(text, c.end + 1);
  return isNamedThingAfter(next) || isStreetJie(next, afterNext) || (isStreetDao(next, afterNext) && !isHan(afterNext));
}

/**
 * Where a street named after the place with a direction ends (南京东路, 中山南二路), or 0: no
 * name inside it is a place either (山南 in 中山南二路). Unless another place starts right
 * after the name.
 */
export function directedStreetEnd(c: Candidate, text: string, all: Neighbours): number {
  if (all.startingAt(c.end).length) return 0;
  const street = DIRECTED_STREET.exec(text.slice(c.end, c.end + 5));
  return street ? c.end + street[0].length : 0;
}

/** Candidates indexed by where they start and end, for constant-time neighbour checks. */
export class Neighbours {
  readonly #byStart = new Map<number, Candidate[]>();
  readonly #byEnd = new Map<number, Candidate[]>();

  add(c: Candidate): void {
    append(this.#byStart, c.start, c);
    append(this.#byEnd, c.end, c);
  }

  startingAt(position: number): readonly Candidate[] {
    return this.#byStart.get(position) ?? NONE;
  }

  endingAt(position: number): readonly Candidate[] {
    return this.#byEnd.get(position) ?? NONE;
  }
}
const NONE: readonly Candidate[] = [];
