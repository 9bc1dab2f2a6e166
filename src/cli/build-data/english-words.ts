/**
 * English words (word-list 4.1.0, MIT, about 275,000 lower-case words from SCOWL), against which
 * generated romanizations are checked: a spelling that is also an English word is not read as a place.
 */
import fs from 'node:fs';
import wordListPath from 'word-list';

export function englishWords(): (word: string) => boolean {
  const words = new Set(fs.readFileSync(wordListPath, 'utf8').split('\n'));
  return (word) => words.has(word);
}
