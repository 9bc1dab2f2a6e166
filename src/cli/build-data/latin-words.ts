/**
 * The words that start or make up a Latin place name (shenzhen, xian, inner, mongolia), so that
 * on a page without Chinese text the content script can tell, before loading any data, whether
 * the word under the pointer can be a place name.
 */
import { latinNames } from '../../core/detect/keys';
import type { Gazetteer } from '../../core/gazetteer';

export function latinWords(gazetteer: Gazetteer): string[] {
  const words = new Set<string>();
  for (const d of gazetteer.divisions) {
    for (const name of latinNames(d)) {
      for (const word of name.normalize('NFD').replace(/[\u0300-\u036f']/g, '').toLowerCase().split(/\s+/)) {
        if (word) words.add(word);
      }
    }
  }
  return [...words].sort();
}
