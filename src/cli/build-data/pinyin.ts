/**
 * Pinyin of the short name, from pinyin-pro on the *full* name (昌都市 gives du, 昌都 alone gives
 * dou), corrected by the reviewed rules and fixes in the overrides. Output has no tones, a capital
 * first letter and an apostrophe before a syllable that starts with a, o or e: "Xi'an", "Lu'an".
 */
import { pinyin } from 'pinyin-pro';
import type { Overrides } from './overrides';

export function formatPinyin(syllables: string[]): string {
  const joined = syllables
    .map((syllable, i) => (i > 0 && /^[aoe]/.test(syllable) ? `'${syllable}` : syllable))
    .join('');
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}

export function makePinyinizer(overrides: Overrides) {
  const fixes = Object.entries(overrides.pinyinFix).sort(([a], [b]) => b.length - a.length);

  return function pinyinOf(nameHans: string, shortHans: string): string {
    const fix = fixes.find(([key]) => nameHans.startsWith(key) || shortHans === key.replace(/县$/, ''));
    if (fix) return formatPinyin(fix[1].split(' '));
    const syllables = pinyin(nameHans, { toneType: 'none', type: 'array' }).slice(0, [...shortHans].length);
    const chars = [...shortHans];
    return formatPinyin(syllables.map((syllable, i) => overrides.pinyinRules[chars[i] ?? ''] ?? syllable));
  };
}
