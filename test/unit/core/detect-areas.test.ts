import { describe, expect, it } from 'vitest';
import { makeDetector } from '../../../src/core/detect/detect';
import { gazetteer } from '../../support/data';

const detector = makeDetector(gazetteer);
/** Each detection as its text, with `@area` when it names an area. */
const found = (text: string, countyShortNames = false) =>
  detector.detect(text, { countyShortNames }).map((d) => text.slice(d.start, d.end) + (d.area ? `@${d.area}` : ''));

describe('detector: new areas, cooperation zones and regions', () => {
  it.each([
    ['雄安新区建设进展顺利', ['雄安新区@xiongan']],
    ['落户雄安的企业', ['雄安@xiongan']],
    // The province or city before the area stays a place of its own.
    ['四川天府新区管委会', ['四川', '天府新区@tianfu']],
    ['广州南沙新区的港口', ['广州', '南沙新区@nansha']],
    ['在前海注册的港资企业', ['前海@qianhai']],
    ['前海深港現代服務業合作區', ['前海深港現代服務業合作區@qianhai']],
    ['橫琴粵澳深度合作區', ['橫琴粵澳深度合作區@hengqin']],
    ['澳门居民到横琴工作', ['横琴@hengqin']],
    ['深港河套的科研机构', ['河套@hetao']],
    ['河套深港科技创新合作区', ['河套深港科技创新合作区@hetao']],
    ['粤港澳大湾区发展规划纲要', ['粤港澳大湾区@gba']],
    ['大灣區青年就業計劃', ['大灣區@gba']],
    ['长三角一体化', ['长三角@yrd']],
    ['珠三角九市', ['珠三角九市@prd']],
    ['京津冀协同发展', ['京津冀@jjj']],
    ['成渝地區雙城經濟圈', ['成渝地區雙城經濟圈@chengyu']],
    ['东北三省的冬天', ['东北@northeast']],
  ])('%s → %j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    // Guarded: 河套 is also the Hetao plain of Inner Mongolia, 东北 also "north-east".
    ['内蒙古河套平原', ['内蒙古']],
    ['巴彦淖尔的河套灌区', ['巴彦淖尔']],
    ['广场在西客站的东北面', []],
    ['美国东北地区的大学', []],
    // A word of the lexicon cuts 前海, and so does "ago".
    ['目前海内外仅存三部', []],
    ['以前海南黄花梨价格飞涨', ['海南']],
    ['20多年前海盗号飞船', []],
  ])('%s → %j: not the area', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('takes the area over the division names inside it', () => {
    expect(found('雄安新区', true)).toEqual(['雄安新区@xiongan']); // not 安新 (安新县)
    expect(found('南沙新区', true)).toEqual(['南沙新区@nansha']); // not 南沙 (南沙区)
    expect(found('南沙的游艇码头', true)).toEqual(['南沙']); // the district itself
  });

  it('names the hosts as the detection’s codes, for the office colour and the page’s list', () => {
    const [zone] = detector.detect('前海');
    expect(zone).toMatchObject({ codes: ['440300'], area: 'qianhai' });
    const [region] = detector.detect('长三角');
    expect(region!.codes).toEqual(['310000', '320000', '330000', '340000']);
  });
});
