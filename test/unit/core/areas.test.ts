import { describe, expect, it } from 'vitest';
import { readAreasFile } from '../../../src/cli/data';
import { makeAreas } from '../../../src/core/areas';
import { directory, gazetteer } from '../../support/data';

const file = readAreasFile();
const areas = makeAreas(file, gazetteer, directory);
const one = (name: string) => {
  const found = areas.find(name);
  expect(found, name).toHaveLength(1);
  return found[0]!;
};

describe('new areas, cooperation zones and regions', () => {
  it.each([
    ['雄安新区', 'newArea', ['容城县', '安新县', '雄县'], ['bjo']],
    ['雄安', 'newArea', ['容城县', '安新县', '雄县'], ['bjo']],
    ['天府新區', 'newArea', ['成都市'], ['cdeto']],
    ['南沙新区', 'newArea', ['广州市'], ['gdeto']],
    ['兰州新区', 'newArea', ['永登县', '皋兰县'], ['bjo']],
    ['西海岸新区', 'newArea', ['黄岛区'], ['sheto']],
    ['前海', 'cooperationZone', ['深圳市'], ['gdeto']],
    ['前海深港現代服務業合作區', 'cooperationZone', ['深圳市'], ['gdeto']],
    ['横琴粤澳深度合作区', 'cooperationZone', ['珠海市'], ['gdeto']],
    ['河套深港科技创新合作区', 'cooperationZone', ['深圳市'], ['gdeto']],
  ])('%s is a %s hosted by %j, so served by %j', (name, kind, hosts, offices) => {
    const area = one(name);
    expect(area.kind).toBe(kind);
    expect(areas.hostsOf(area).map((d) => d.nameHans)).toEqual(hosts);
    expect(areas.officesOf(area).map((o) => o.id)).toEqual(offices);
  });

  it.each([
    ['粤港澳大湾区', 9, ['gdeto']],
    ['Greater Bay Area', 9, ['gdeto']],
    ['珠三角', 9, ['gdeto']],
    ['长三角', 4, ['sheto']],
    ['京津冀', 3, ['bjo']],
    ['成渝地区双城经济圈', 2, ['cdeto']],
    ['東北地區', 7, ['bjo']],
  ])('region %s: %i host divisions, the offices that serve their provinces: %j', (name, count, offices) => {
    const area = one(name);
    expect(area.kind).toBe('region');
    expect(area.hosts).toHaveLength(count);
    expect(areas.officesOf(area).map((o) => o.id)).toEqual(offices);
  });

  it('lists every office whose provinces a region touches, in the directory’s order', () => {
    const spanning = makeAreas(
      { ...file, areas: [{ ...file.areas[0]!, id: 'test', kind: 'region', hosts: ['420000', '110000', '440300'] }] },
      gazetteer,
      directory,
    );
    expect(spanning.officesOf(spanning.list[0]!).map((o) => o.id)).toEqual(['bjo', 'gdeto', 'wheto']);
  });

  it('names dated sources for every area, and refuses an unknown host or source', () => {
    for (const area of file.areas) {
      for (const key of area.sources) expect(file.sources[key]?.date, `${area.id} ${key}`).toBeTruthy();
    }
    const bad = (patch: object) => () =>
      makeAreas({ ...file, areas: [{ ...file.areas[0]!, ...patch }] }, gazetteer, directory);
    expect(bad({ hosts: ['999999'] })).toThrow(/unknown host 999999/);
    expect(bad({ sources: ['A999'] })).toThrow(/unknown source A999/);
  });

  it('does not take a name that is also something else (河套, the Hetao plain)', () => {
    expect(areas.find('河套')).toEqual([]);
  });
});
