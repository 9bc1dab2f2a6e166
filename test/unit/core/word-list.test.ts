import { describe, expect, it } from 'vitest';
import packedLatinWords from '../../../data/generated/latin-words.json';
import { lazyWordSet, packWords, unpackWords } from '../../../src/core/text/word-list';

describe('packed word list', () => {
  it('front-codes sorted words and unpacks them unchanged', () => {
    const words = ['shenzhen', 'aba', 'shantou', 'shan', 'aershan', 'shanghai', 'aba'];
    const packed = packWords(words);
    expect(packed).toBe('AabaBershanAshanEghaiEtouCenzhen');
    expect(unpackWords(packed)).toEqual(['aba', 'aershan', 'shan', 'shanghai', 'shantou', 'shenzhen']);
  });

  it('keeps a letter after the shared prefix when one word starts another', () => {
    expect(unpackWords(packWords(['nan', 'nana', 'nanan']))).toEqual(['nan', 'nana', 'nanan']);
  });

  it('refuses words it cannot pack, and text that is not a packed list', () => {
    expect(() => packWords(['xi\u2019an'])).toThrow(/not a lower-case/);
    expect(() => packWords(['Xian'])).toThrow(/not a lower-case/);
    expect(() => unpackWords('aba')).toThrow(/latin-words\.json/);
    expect(() => unpackWords('AabaEx')).toThrow(/shares more/);
    expect(() => unpackWords(42 as unknown as string)).toThrow(/latin-words\.json/);
  });

  it('unpacks only when first asked', () => {
    const broken = lazyWordSet('not packed');
    expect(() => broken.has('xian')).toThrow(/latin-words\.json/);
    const words = lazyWordSet(packWords(['xian', 'yiwu']));
    expect(words.has('yiwu')).toBe(true);
    expect(words.has('yi')).toBe(false);
  });

  it('the shipped list is packed, sorted and has the place words the gate needs', () => {
    const words = unpackWords(packedLatinWords);
    expect(words).toEqual([...words].sort());
    expect(words.length).toBeGreaterThan(1000);
    for (const word of ['beijing', 'xian', 'inner', 'mongolia', 'peking', 'yiwu', 'shanghai'])
      expect(words).toContain(word);
  });
});
