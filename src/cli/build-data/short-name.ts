/**
 * Short names: the full name with its administrative suffix removed (杭州市 → 杭州,
 * 双江拉祜族佤族布朗族傣族自治县 → 双江). The rules are the ones in ../shared/reference/divisions.md §2.
 */
import type { Level } from '../../core/data/division-row';
import type { Overrides } from './overrides';

const byLengthDesc = (list: string[]) => [...list].sort((a, b) => b.length - a.length);

export function makeShortNamer(rules: Overrides['shortName']) {
  const provinceSuffixes = byLengthDesc(rules.provinceSuffixes);
  const autonomous = byLengthDesc(rules.autonomousSuffixes);
  const ethnic = byLengthDesc(rules.ethnicNamesStrippedAfterAutonomousSuffix);
  const other = byLengthDesc(rules.otherSuffixes);

  const stripOne = (name: string, suffixes: string[]) => {
    const suffix = suffixes.find((s) => name.endsWith(s) && name.length > s.length);
    return suffix ? name.slice(0, -suffix.length) : name;
  };

  return function shortName(name: string, level: Level): string {
    const special = rules.specialFullNames[name];
    if (special) return special;
    if (level === 'province') return stripOne(name, provinceSuffixes);
    const withoutAutonomous = stripOne(name, autonomous);
    if (withoutAutonomous !== name) {
      let short = withoutAutonomous;
      for (let previous = ''; previous !== short;) {
        previous = short;
        short = stripOne(short, ethnic);
      }
      // 鄂温克族自治旗 → 鄂温克, 东乡族自治县 → 东乡: a name that is only an ethnic name loses 族.
      return short.endsWith('族') && short.length > 2 ? short.slice(0, -1) : short;
    }
    return stripOne(name, other);
  };
}
