/**
 * Surnames that make a capitalised neighbour part of a person's name, not a place: Zhao Ziyang,
 * and in the Wade-Giles of older wire copy and books, Chao Tzu-yang (资阳 is Tzu-yang too).
 * Read through latinKey, so Hsü and Hsu, Ch'en and Chen are one.
 */
import { latinKey } from '../text/latin';

/** The commonest surnames in pinyin. */
export const PINYIN_SURNAMES = (
  'wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin luo gao zheng liang xie song tang ' +
  'han feng deng cao peng zeng xiao tian dong pan yuan cai jiang du ye cheng wei su lu ding ren shen yao cui ' +
  'zhong tan fan jin shi qian qin mao xiong bai kong meng'
).split(' ');

/**
 * The Wade-Giles spellings of those surnames that their pinyin does not already spell (Chang for
 * Zhang, Hsü for Xu, Teng for Deng, Chiang for Jiang), as data/divisions/wade-giles.tsv spells
 * them; a unit test derives the list from that table again.
 */
export const WADE_GILES_SURNAMES = (
  "chang chao chou hsü chu kuo ho lo kao hsieh sung teng ts'ao tseng hsiao t'ien tung ts'ai chiang tu yeh " +
  "ting jen ts'ui chung chin shih ch'ien ch'in hsiung pai k'ung"
).split(' ');

/** Hong Kong and Cantonese spellings. */
const HONG_KONG_SURNAMES = 'lee chan wong cheung lau ng leung lam tsang yip kwok'.split(' ');

const SURNAMES = new Set([...PINYIN_SURNAMES, ...WADE_GILES_SURNAMES, ...HONG_KONG_SURNAMES].map(latinKey));

export function isLatinSurname(word: string): boolean {
  return SURNAMES.has(latinKey(word));
}
