/**
 * Pinyin display: no tones, a capital first letter, and an apostrophe before a syllable that
 * starts with a, o or e: "Xi'an", "Lu'an". The data stores the syllables; this joins them.
 */
export function formatPinyin(syllables: readonly string[]): string {
  const joined = syllables
    .map((syllable, i) => (i > 0 && /^[aoe]/.test(syllable) ? `'${syllable}` : syllable))
    .join('');
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}
