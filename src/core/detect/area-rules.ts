/**
 * Which occurrences of an area's name (雄安新区, 前海, 长三角) name the area. Its long names are
 * trusted; a two-character name between Han characters must not be cut by a word of the lexicon
 * (目前|海内外, 以前|海南 have no 前海), as a division's short name must not, nor be "ago" (多年前|海盗号); a guarded name (河套,
 * also the Hetao plain; 东北, also "north-east") names the area only right next to one of its
 * cues (深港河套, 东北地区, 中国东北).
 */
import type { PageArea } from '../data/areas-schema';
import { charSet, isHan, unitAt } from '../text/chars';
import { isGoverning } from './cues';
import type { WordReader } from './words';

export interface AreaCandidate {
  start: number;
  end: number;
  area: PageArea;
  guarded: boolean;
}

/** A unit of time before 前 makes it "ago" (多年前|海盗号, 三天前): not a name that starts with 前 (前海). */
const isTimeUnit = charSet('年天月周週日时時代纪紀');
const QIAN = 0x524d; // 前

const hasCueBeside = (c: AreaCandidate, text: string) =>
  c.area.cues.some(
    (cue) => text.startsWith(cue, c.end) || (c.start >= cue.length && text.startsWith(cue, c.start - cue.length)),
  );

export function isAreaName(c: AreaCandidate, text: string, readWords: WordReader): boolean {
  if (c.guarded) return hasCueBeside(c, text);
  const before = unitAt(text, c.start - 1);
  if (text.charCodeAt(c.start) === QIAN && isTimeUnit(before)) return false;
  if (c.end - c.start > 2) return true;
  if (!isHan(before) && !isHan(unitAt(text, c.end))) return true;
  const { crossesStart, crossesEnd } = readWords(text, c.start, c.end);
  return !crossesEnd && !(crossesStart && !isGoverning(before));
}
