import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DATA_DIR } from '../../../src/cli/data';
import { makeDetector } from '../../../src/core/detect/detect';
import { loadLexicon } from '../../../src/core/detect/lexicon';
import { makeWordReader } from '../../../src/core/detect/words';
import { gazetteer } from '../../support/data';

const lexiconFile = JSON.parse(fs.readFileSync(path.join(DATA_DIR, 'generated/lexicon.json'), 'utf8')) as Record<
  string,
  unknown
>;

describe('lexicon file', () => {
  it('is checked at load: a malformed file is refused with the field named', () => {
    expect(() => loadLexicon({ ...lexiconFile, heads: '沿海' })).toThrow(/one \| each/);
    expect(() => loadLexicon({ ...lexiconFile, format: 2 })).toThrow();
    expect(() => loadLexicon({ ...lexiconFile, extra: '' })).toThrow();
    expect(() => loadLexicon(null)).toThrow();
  });

  it('names its source and holds words of both scripts', () => {
    const lexicon = loadLexicon(lexiconFile);
    expect(lexiconFile.source).toMatch(/^@node-rs\/jieba \d+\.\d+\.\d+ dict\.txt/);
    expect(lexicon.heads.has('沿|海')).toBe(true);
    expect(lexicon.tails.has('理|论')).toBe(true);
    expect(lexicon.tails.has('理|論')).toBe(true);
    // Place names are judged by the overlap rules, never as words that cut another name.
    expect(lexicon.heads.has('江|西')).toBe(false);
    expect(lexicon.tails.has('西|安')).toBe(false);
  });

  it('reads the words around a name', () => {
    const read = makeWordReader(loadLexicon(lexiconFile));
    expect(read('沿海城市', 1, 4)).toEqual({ crossesStart: true, crossesEnd: false });
    expect(read('重大理论', 1, 3)).toEqual({ crossesStart: true, crossesEnd: true });
    expect(read('南京和成都', 3, 5)).toEqual({ crossesStart: false, crossesEnd: false });
    expect(read('登上长白山', 3, 5)).toEqual({ crossesStart: true, crossesEnd: false });
  });
});

describe('detection without the platform segmenter', () => {
  afterEach(() => vi.unstubAllGlobals());

  // Firefox's ICU splits these differently from Chromium's and Node's (南京|和成|都, 在江|西安|义县,
  // 重庆|市南|岸|区): the verdict must not depend on any segmenter.
  const SENTENCES = ['南京和成都', '在江西安义县', '重庆市南岸区', '派往常德', '沿海城市', '重大理论', '李长春说'];

  // A new detector for each run: a segmenter would be created on first use.
  const detectAll = () => {
    const detector = makeDetector(gazetteer);
    return SENTENCES.map((text) => detector.detect(text).map((d) => text.slice(d.start, d.end)));
  };

  it('gives the same verdicts with Intl.Segmenter removed', () => {
    const before = detectAll();
    vi.stubGlobal('Intl', { ...Intl, Segmenter: undefined });
    expect(detectAll()).toEqual(before);
    expect(before).toEqual([['南京', '成都'], ['江西', '安义县'], ['重庆市', '南岸区'], ['常德'], [], [], []]);
  });
});
