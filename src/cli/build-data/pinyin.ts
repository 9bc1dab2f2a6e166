/**
 * Pinyin syllables of the short name, without tones, from pinyin-pro on the *full* name (昌都市
 * gives du, 昌都 alone gives dou), corrected by the reviewed rules and fixes in the overrides.
 */
import { pinyin } from 'pinyin-pro';
import type { Overrides } from './overrides';

export function makePinyinizer(overrides: Overrides) {
  const fixes = Object.entries(overrides.pinyinFix).sort(([a], [b]) => b.length - a.length);

  return function syllablesOf(nameHans: string, shortHans: string): string[] {
    const fix = fixes.find(([key]) => nameHans.startsWith(key) || shortHans === key.replace(/县$/, ''));
    if (fix) return fix[1].split(' ');
    const syllables = pinyin(nameHans, { toneType: 'none', type: 'array' }).slice(0, shortHans.length);
    return syllables.map((syllable, i) => overrides.pinyinRules[shortHans[i] ?? ''] ?? syllable);
  };
}
