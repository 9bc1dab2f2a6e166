import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLatinVariants } from '../../../src/cli/build-data/latin-variants';
import { shortHantForms } from '../../../src/core/gazetteer';
import { romanizedName } from '../../../src/core/names';
import { division, gazetteer } from '../../support/data';

/**
 * Simplified full name → preferred Traditional form (Hong Kong usage) and other accepted forms.
 * Judgements from ../shared/reference/divisions/opencc-judgement.tsv and opencc-tricky-names.tsv.
 */
const TRICKY: Array<[string, string, string[]?]> = [
  // opencc-js gets these wrong; the overrides correct them.
  ['湖里区', '湖里區'],
  ['石拐区', '石拐區'],
  ['云城区', '雲城區'],
  ['岳普湖县', '岳普湖縣'],
  ['新干县', '新干縣', ['新淦縣']],
  ['凌河区', '凌河區'],
  // Historical forms kept as alternatives behind the common ones.
  ['钟山区', '鍾山區', ['鐘山區']],
  ['钟山县', '鍾山縣', ['鐘山縣']],
  ['岳西县', '岳西縣', ['嶽西縣']],
  ['岳池县', '岳池縣', ['嶽池縣']],
  ['岳塘区', '岳塘區', ['嶽塘區']],
  ['个旧市', '個舊市', ['箇舊市']],
  ['巨鹿县', '巨鹿縣', ['鉅鹿縣']],
  ['巨野县', '巨野縣', ['鉅野縣']],
  ['澄江市', '澄江市', ['澂江市']],
  ['沾化区', '沾化區', ['霑化區']],
  ['沾益区', '沾益區', ['霑益區']],
  ['慈溪市', '慈溪市', ['慈谿市']],
  ['兰溪市', '蘭溪市', ['蘭谿市']],
  ['资溪县', '資溪縣', ['資谿縣']],
  ['竹溪县', '竹溪縣', ['竹谿縣']],
  ['辰溪县', '辰溪縣', ['辰谿縣']],
  ['昆玉市', '昆玉市', ['崑玉市']],
  ['黄岩区', '黃岩區', ['黃巖區']],
  // Both forms in use.
  ['谷城县', '穀城縣', ['谷城縣']],
  ['游仙区', '遊仙區', ['游仙區']],
  ['沈阳市', '瀋陽市', ['沈陽市']],
  ['丰台区', '豐台區', ['豐臺區']],
  ['邢台市', '邢台市', ['邢臺市']],
  ['烟台市', '煙台市', ['煙臺市']],
  ['七台河市', '七台河市', ['七臺河市']],
  ['雨花台区', '雨花台區', ['雨花臺區']],
  ['凤台县', '鳳台縣', ['鳳臺縣']],
  ['赤峰市', '赤峰市', ['赤峯市']],
  ['温州市', '溫州市', ['温州市']],
  // opencc-js gets these right from the full name.
  ['台州市', '台州市'],
  ['天台县', '天台縣'],
  ['台山市', '台山市'],
  ['于都县', '于都縣'],
  ['于洪区', '于洪區'],
  ['余姚市', '餘姚市'],
  ['余干县', '餘干縣'],
  ['新余市', '新餘市'],
  ['范县', '范縣'],
  ['叶县', '葉縣'],
  ['乾安县', '乾安縣'],
  ['铅山县', '鉛山縣'],
  ['涿州市', '涿州市'],
  ['蓟州区', '薊州區'],
  ['合肥市', '合肥市'],
  ['巴彦淖尔市', '巴彥淖爾市'],
  ['阿拉善盟', '阿拉善盟'],
  ['郁南县', '鬱南縣'],
  ['咸阳市', '咸陽市'],
  ['斗门区', '斗門區'],
  ['岳麓区', '嶽麓區'],
  ['南岳区', '南嶽區'],
  ['阳谷县', '陽穀縣'],
  ['当涂县', '當塗縣'],
  ['准格尔旗', '準格爾旗'],
  ['腾冲市', '騰衝市'],
  ['昆山市', '崑山市', ['昆山市']],
  ['沈北新区', '瀋北新區'],
  ['木里藏族自治县', '木里藏族自治縣'],
  ['塔什库尔干塔吉克自治县', '塔什庫爾干塔吉克自治縣'],
  ['乌鲁木齐市', '烏魯木齊市'],
  ['门头沟区', '門頭溝區'],
];

describe('Traditional names', () => {
  it(`gets the ${TRICKY.length} tricky names right`, () => {
    expect(TRICKY.length).toBeGreaterThanOrEqual(60);
    for (const [hans, preferred, others = []] of TRICKY) {
      const d = division(hans);
      expect(d.nameHant, hans).toBe(preferred);
      for (const form of others) expect([d.nameHans, ...d.hantForms], hans).toContain(form);
    }
  });

  it('takes short Traditional names from the full name, never converting them alone', () => {
    // Converted alone, 于洪 would become 於洪, 沈北 stay 沈北, 木里 become 木裏, 范 become 範.
    expect(division('于洪区').shortHant).toBe('于洪');
    expect(division('沈北新区').shortHant).toBe('瀋北');
    expect(division('木里藏族自治县').shortHant).toBe('木里');
    expect(division('范县').shortHant).toBe('范');
    expect(shortHantForms(division('黄岩区'))).toEqual(['黃岩', '黃巖']);
  });

  it('keeps every name in the Basic Multilingual Plane, Traditional forms as long as the Simplified', () => {
    for (const d of gazetteer.divisions) {
      for (const form of d.hantForms) {
        expect(form.length, d.nameHans).toBe(d.nameHans.length);
        expect(form).not.toMatch(/[\uD800-\uDFFF]/);
      }
    }
  });
});

describe('romanisation', () => {
  const reviewed = fs
    .readFileSync(path.join(import.meta.dirname, '../../fixtures/prefecture-romanization.tsv'), 'utf8')
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .slice(1)
    .map((line) => line.split('\t'));

  const variants = readLatinVariants(path.join(import.meta.dirname, '../../../data/divisions/latin-variants.tsv'), (code) =>
    gazetteer.byCode.get(code)?.nameHans,
  );

  it('matches the reviewed pinyin and English names of all 364 provinces and prefectures, older romanizations after them', () => {
    expect(reviewed).toHaveLength(364);
    for (const [code, name, pinyin, english = ''] of reviewed) {
      const d = gazetteer.byCode.get(code!)!;
      expect(d.nameHans).toBe(name);
      expect(d.pinyin, name).toBe(pinyin);
      const older = variants.get(code!) ?? [];
      const conventional = english ? english.split(',') : older.length ? [pinyin!] : [];
      const listed = [...conventional, ...older.filter((form) => !conventional.includes(form))];
      // Then the Wade-Giles spelling generated from the pinyin, hyphenated (test/unit/cli/wade-giles.test.ts).
      const wadeGiles = d.english.slice(listed.length ? listed.length : 1);
      expect(d.english.slice(0, listed.length), name).toEqual(listed);
      expect(wadeGiles.length, name).toBeLessThanOrEqual(1);
      for (const form of wadeGiles) expect(form, name).toMatch(/^[A-Z][a-zü']*(-[a-zü']+)+$/);
    }
  });

  it('adds every older romanization to its division, the name shown staying today\'s', () => {
    expect(gazetteer.byCode.get('110000')!.english).toEqual(['Beijing', 'Peking', 'Peiping', 'Pei-ching']);
    expect(gazetteer.byCode.get('440100')!.english).toContain('Canton');
    expect(romanizedName(gazetteer.byCode.get('440100')!)).toBe('Guangzhou');
  });

  it('fixes pinyin-pro where it is known to be wrong', () => {
    const cases: Record<string, string> = {
      喀什市: 'Kashi',
      什邡市: 'Shifang',
      于都县: 'Yudu',
      都匀市: 'Duyun',
      乐清市: 'Yueqing',
      六合区: 'Luhe',
      蔚县: 'Yu',
      单县: 'Shan',
      歙县: 'She',
      闵行区: 'Minhang',
      大埔县: 'Dabu',
      珲春市: 'Hunchun',
      洪洞县: 'Hongtong',
      吕梁市: 'Lüliang',
      西安市: "Xi'an",
      六安市: "Lu'an",
    };
    for (const [name, pinyin] of Object.entries(cases)) expect(division(name).pinyin, name).toBe(pinyin);
  });
});
