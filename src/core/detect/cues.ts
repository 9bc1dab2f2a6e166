/** The characters and phrases around a name that the detection rules read. */
import { charSet } from '../text/chars';

/** A suffix followed by one of these starts another word: 北京|市民, 重庆|市郊, 辽宁|省直, 代|县长. */
export const SUFFIX_WORDS = new Set(
  (
    '市民 市场 市場 市郊 市区 市區 市域 市长 市長 市面 市值 市井 市容 市直 市况 市況 市价 市價 ' +
    '省会 省會 省直 县城 縣城 县长 縣長 县直 縣直 区域 區域 区长 區長'
  ).split(' '),
);
export const isSuffix = charSet('市省县縣区區州旗盟');

/** Separators in a list or route of places: 杭州、宁波和温州; 西安至安康. */
export const isListSeparator = charSet('、，,/和与與及暨至到经經');

/**
 * Words that govern a place (在, 往, 赴 …): right before a name they support reading it as a place
 * even when ICU joins them to the name's first character (派往常德 read as 往常|德).
 */
export const isGoverning = charSet('在到去往至赴从從来來回抵离離经經住于於自飞飛返向由');

/**
 * Common single-character surnames, in both scripts. A two-character name right after one, read
 * by ICU as a word of its own, is a given name (李|长春, 毛|大庆). Characters that are more often
 * words of their own before a place (于, 向, 同, 任, 万 …) or end given names (林, 金, 江, 龙 …:
 * 记者聂春林|武汉报道) are left out.
 */
export const isSurname = charSet(
  '王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖' +
    '萧蕭董袁潘蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁沈姚卢盧姜崔谭譚陆陸汪范廖贾賈韦韋邹鄒熊邱薛闫閆' +
    '段雷侯郝龚龔邵钱錢覃尹毛孟秦史夏武钟鍾戴严嚴',
);

/**
 * A bare name followed by one of these names something else that carries the place's name: a
 * street (南京路, 廣東道 in Hong Kong), a village or a town (泰安村, 南平里). 街头 and 街道 are
 * the place's own streets (成都街头), so 街 counts only before other characters.
 */
export const isNamedThingAfter = charSet('路巷村里鄉乡鎮镇');
const isStreetJieWord = charSet('头頭道上');
export const isStreetJie = (next: number, afterNext: number) => next === 0x8857 && !isStreetJieWord(afterNext);
/** 道 names a street only at the end of a phrase (北京道, 廣東道上); 道路 and 道理 are other words. */
export const isStreetDao = (next: number, afterNext: number) =>
  next === 0x9053 && !(afterNext === 0x8def || afterNext === 0x7406 || afterNext === 0x6559 || afterNext === 0x5fb7);

/**
 * A street named after the place with a direction, and in long ones a section number, before
 * its word: 南京东路 and 中山北一路 in Shanghai, 忠孝東路 and 南京東路 in Taipei, Guangzhou's
 * 中山五路. Not 街头 and 街道 (the place's own streets, as above).
 */
export const DIRECTED_STREET = /^[东西南北中東][一二三四五六七八九十]{0,2}(?:路|大道|大街|街(?![头頭道上])|巷)/;

/** The middle dot of transliterated foreign names (迈克尔·坎宁安). */
export const isNameDot = charSet('·・•‧');

/**
 * Fixed phrases in which a place name does not name the place: idioms, and Hong Kong places
 * that contain a mainland name (長沙灣 is not 长沙, 天水圍 is not 天水).
 */
export const PHRASES = [
  '長沙灣',
  '长沙湾',
  '天水圍',
  '天水围',
  '清水灣',
  '清水湾',
  '长治久安',
  '長治久安',
  '天长地久',
  '天長地久',
  '天长日久',
  '天長日久',
  '一视同仁',
  '一視同仁',
  '四平八稳',
  '四平八穩',
  '大同小异',
  '大同小異',
  '世界大同',
  '白山黑水',
  '仁者乐山',
  '仁者樂山',
  '东山再起',
  '東山再起',
  '安居乐业',
  '安居樂業',
  // Offices and tunes of classical texts, a transliterated state.
  '大理寺',
  '大理卿',
  '大理院',
  '大理评事',
  '大理評事',
  '临江仙',
  '臨江仙',
  '阳春白雪',
  '陽春白雪',
  '天门冬',
  '天門冬',
  '马里兰州',
  '馬里蘭州',
];

/** A name followed by a regnal year is a reign title: 康定元年, 紹興二十一年（一一五一）. */
export const REIGN_YEAR = /^(元年|[一二三四五六七八九十]{1,3}年[（(])/;

/**
 * 小 before a two-character name makes a nickname (小沈阳, the comedian), unless it is part of
 * a word before it (大小, 从小, 最小).
 */
export function isNicknamePrefix(text: string, start: number): boolean {
  return text.charCodeAt(start - 1) === 0x5c0f && !isWordBeforeXiao(start >= 2 ? text.charCodeAt(start - 2) : 0);
}
const isWordBeforeXiao = charSet('大从從最较較很太更缩縮短弱矮');

/**
 * A street named after the place, in another city: "Beijing West Road", "North Chongqing Road",
 * "Nanjing Lu". Read after the name.
 */
export const LATIN_STREET =
  /^(\s+(East|West|North|South|Middle|Central|E\.|W\.|N\.|S\.))?\s+(Road|Rd\.?|Street|St\.|Avenue|Ave\.?|Lu|Jie|Dadao|Boulevard)\b/;

/**
 * Characters that make a title with a 长 after them: 团长, 部长, 院长, 董事长's 事 … (not 省, 市 or
 * 县, which end places, nor 家: 老家|长治).
 */
export const isTitleHead = charSet('团團部校院局处處科所行厂廠社班队隊组組会會署司首船机機馆館站事书書');

/** Words for a kind of area that end some district names: 东山区 in 广东山区 is "Guangdong's mountain areas". */
export const AREA_WORDS = new Set(
  '山区 山區 城区 城區 市区 市區 郊区 郊區 矿区 礦區 景区 景區 社区 社區 园区 園區 小区 小區 湾区 灣區 地区 地區 灾区 災區 牧区 牧區 林区 林區 老区 老區 新区 新區'.split(
    ' ',
  ),
);
