import { describe, expect, it } from 'vitest';
import { makeDetector } from '../../../src/core/detect/detect';
import { PageEvidence } from '../../../src/core/detect/page-evidence';
import { gazetteer } from '../../support/data';

const detector = makeDetector(gazetteer);
const onPage = (page: PageEvidence, text: string) =>
  detector.detect(text, { countyShortNames: false, page }).map((d) => [text.slice(d.start, d.end), d.codes[0]]);

describe('page evidence: one sense per page', () => {
  it('takes a bare common-word name for the place once the page wrote it in full', () => {
    const page = new PageEvidence();
    expect(onPage(page, '欢迎来宾入场')).toEqual([]);
    expect(onPage(page, '来宾市位于广西中部')).toEqual([
      ['来宾市', '451300'],
      ['广西', '450000'],
    ]);
    expect(onPage(page, '来宾的糖业很有名')).toEqual([['来宾', '451300']]);
    // Without the page, or on another page, the bare word stays a word.
    expect(onPage(new PageEvidence(), '来宾的糖业很有名')).toEqual([]);
    expect(detector.detect('来宾的糖业很有名')).toEqual([]);
  });

  it('supports a bare mention found while pointing (detectAt) as well as while scanning', () => {
    const page = new PageEvidence();
    onPage(page, '来宾市');
    const text = '来宾的糖业很有名';
    const hit = detector.detectAt(text, 1, { countyShortNames: false, page });
    expect(hit && text.slice(hit.start, hit.end)).toBe('来宾');
  });

  it("ranks an ambiguous name by the page's province", () => {
    const page = new PageEvidence();
    const ambiguous = () => onPage(page, '鼓楼区')[0]![1];
    const without = ambiguous();
    onPage(page, '福建省福州市、厦门市、泉州市和漳州市');
    expect(page.leadingProvince).toBe('350000');
    expect(ambiguous()).toBe('350102'); // 福州市鼓楼区
    expect(without).not.toBe('350102');
  });

  it('vetoes a bare district from another province, unless a parent is named beside it', () => {
    const page = new PageEvidence();
    onPage(page, '广西的南宁市、柳州市、桂林市和梧州市');
    expect(page.leadingProvince).toBe('450000');
    expect(onPage(page, '老城区')).toEqual([]);
    expect(onPage(page, '洛阳市老城区').map(([name]) => name)).toEqual(['洛阳市', '老城区']);
    expect(onPage(new PageEvidence(), '老城区').map(([name]) => name)).toEqual(['老城区']);
  });

  it('counts each division once: pointing at one name again does not make it lead', () => {
    const page = new PageEvidence();
    for (let i = 0; i < 5; i++) onPage(page, '洛阳市');
    expect(page.leadingProvince).toBeNull();
  });
});
