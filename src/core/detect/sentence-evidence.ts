/**
 * 北海位于广西南部, 南县隶属湖南省益阳市: a parent named in the same sentence, not only right
 * before, says that a name that is also a common word (北海, "the North Sea") or a one-character
 * name with its suffix (南县) is the place.
 */
import { charSet } from '../text/chars';
import type { Candidate, RuleContext } from './rules';

/** How far (in UTF-16 units) from the name a parent may be named. */
const REACH = 24;
/** A parent beyond one of these is in another sentence. */
const isSentenceEnd = charSet('。！？；!?;\n');

function inOneSentence(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isSentenceEnd(text.charCodeAt(i))) return false;
  return true;
}

/** The first index in `places` (sorted by start) whose start is at least `at`. */
function firstFrom(places: readonly Candidate[], at: number): number {
  let low = 0;
  let high = places.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (places[mid]!.start < at) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** `places` are the accepted places, sorted by start. */
export function hasParentInSentence(
  c: Candidate,
  places: readonly Candidate[],
  { text, isAbove }: RuleContext,
): boolean {
  const isParent = (p: Candidate) =>
    p.entries.some((pe) => c.entries.some((e) => isAbove(pe.division.index, e.division.index)));
  let found = false;
  // A parent name is at most a few characters long: start looking a little before the reach.
  for (let i = firstFrom(places, c.start - REACH - 16); i < places.length; i++) {
    const p = places[i]!;
    if (p.start > c.end + REACH) break;
    if (p.end <= c.start) {
      found ||= c.start - p.end <= REACH && isParent(p) && inOneSentence(text, p.end, c.start);
    } else if (p.start >= c.end) {
      found ||= isParent(p) && inOneSentence(text, c.end, p.start);
    } else if (p !== c) {
      return false; // 湖南|县域: a place across the name is read first, whatever the sentence says.
    }
  }
  return found;
}
