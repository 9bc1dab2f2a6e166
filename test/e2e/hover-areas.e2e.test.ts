import { beforeEach, describe, expect, it } from 'vitest';
import { hover, popoverText, popoverVisible } from './support/page-helpers';
import { setSettings, useSession } from './support/session';

const session = useSession();

describe('hover popover over new areas, cooperation zones and regions', () => {
  beforeEach(() => setSettings(session, { language: 'zh', hoverDelay: 0 }));

  it('says what kind of area a zone is, where it lies and which office serves it', async () => {
    const page = await session.open('areas.html');
    await hover(page, '#zone', '前海', 1);
    await expect.poll(() => popoverText(page)).toContain('前海深港現代服務業合作區');
    const text = (await popoverText(page))!;
    expect(text).toContain('合作區');
    expect(text).toContain('所在: 深圳市');
    expect(text).toContain('香港特別行政區政府駐粵經濟貿易辦事處');
    expect(text).toContain('駐深圳聯絡處');
    expect(text).toContain('(852) 1868');
    await page.screenshot(session.shot('hover-zone-qianhai'));
    await page.close();
  });

  it('lists a region’s provinces and the offices that serve them', async () => {
    const page = await session.open('areas.html');
    await hover(page, '#region', '長三角', 1);
    await expect.poll(() => popoverText(page)).toContain('長三角');
    const text = (await popoverText(page))!;
    expect(text).toContain('區域');
    expect(text).toContain('上海市、江蘇省、浙江省、安徽省');
    expect(text).toContain('駐上海經濟貿易辦事處');
    await hover(page, '#region', '大灣區', 1);
    await expect.poll(() => popoverText(page)).toContain('粵港澳大灣區');
    expect(await popoverText(page)).toContain('駐粵經濟貿易辦事處');
    await page.screenshot(session.shot('hover-region-gba'));
    await page.close();
  });

  it('shows nothing over 河套 where it is the Hetao plain', async () => {
    const page = await session.open('areas.html');
    await hover(page, '#plain', '内蒙古', 1);
    await expect.poll(() => popoverText(page)).toContain('內蒙古自治區');
    await hover(page, '#plain', '河套', 1);
    await expect.poll(() => popoverVisible(page)).toBe(false);
    await page.close();
  });
});
