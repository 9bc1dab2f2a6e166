/**
 * The fold table maps each UTF-16 code unit to the unit the matcher compares: Latin letters to
 * lower case without diacritics, apostrophe and space variants to one form, and the Traditional
 * variant pairs of division names (臺/台, 峯/峰 …) to one of the pair. Units that occur in no
 * name fold to 0, which lets the scanner skip them at once.
 */
import { APOSTROPHES, SPACES } from '../text/chars';

/**
 * Variant pairs seen in Traditional division names (../shared/reference/divisions/variant-char-pairs.tsv),
 * and 厦/廈, which mixed-script text writes 厦門.
 */
const VARIANT_PAIRS = '臺台峯峰溫温谿溪衞衛嶽岳鉅巨爲為霑沾鐘鍾敍敘啟啓淦干臥卧穀谷遊游箇個脱脫藴蘊厦廈';

/** Every unit that folds to something other than itself, with what it folds to. */
const SPECIAL = new Map<number, number>();
for (let unit = 0x41; unit <= 0x5a; unit++) SPECIAL.set(unit, unit + 0x20);
for (let unit = 0xff21; unit <= 0xff3a; unit++) SPECIAL.set(unit, unit - 0xff21 + 0x61); // fullwidth Ａ-Ｚ
for (let unit = 0xff41; unit <= 0xff5a; unit++) SPECIAL.set(unit, unit - 0xff41 + 0x61); // fullwidth ａ-ｚ
for (let unit = 0xc0; unit <= 0x24f; unit++) {
  const base = String.fromCharCode(unit).normalize('NFD').charCodeAt(0);
  if (base < 0x80) SPECIAL.set(unit, base >= 0x41 && base <= 0x5a ? base + 0x20 : base);
}
for (const ch of APOSTROPHES.slice(1)) SPECIAL.set(ch.charCodeAt(0), 0x27);
for (const ch of SPACES.slice(1)) SPECIAL.set(ch.charCodeAt(0), 0x20);
for (let i = 0; i < VARIANT_PAIRS.length; i += 2)
  SPECIAL.set(VARIANT_PAIRS.charCodeAt(i), VARIANT_PAIRS.charCodeAt(i + 1));

const NEEDS_FOLDING = new RegExp(
  `[${[...SPECIAL.keys()].map((u) => `\\u${u.toString(16).padStart(4, '0')}`).join('')}]`,
);

function foldUnit(unit: number): number {
  return SPECIAL.get(unit) ?? unit;
}

export function foldString(text: string): string {
  if (!NEEDS_FOLDING.test(text)) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) out += String.fromCharCode(foldUnit(text.charCodeAt(i)));
  return out;
}

/** A table for the scanner: `table[unit]` is the folded unit, or 0 if no key contains it. */
export function makeFoldTable(foldedKeys: readonly string[]): Uint16Array {
  const table = new Uint16Array(0x10000);
  for (const key of foldedKeys) for (let i = 0; i < key.length; i++) table[key.charCodeAt(i)] = key.charCodeAt(i);
  for (const [unit, folded] of SPECIAL) if (table[folded] === folded) table[unit] = folded;
  return table;
}
