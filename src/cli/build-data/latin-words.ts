/**
 * The words that start or make up a Latin place name (shenzhen, xian, inner, mongolia, yiwu), so
 * that on a page without Chinese text the content script can tell, before loading any data,
 * whether the word under the pointer can be a place name. Hyphenated forms are listed joined
 * (Shang-hai as shanghai): the hover gate reads a word across its hyphens (src/core/text/latin.ts).
 */
import { latinNames } from '../../core/detect/keys';
import type { Gazetteer } from '../../core/gazetteer';
import { latinKey } from '../../core/text/latin';

export function latinWords(gazetteer: Gazetteer): string[] {
  const words = new Set<string>();
  for (const d of gazetteer.divisions) {
    for (const name of latinNames(d)) {
      // A hyphenated name is listed joined (Lan-chou as lanchou, for Lanchou); the gate reads
      // a hyphenated word both whole and by its parts.
      if (name.includes('-')) words.add(latinKey(name));
      else for (const word of name.split(/\s+/)) if (word) words.add(latinKey(word));
    }
  }
  return [...words].sort();
}
