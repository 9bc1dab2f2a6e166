import { describe, expect, it } from 'vitest';
import { makeDetector } from '../../../src/core/detect/detect';
import { gazetteer } from '../../support/data';

const detector = makeDetector(gazetteer);
const names = (text: string) => detector.detect(text).map((d) => text.slice(d.start, d.end));

describe('detector: titles, areas and parents around a name', () => {
  it('reads 长 after a title character as the title’s, unless a place ends there', () => {
    expect(names('中国代表团团长沙祖康发表讲话')).toEqual([]);
    expect(names('基础设施部长沙龙等人')).toEqual([]);
    expect(names('湖南省长沙市')).toEqual(['湖南省', '长沙市']);
    expect(names('回老家长治')).toEqual(['长治']);
    expect(names('他去长沙开会')).toEqual(['长沙']);
  });

  it('reads a place and a word for a kind of area, not a district, where the place ends on its first character', () => {
    expect(names('广东山区面积占陆地总面积的三分之二')).toEqual(['广东']);
    expect(names('山西城区的空气')).not.toContain('西城区');
    expect(names('市建委调配给房山区的房源')).toEqual(['房山区']);
    expect(names('鹤岗市东山区')).toEqual(['鹤岗市', '东山区']);
  });

  it('lets a parent named right before outweigh a word across the edge', () => {
    expect(names('广西北海的银滩')).toEqual(['广西', '北海']);
    expect(names('西北海拔很高')).toEqual([]);
  });

  it('takes a common-word name for the place where its parent is named in the same sentence', () => {
    expect(names('北海位于广西南部，是一座海滨城市。')).toEqual(['北海', '广西']);
    expect(names('广西的北海银滩很有名')).toEqual(['广西', '北海']);
    expect(names('南县隶属湖南省益阳市')).toEqual(['南县', '湖南省', '益阳市']);
    // Not across a sentence's end, nor beyond a parent's reach.
    expect(names('北海的油田很深。广西也有油田')).toEqual(['广西']);
    expect(names('北海的油田，英国和挪威的公司都参加了开发，这一次连远在中国的广西也有')).toEqual(['广西']);
    // Nor against a place read across it (湖南|县域), nor for a district named for what it is (北郊区).
    expect(names('湖南省益阳市的湖南县域经济')).toEqual(['湖南省', '益阳市', '湖南']);
    expect(names('北郊区几家水泥厂停产，缺电给山西带来损失')).toEqual(['山西']);
  });

  it('reads a common-word name that starts a word of the dictionary as that word, whatever the context', () => {
    expect(names('广西游客去日本北海道滑雪')).toEqual(['广西']);
    expect(names('广西代表团参观了北京北海公园')).toEqual(['广西', '北京']);
    expect(names('北海舰队与广西无关')).toEqual(['广西']);
    expect(names('吉林游客爱喝龙井茶')).toEqual(['吉林']);
    expect(names('辽宁游客参观北京朝阳门')).toEqual(['辽宁', '北京']);
  });

  it('finds 南县, a county named by a direction, as other one-character names are', () => {
    expect(names('他们去南县考察')).toEqual(['南县']);
    expect(names('江南县城')).toEqual([]);
  });

  it('reads a Taiwan township or Hong Kong district after its parent as that place, not the mainland one', () => {
    expect(names('我們到苗栗泰安泡溫泉')).toEqual([]);
    expect(names('屏東東港的黑鮪魚')).toEqual([]);
    expect(names('台北中山的夜市')).toEqual([]);
    expect(names('香港大埔的居民')).toEqual([]);
    expect(names('到泰安去爬泰山，再去東港')).toEqual(['泰安', '東港']);
    expect(names('山东泰安')).toEqual(['山东', '泰安']);
  });
});
