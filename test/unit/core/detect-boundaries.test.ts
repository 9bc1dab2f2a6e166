import { describe, expect, it } from 'vitest';
import { makeDetector } from '../../../src/core/detect/detect';
import { gazetteer } from '../../support/data';

const detector = makeDetector(gazetteer);
const names = (text: string) => detector.detect(text).map((d) => text.slice(d.start, d.end));

describe('detector: word and landform boundaries', () => {
  it('does not read a name across the words around it', () => {
    expect(names('沿海城市')).toEqual([]);
    expect(names('重大理论')).toEqual([]);
    expect(names('居世界首位')).toEqual([]);
    expect(names('种子长成')).toEqual([]);
    expect(names('南京和成都')).toEqual(['南京', '成都']);
    expect(names('在江西安义县')).toEqual(['江西', '安义县']);
    expect(names('派往常德')).toEqual(['常德']);
  });

  it('leaves a city inside the name of a mountain', () => {
    expect(names('千佛山')).toEqual([]);
    expect(names('登上长白山')).toEqual([]);
    expect(names('长江的入海口和珠江的出海口')).toEqual([]);
    expect(names('广东佛山')).toEqual(['广东', '佛山']);
  });

  it('leaves a city inside the name of a place abroad, and keeps one named beside a word', () => {
    expect(names('美国佛罗里达州')).toEqual([]);
    // Traditional as Taiwan and Hong Kong write it, 里 and not 裏 or 裡.
    expect(names('美國佛羅里達州')).toEqual([]);
    expect(names('澳大利亞昆士蘭州')).toEqual([]);
    expect(names('马里兰州和明尼苏达州')).toEqual([]);
    expect(names('云南昆明')).toEqual(['云南', '昆明']);
    expect(names('中国宁波')).toEqual(['宁波']);
  });

  it('leaves a name inside a landform named after a place the settings leave unreported', () => {
    // 南沙湾 is Nansha Bay (南沙, Guangzhou's district), not 沙湾区 (Leshan) nor 沙湾 (Xinjiang).
    expect(names('广东自贸区南沙湾区块')).toEqual(['广东']);
    expect(names('南沙湾区')).toEqual([]);
    expect(names('他去过沙湾')).toEqual(['沙湾']);
    expect(names('到沙湾区')).toEqual(['沙湾区']);
    // With bare districts reported, 南沙 itself competes for the characters and wins.
    expect(detector.detect('南沙湾区块', { countyShortNames: true }).map((d) => d.codes[0])).toEqual(['440115']);
  });

  it('leaves a name that starts a longer one of another place, unless that lies within it', () => {
    // 龙泉驿 is Chengdu's district, not Zhejiang's 龙泉市; 沙河口区 is Dalian's, not Hebei's 沙河市.
    expect(names('一幅龙泉驿的美好远景')).toEqual([]);
    expect(names('大连市沙河口区')).toEqual(['大连市', '沙河口区']);
    expect(names('龙泉的宝剑')).toEqual(['龙泉']);
    // 岳阳楼 (a district of 岳阳) is in 岳阳: the city stays.
    expect(names('《岳阳楼记》')).toEqual(['岳阳']);
  });

  it('reads a direction from a river or mountain as a direction, not a province', () => {
    expect(names('清水河南侧')).toEqual([]);
    expect(names('檜山西北坡')).toEqual([]);
    expect(names('东湖南岸')).toEqual([]);
    // After 与 or 在 the landform's name does not go on: the province is meant.
    expect(names('与山东南部')).toEqual(['山东']);
    expect(names('在湖南东部')).toEqual(['湖南']);
  });

  it('takes 小 before a name for a nickname', () => {
    expect(names('小沈阳的小品')).toEqual([]);
    expect(names('从小北京长大')).toEqual(['北京']);
  });

  it('accepts an autonomous region written as a province', () => {
    expect(names('我在广西省玉林市')).toEqual(['广西省', '玉林市']);
    expect(names('內蒙古省')).toEqual(['內蒙古省']);
    expect(names('新疆省委')).toEqual(['新疆省委']);
  });
});

describe('detector: Latin names of streets', () => {
  it('leaves a street named after a city', () => {
    expect(names('He lives on Beijing West Road in Shanghai.')).toEqual(['Shanghai']);
    expect(names('North Chongqing Road, Taipei')).toEqual([]);
    expect(names('Nanjing Lu is busy; Nanjing is not.')).toEqual(['Nanjing']);
  });
});
