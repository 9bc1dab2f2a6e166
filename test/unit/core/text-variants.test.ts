/**
 * Detection, search and the hover gate read Latin names through one module (src/core/text):
 * every spelling one of them accepts, the others accept too. Before it, Xi′an (with U+2032) was
 * underlined by highlight-all but ignored on hover.
 */
import { describe, expect, it } from 'vitest';
import { makeDetector } from '../../../src/core/detect/detect';
import { makeSearchIndex } from '../../../src/core/search';
import { APOSTROPHES, SPACES } from '../../../src/core/text/chars';
import { mayBePlaceName } from '../../../src/core/text/gate';
import latinWordList from '../../../data/generated/latin-words.json';
import { directory, gazetteer } from '../../support/data';
import { unpackWords } from '../../../src/core/text/word-list';
import { hasLatinName } from '../../../src/core/worth-a-look';

const detector = makeDetector(gazetteer);
const latinWords = new Set(unpackWords(latinWordList));
const index = makeSearchIndex(gazetteer, directory);

/** Each spelling, with the division it names. */
const spellings: Array<[string, string]> = [
  ...[...APOSTROPHES].map((apostrophe): [string, string] => [`Xi${apostrophe}an`, '610100']),
  ...[...SPACES].map((space): [string, string] => [`Inner${space}Mongolia`, '150000']),
  ['Inner-Mongolia', '150000'],
  ['Shang-hai', '310000'],
  ['XI’AN', '610100'],
  ['Ürümqi', '650100'],
  ['Peking', '110000'],
];

describe('one reading of Latin names for detection, search, the hover gate and the frame probe', () => {
  it.each(spellings)('%s', (spelling, code) => {
    const text = `They flew to ${spelling} on Monday.`;
    const start = text.indexOf(spelling);
    const detections = detector.detect(text);
    expect(detections.map((d) => [text.slice(d.start, d.end), d.codes[0]])).toEqual([[spelling, code]]);
    for (let i = start; i < start + spelling.length; i++) {
      const unit = text.charCodeAt(i);
      // The gate is asked about letters and the marks inside a word; a space between words is
      // not a place to point at.
      if (SPACES.includes(String.fromCharCode(unit))) continue;
      expect(mayBePlaceName(text, i, latinWords), `${spelling} at ${i - start}`).toBe(true);
    }
    const hit = index.search(spelling)[0];
    expect(hit?.kind === 'division' && hit.division.code, spelling).toBe(code);
    // And the bootstrap's probe of a frame, with Underline all on, loads the detector for it.
    expect(hasLatinName(text, latinWords), spelling).toBe(true);
  });

  it('keeps the gate shut on words that are no place', () => {
    const text = 'Don′t look at the well-known café.';
    for (let i = 0; i < text.length; i++) expect(mayBePlaceName(text, i, latinWords), text[i]).toBe(false);
    expect(hasLatinName(text, latinWords)).toBe(false);
  });
});
