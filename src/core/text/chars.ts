/**
 * Character classes, on UTF-16 code units, for detection, search and the hover gate alike: Han,
 * Latin letters, digits, and the one set of apostrophes and of spaces that Latin names may be
 * written with (Xi'an, Xi’an, Xi′an; Inner Mongolia with a no-break space).
 */

export function isHan(unit: number): boolean {
  return (unit >= 0x4e00 && unit <= 0x9fff) || (unit >= 0x3400 && unit <= 0x4dbf) || (unit >= 0xf900 && unit <= 0xfaff);
}

/** isHan's three ranges as a pattern: the engine's own search finds one fastest in a long text. */
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

/** Whether `text` has a Han character anywhere. */
export const hasHan = (text: string): boolean => HAN.test(text);

export function isLatinLetter(unit: number): boolean {
  return (
    (unit >= 0x41 && unit <= 0x5a) ||
    (unit >= 0x61 && unit <= 0x7a) ||
    (unit >= 0xc0 && unit <= 0x24f && unit !== 0xd7 && unit !== 0xf7)
  );
}

export function isDigit(unit: number): boolean {
  return (unit >= 0x30 && unit <= 0x39) || (unit >= 0xff10 && unit <= 0xff19);
}

export function isUpperLatin(unit: number): boolean {
  return (unit >= 0x41 && unit <= 0x5a) || (unit >= 0xc0 && unit <= 0xde && unit !== 0xd7);
}

/** A set of single characters, tested by code unit. */
export function charSet(chars: string): (unit: number) => boolean {
  const set = new Set<number>();
  for (let i = 0; i < chars.length; i++) set.add(chars.charCodeAt(i));
  return (unit) => set.has(unit);
}

/** The code unit at `i`, or 0 outside the text. */
export const unitAt = (text: string, i: number) => (i >= 0 && i < text.length ? text.charCodeAt(i) : 0);

/** Apostrophes seen in Latin names, the ASCII one first: ' ’ ʼ ′ ` ´. */
export const APOSTROPHES = "'\u2019\u02bc\u2032`\u00b4";
/** Spaces seen between the words of a name, the ASCII one first (no-break, en, em, thin, narrow, ideographic). */
export const SPACES = ' \u00a0\u2002\u2003\u2009\u202f\u3000';

export const isApostrophe = charSet(APOSTROPHES);
