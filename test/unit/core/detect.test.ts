import { describe, expect, it } from 'vitest';
import { makeDetector, type Detection } from '../../../src/core/detect/detect';
import { gazetteer } from '../../support/data';

const detector = makeDetector(gazetteer);
const found = (text: string, options?: Parameters<typeof detector.detect>[1]): Array<[string, string[]]> =>
  detector.detect(text, options).map((d) => [text.slice(d.start, d.end), d.codes]);
const names = (text: string) => found(text).map(([name]) => name);

describe('detector: what it finds', () => {
  it('finds short and full names in both scripts', () => {
    expect(found('我住在深圳，去年去过杭州和北京。')).toEqual([
      ['深圳', ['440300']],
      ['杭州', ['330100']],
      ['北京', ['110000']],
    ]);
    expect(names('上星期我到了瀋陽，然後去義烏。')).toEqual(['瀋陽', '義烏']);
    expect(names('浙江省杭州市余杭区')).toEqual(['浙江省', '杭州市', '余杭区']);
    expect(names('恩施州和延边州')).toEqual(['恩施州', '延边州']);
    expect(names('新疆维吾尔自治区乌鲁木齐市')).toEqual(['新疆维吾尔自治区', '乌鲁木齐市']);
  });

  it('finds Latin names on English pages, with their level word', () => {
    expect(found("From Shenzhen to Xi'an (or Xian), then Urumqi.")).toEqual([
      ['Shenzhen', ['440300']],
      ["Xi'an", ['610100']],
      ['Xian', ['610100']],
      ['Urumqi', ['650100']],
    ]);
    expect(found('Hangzhou City and Guangdong Province')).toEqual([
      ['Hangzhou City', ['330100']],
      ['Guangdong Province', ['440000']],
    ]);
    expect(found('Jilin Province and Jilin City')).toEqual([
      ['Jilin Province', ['220000']],
      ['Jilin City', ['220200']],
    ]);
  });

  it('keeps Latin names to capitalised words of their own', () => {
    expect(names('the shenzhen office; Shenzhenese; XShenzhen; Shenzhen2')).toEqual([]);
    expect(names('Wang Jian met Li Changchun and Lhasa Wong')).toEqual([]);
    expect(names('Tibet, Xizang, Inner Mongolia')).toEqual(['Tibet', 'Xizang', 'Inner Mongolia']);
  });

  it('answers ambiguity with every candidate, best first', () => {
    expect(found('吉林')).toEqual([['吉林', ['220000', '220200']]]);
    expect(found('通州区')[0]![1]).toEqual(['110112', '320612']);
    const [, gulouNanjing, , gulouFuzhou] = found('南京鼓楼区和福州鼓楼区');
    expect(gulouNanjing![1]).toHaveLength(4);
    expect(gulouNanjing![1][0]).toBe('320106');
    expect(gulouFuzhou![1][0]).toBe('350102');
    expect(found('Suzhou')[0]![1]).toEqual(['320500', '341300']);
    expect(found('Yulin')[0]![1]).toEqual(['450900', '610800']);
  });

  it('finds districts and counties with their suffix, bare only behind the setting', () => {
    expect(names('他住在鼓楼区，常去浦东新区和余杭区。')).toEqual(['鼓楼区', '浦东新区', '余杭区']);
    expect(names('他在余杭工作')).toEqual([]);
    expect(found('他在余杭工作', { countyShortNames: true })).toEqual([['余杭', ['330110']]]);
  });

  it('finds county-level cities by their short name', () => {
    expect(found('义乌小商品')).toEqual([['义乌', ['330782']]]);
  });
});

describe('detector: what it leaves alone', () => {
  it.each([
    ['common words', '双方加强合作，东方红太阳升。', []],
    ['a person named like a city', '李长春同志出席会议。', []],
    ['a name inside a longer word', '我们在沿海城市研究重大理论问题。', []],
    ['a suffix that starts the next word', '北京市民和重庆市郊', ['北京', '重庆']],
    ['a street named after a place', '上海南京路和香港廣東道', ['上海']],
    ['a street with a direction, and no name inside it', '上海南京东路、中山南二路和台北忠孝東路', ['上海']],
    ['but a place after a direction and a road', '从北京一路向南，到广州', ['北京', '广州']],
    ['a Hong Kong place containing a mainland name', '長沙灣和天水圍', []],
    ['an idiom', '国家长治久安', []],
    ['a transliterated name', '迈克尔·坎宁安的小说', []],
  ])('%s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('accepts a common word with evidence: a suffix, a parent, a list', () => {
    expect(names('甘肃合作市')).toEqual(['甘肃', '合作市']);
    expect(names('甘南州合作')).toEqual(['甘南州', '合作']);
    expect(names('柳州、来宾、贺州')).toEqual(['柳州', '来宾', '贺州']);
  });
});

describe('detectAt: the name under a character', () => {
  it('finds the name covering any of its characters', () => {
    const text = '去年去过杭州和北京';
    for (const index of [4, 5]) expect(detector.detectAt(text, index)?.codes).toEqual(['330100']);
    expect(detector.detectAt(text, 6)).toBeNull();
  });

  it('finds a name in a long text, with offsets into the whole text', () => {
    const text = `${'无关的文字。'.repeat(2000)}我在杭州。${'无关的文字。'.repeat(2000)}`;
    const at = text.indexOf('杭州');
    const hit = detector.detectAt(text, at + 1) as Detection;
    expect(text.slice(hit.start, hit.end)).toBe('杭州');
  });
});
