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

  it('reads a Taiwan township or Hong Kong district after its parent as that place, not the mainland one', () => {
    expect(names('我們到苗栗泰安泡溫泉')).toEqual([]);
    expect(names('屏東東港的黑鮪魚')).toEqual([]);
    expect(names('台北中山的夜市')).toEqual([]);
    expect(names('香港大埔的居民')).toEqual([]);
    expect(names('到泰安去爬泰山，再去東港')).toEqual(['泰安', '東港']);
    expect(names('山东泰安')).toEqual(['山东', '泰安']);
  });
});
