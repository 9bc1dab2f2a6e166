import { describe, expect, it } from 'vitest';
import { hasHan } from '../../../src/core/text/chars';
import { hasLatinName, worthALook } from '../../../src/core/worth-a-look';

const latin = new Set(['xian', 'hangzhou', 'shenzhen', 'shanghai']);

describe('text worth a look', () => {
  it.each([
    ['深圳', true],
    ['English with one 字', true],
    ['㐀 (Extension A) and 豈 (compatibility)', true],
    ['かな and 한글 only', false],
    ['', false],
  ])('Han in %j: %s', (text, expected) => {
    expect(hasHan(text)).toBe(expected);
  });

  it.each([
    ["We flew to Xi'an.", true],
    ['We flew to Xi’an.', true],
    // Every apostrophe and hyphen the hover gate and detection accept (src/core/text/chars.ts).
    ['We flew to Xi′an.', true],
    ['We flew to Xiʼan.', true],
    ['Shang-hai, in an old spelling', true],
    ['A Shenzhen-based firm', true],
    ['HANGZHOU is capitalised', true],
    ['hangzhou in lower case is not a name', false],
    ['Shenzhenese is another word', false],
    ['Ordinary English text', false],
  ])('a Latin name in %j: %s', (text, expected) => {
    expect(hasLatinName(text, latin)).toBe(expected);
  });

  it('looks for Latin names only when given the words', () => {
    expect(worthALook('Off to Hangzhou', null)).toBe(false);
    expect(worthALook('Off to Hangzhou', latin)).toBe(true);
    expect(worthALook('去杭州', null)).toBe(true);
  });
});
