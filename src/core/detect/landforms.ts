/**
 * Names read across the edge of a landform's name: 河南 in 清水河南侧 is "south of the Qingshui
 * river", 山西 in 檜山西北坡 "the north-west slope of Mount Hui". A name that starts with a
 * landform character (河, 山, 湖, 江 …) joined to the word before it, and whose second character
 * is a direction followed by a side (侧, 岸, 麓, 坡 …), is a direction from that landform.
 */
import { charSet, isHan } from '../text/chars';
import { isGoverning, isListSeparator } from './cues';
import type { Neighbours } from './other-senses';
import type { Candidate } from './rules';

const isLandform = charSet('山河湖江海溪峰岭嶺池泉洲岛島湾灣');
export const isLandformAt = (text: string, i: number) => isLandform(text.charCodeAt(i));
const isDirection = charSet('东東西南北');
const isSide = charSet('侧側岸畔边邊面麓坡角端段部');

export function isDirectionFromLandform(text: string, start: number, end: number): boolean {
  if (end - start !== 2 || !isLandform(text.charCodeAt(start)) || !isDirection(text.charCodeAt(start + 1)))
    return false;
  // The landform's name goes on before it: not after 在 or 与 (与山东南部 is southern Shandong).
  const before = start > 0 ? text.charCodeAt(start - 1) : 0;
  if (!isHan(before) || isGoverning(before) || isListSeparator(before)) return false;
  let next = end < text.length ? text.charCodeAt(end) : 0;
  if (isDirection(next)) next = end + 1 < text.length ? text.charCodeAt(end + 1) : 0;
  return isSide(next);
}

/** A direction and a side start here (南部, 东南面): a word that ends a name before them (山东|南部). */
export function startsSide(text: string, at: number): boolean {
  if (!isDirection(text.charCodeAt(at))) return false;
  const next = text.charCodeAt(at + 1);
  return isSide(next) || (isDirection(next) && isSide(text.charCodeAt(at + 2)));
}

/**
 * 南沙|湾: a name followed by a landform character names that landform (南沙湾, Nansha Bay), so a
 * name that starts inside it and takes the landform character (沙湾, 沙湾区) is cut. Only names the
 * settings leave unreported (a district's bare 南沙) are asked: reported ones compete with `c` in
 * the overlap resolution.
 */
export function inLandformName(c: Candidate, text: string, unreported: Neighbours | undefined): boolean {
  if (!unreported) return false;
  for (let end = c.start + 1; end < c.end; end++) {
    if (isLandformAt(text, end) && unreported.endingAt(end).some((u) => u.start < c.start)) return true;
  }
  return false;
}
