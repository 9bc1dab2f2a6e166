/**
 * The popup's map: the 31 provincial divisions as a grid cartogram, one equal tile each, placed
 * roughly where they lie (north up, west left). Equal tiles let small Beijing, Tianjin and
 * Shanghai be read and clicked as easily as Xinjiang; the price is that shapes and areas are lost.
 */

export interface Tile {
  code: string;
  row: number;
  col: number;
  /** ISO 3166-2:CN letters, the tile's label under the English interface (names do not fit). */
  iso: string;
}

export const MAP_COLUMNS = 8;
export const MAP_ROWS = 8;

// prettier-ignore
export const TILES: readonly Tile[] = [
  { code: '230000', row: 0, col: 7, iso: 'HL' }, // 黑龙江
  { code: '150000', row: 1, col: 4, iso: 'NM' }, // 内蒙古
  { code: '110000', row: 1, col: 5, iso: 'BJ' }, // 北京
  { code: '210000', row: 1, col: 6, iso: 'LN' }, // 辽宁
  { code: '220000', row: 1, col: 7, iso: 'JL' }, // 吉林
  { code: '650000', row: 2, col: 0, iso: 'XJ' }, // 新疆
  { code: '620000', row: 2, col: 1, iso: 'GS' }, // 甘肃
  { code: '640000', row: 2, col: 2, iso: 'NX' }, // 宁夏
  { code: '140000', row: 2, col: 3, iso: 'SX' }, // 山西
  { code: '130000', row: 2, col: 4, iso: 'HE' }, // 河北
  { code: '120000', row: 2, col: 5, iso: 'TJ' }, // 天津
  { code: '540000', row: 3, col: 0, iso: 'XZ' }, // 西藏
  { code: '630000', row: 3, col: 1, iso: 'QH' }, // 青海
  { code: '610000', row: 3, col: 2, iso: 'SN' }, // 陕西
  { code: '410000', row: 3, col: 3, iso: 'HA' }, // 河南
  { code: '370000', row: 3, col: 4, iso: 'SD' }, // 山东
  { code: '510000', row: 4, col: 1, iso: 'SC' }, // 四川
  { code: '500000', row: 4, col: 2, iso: 'CQ' }, // 重庆
  { code: '420000', row: 4, col: 3, iso: 'HB' }, // 湖北
  { code: '340000', row: 4, col: 4, iso: 'AH' }, // 安徽
  { code: '320000', row: 4, col: 5, iso: 'JS' }, // 江苏
  { code: '310000', row: 4, col: 6, iso: 'SH' }, // 上海
  { code: '530000', row: 5, col: 1, iso: 'YN' }, // 云南
  { code: '520000', row: 5, col: 2, iso: 'GZ' }, // 贵州
  { code: '430000', row: 5, col: 3, iso: 'HN' }, // 湖南
  { code: '360000', row: 5, col: 4, iso: 'JX' }, // 江西
  { code: '330000', row: 5, col: 5, iso: 'ZJ' }, // 浙江
  { code: '450000', row: 6, col: 2, iso: 'GX' }, // 广西
  { code: '440000', row: 6, col: 3, iso: 'GD' }, // 广东
  { code: '350000', row: 6, col: 4, iso: 'FJ' }, // 福建
  { code: '460000', row: 7, col: 3, iso: 'HI' }, // 海南
];

export type Direction = 'up' | 'down' | 'left' | 'right';

const STEP: Record<Direction, readonly [number, number]> = { up: [-1, 0], down: [1, 0], left: [0, -1], right: [0, 1] };

/**
 * The tile an arrow key moves to from `code`: the nearest one that way, straight on preferred over
 * sideways, or null at the edge. Gaps in the grid are jumped, so every tile can be reached.
 */
export function neighbour(code: string, direction: Direction): Tile | null {
  const from = TILES.find((tile) => tile.code === code);
  if (!from) return null;
  const [dRow, dCol] = STEP[direction];
  let best: Tile | null = null;
  let bestScore = Infinity;
  for (const tile of TILES) {
    const ahead = (tile.row - from.row) * dRow + (tile.col - from.col) * dCol;
    if (ahead <= 0) continue;
    const aside = Math.abs(dRow ? tile.col - from.col : tile.row - from.row);
    const score = ahead + 2 * aside;
    if (score < bestScore) [best, bestScore] = [tile, score];
  }
  return best;
}
