import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_DIR } from '../../../src/cli/data';
import { makeTranslator } from '../../../src/core/i18n';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { makePageData } from '../../../src/page/page-data';

const raw = (file: string) => fs.readFileSync(path.join(DATA_DIR, file), 'utf8');
const pageData = () =>
  makePageData({
    divisions: raw('generated/divisions.json'),
    offices: raw('offices.json'),
    lexicon: raw('generated/lexicon.json'),
    areas: raw('generated/areas-page.json'),
  });

describe('page data', () => {
  it('shares what the page confirmed between highlight-all (detect) and hover (detectAt)', () => {
    const data = pageData();
    const text = '来宾的糖业很有名';
    expect(data.detectAt(text, 1, DEFAULT_SETTINGS)).toBeNull();
    expect(data.detect('来宾市位于广西中部', DEFAULT_SETTINGS)).toHaveLength(2);
    expect(data.detectAt(text, 1, DEFAULT_SETTINGS)?.codes).toEqual(['451300']);
    expect(data.detect(text, DEFAULT_SETTINGS).map((d) => d.codes[0])).toEqual(['451300']);
  });

  it('gives an area its own card: the kind, the divisions it lies in, and every office serving them', () => {
    const data = pageData();
    const tr = makeTranslator('en', 'hans');
    const zone = data.detectAt('前海的企业', 0, DEFAULT_SETTINGS)!;
    expect(zone.area).toBe('qianhai');
    const [card] = data.cards(zone, tr);
    expect(card).toMatchObject({
      name: '前海深港现代服务业合作区',
      levelLabel: 'Cooperation zone',
      office: { id: 'gdeto' },
    });
    expect(card!.area).toMatchObject({ kind: 'Cooperation zone', hosts: ['深圳市'], offices: [{ id: 'gdeto' }] });
    expect(card!.liaison).not.toBeNull();
    const region = data.detectAt('長三角一體化', 1, DEFAULT_SETTINGS)!;
    const [yrd] = data.cards(region, makeTranslator('zh', 'hant'));
    expect(yrd).toMatchObject({ name: '長三角', levelLabel: '區域' });
    expect(yrd!.area!.hosts).toEqual(['上海市', '江蘇省', '浙江省', '安徽省']);
    expect(yrd!.area!.offices.map((o) => o.id)).toEqual(['sheto']);
    expect(data.cardText(yrd!, makeTranslator('zh', 'hant'))).toContain('所在: 上海市、江蘇省、浙江省、安徽省');
  });
});
