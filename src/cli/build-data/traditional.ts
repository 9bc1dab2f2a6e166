/**
 * Traditional forms of the full names. opencc-js converts the *full* name (context matters:
 * 范县 → 范縣, but 范 alone → 範), and the union of its Taiwan, standard and Hong Kong outputs is
 * kept. The preferred form is the Taiwan output with 台 for 臺, which uses the glyphs most common
 * in both Hong Kong and Taiwan print (溫州, 赤峰, 邢台); opencc's hk mode picks rarer HK variants
 * (温州). The reviewed overrides then replace the known wrong conversions and add
 * forms in common use. opencc-js is build-time only: its dictionaries weigh 450 KB gzipped.
 */
import * as OpenCC from 'opencc-js';
import type { Overrides } from './overrides';

export function makeTraditionalizer(overrides: Overrides) {
  const converters = (['tw', 't', 'hk'] as const).map((to) => OpenCC.Converter({ from: 'cn', to }));
  const preferAdded = new Set(overrides.hantPreferAdded);

  return function traditionalForms(nameHans: string): string[] {
    const converted = overrides.hantReplace[nameHans] ?? converters.map((convert) => convert(nameHans));
    // Hong Kong writes 台 in place names (邢台, 七台河), though opencc's modes keep 臺 in some.
    if (!overrides.hantReplace[nameHans] && converted[0]!.includes('臺'))
      converted.unshift(converted[0]!.replace(/臺/g, '台'));
    const added = overrides.hantAdd[nameHans] ?? [];
    const ordered = preferAdded.has(nameHans) ? [...added, ...converted] : [...converted, ...added];
    const forms = [...new Set(ordered)];
    for (const form of forms) {
      if ([...form].length !== [...nameHans].length) {
        throw new Error(`Traditional form ${form} of ${nameHans} changes the length: short names would break`);
      }
    }
    return forms;
  };
}
