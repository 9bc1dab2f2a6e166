import { describe, expect, it } from 'vitest';
import { MAP_COLUMNS, MAP_ROWS, neighbour, TILES, type Direction } from '../../../src/ui/popup/map-tiles';
import { gazetteer } from '../../support/data';

const tile = (code: string) => TILES.find((t) => t.code === code)!;

describe('tile map', () => {
  it('places each of the 31 provincial divisions once, inside the grid, with no two on one cell', () => {
    const provinces = gazetteer.divisions.filter((d) => d.level === 'province').map((d) => d.code);
    expect(provinces).toHaveLength(31);
    expect(TILES.map((t) => t.code).sort()).toEqual([...provinces].sort());
    const cells = new Set(TILES.map((t) => `${t.row},${t.col}`));
    expect(cells.size).toBe(31);
    for (const t of TILES) {
      expect(t.row, t.code).toBeGreaterThanOrEqual(0);
      expect(t.row, t.code).toBeLessThan(MAP_ROWS);
      expect(t.col, t.code).toBeGreaterThanOrEqual(0);
      expect(t.col, t.code).toBeLessThan(MAP_COLUMNS);
    }
    expect(new Set(TILES.map((t) => t.iso)).size).toBe(31);
  });

  it('keeps the rough geography: north above south, west left of east', () => {
    expect(tile('230000').row).toBeLessThan(tile('440000').row); // 黑龙江 above 广东
    expect(tile('110000').row).toBeLessThan(tile('310000').row); // 北京 above 上海
    expect(tile('460000').row).toBe(Math.max(...TILES.map((t) => t.row))); // 海南 southmost
    expect(tile('650000').col).toBe(0); // 新疆 westmost
    expect(tile('540000').col).toBe(0); // 西藏
    expect(tile('510000').col).toBeLessThan(tile('500000').col); // 四川 west of 重庆
    expect(tile('310000').col).toBeGreaterThan(tile('320000').col); // 上海 east of 江苏
  });

  it('moves to the nearest tile with arrow keys, and reaches every tile from any other', () => {
    expect(neighbour('330000', 'down')?.code).toBe('350000'); // 浙江 → 福建
    expect(neighbour('230000', 'down')?.code).toBe('220000'); // 黑龙江 → 吉林
    expect(neighbour('320000', 'right')?.code).toBe('310000'); // 江苏 → 上海
    expect(neighbour('650000', 'left')).toBeNull();
    expect(neighbour('460000', 'down')).toBeNull();
    const directions: Direction[] = ['up', 'down', 'left', 'right'];
    const seen = new Set(['650000']);
    for (let frontier = ['650000']; frontier.length;) {
      frontier = frontier.flatMap((code) =>
        directions
          .map((d) => neighbour(code, d)?.code)
          .filter((c): c is string => !!c && !seen.has(c) && !!seen.add(c)),
      );
    }
    expect(seen.size).toBe(31);
  });
});
