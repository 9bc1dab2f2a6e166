import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';
import { OFFICE_COLORS } from '../../src/core/office-colors';

type Manifest = Record<string, unknown> & {
  action?: Record<string, unknown>;
  browser_specific_settings?: { gecko?: Record<string, unknown>; gecko_android?: Record<string, unknown> };
};
const manifestFor = async (browser: 'chrome' | 'firefox') =>
  (await (config.manifest as (env: { browser: string }) => Manifest | Promise<Manifest>)({ browser })) as Manifest;

describe('manifest', () => {
  it('puts the toolbar button on Firefox’s toolbar, where its badge shows, and says the supported versions', async () => {
    const firefox = await manifestFor('firefox');
    expect(firefox.action).toEqual({ default_area: 'navbar' });
    expect(firefox.browser_specific_settings?.gecko).toMatchObject({
      strict_min_version: '140.0',
      data_collection_permissions: { required: ['none'] },
    });
    expect(firefox.browser_specific_settings?.gecko_android).toEqual({ strict_min_version: '142.0' });
    expect(firefox.minimum_chrome_version).toBeUndefined();
  });

  it('keeps Firefox’s keys out of Chrome’s manifest', async () => {
    const chrome = await manifestFor('chrome');
    expect(chrome.browser_specific_settings).toBeUndefined();
    expect(chrome.action).toBeUndefined();
    expect(chrome.minimum_chrome_version).toBe('123');
  });
});

describe('highlight styles', () => {
  it('underline each office in its colour', () => {
    const css = fs.readFileSync(path.resolve(import.meta.dirname, '../../src/page/highlights.css'), 'utf8');
    for (const [office, color] of Object.entries(OFFICE_COLORS)) {
      // Whatever the layout and the hex digits' case (the formatter lower-cases them).
      const rule = new RegExp(
        `::highlight\\(hketo-lens-all-${office}\\)\\s*\\{\\s*text-decoration: underline 2px ${color};`,
        'i',
      );
      expect(css).toMatch(rule);
    }
    expect(css).toContain('::highlight(hketo-lens-hover)');
  });
});
