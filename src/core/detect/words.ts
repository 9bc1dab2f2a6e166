/**
 * How the words around a name read, from the detector's own lexicon (see lexicon.ts), so that
 * 海城市 is not found in 沿海城市, nor 上海 in 踏上海上, nor 大理 in 重大理论. Plain set look-ups on
 * the text: the verdict is the same in every engine.
 */
import { LEXICON_EDGE, type Lexicon } from './lexicon';

interface WordReading {
  /** A word starts before the name and ends inside it or with it (沿海 in 沿海城市, 长白山). */
  crossesStart: boolean;
  /** A word starts inside the name or with it and ends after it (理论 in 重大理论, 中山陵). */
  crossesEnd: boolean;
}

export type WordReader = (text: string, start: number, end: number) => WordReading;

/** The two code units either side of an edge, as one number. */
const pairAt = (text: string, i: number) => text.charCodeAt(i - 1) * 0x10000 + text.charCodeAt(i);

export function makeWordReader(lexicon: Lexicon): WordReader {
  const { heads, tails, reach } = lexicon;
  // Most names have no listed word across either edge: the two units at the edge say so at once,
  // before any string is built.
  const headEdges = new Set<number>();
  const tailEdges = new Set<number>();
  for (const word of heads) headEdges.add(pairAt(word.replace(LEXICON_EDGE, ''), word.indexOf(LEXICON_EDGE)));
  for (const word of tails) tailEdges.add(pairAt(word.replace(LEXICON_EDGE, ''), word.indexOf(LEXICON_EDGE)));
  return (text, start, end) => {
    let crossesStart = false;
    let crossesEnd = false;
    if (start > 0 && headEdges.has(pairAt(text, start))) {
      for (let inside = 1; inside <= end - start && !crossesStart; inside++) {
        const part = LEXICON_EDGE + text.slice(start, start + inside);
        for (let outside = Math.min(reach, start); outside >= 1 && !crossesStart; outside--) {
          crossesStart = heads.has(text.slice(start - outside, start) + part);
        }
      }
    }
    if (end < text.length && tailEdges.has(pairAt(text, end))) {
      for (let inside = 1; inside <= end - start && !crossesEnd; inside++) {
        const part = text.slice(end - inside, end) + LEXICON_EDGE;
        for (let outside = Math.min(reach, text.length - end); outside >= 1 && !crossesEnd; outside--) {
          crossesEnd = tails.has(part + text.slice(end, end + outside));
        }
      }
    }
    return { crossesStart, crossesEnd };
  };
}
