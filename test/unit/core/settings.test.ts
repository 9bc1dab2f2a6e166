import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, isActiveOn, parseSettings, siteOf } from '../../../src/core/settings';

describe('settings', () => {
  it('falls back to the defaults for anything that is not an object', () => {
    for (const stored of [undefined, null, 'garbage', 42, [], true]) {
      expect(parseSettings(stored)).toEqual({ settings: DEFAULT_SETTINGS, repaired: [] });
    }
  });

  it('keeps every valid field and resets and reports each corrupt one', () => {
    const { settings, repaired } = parseSettings({
      enabled: false,
      script: 'hans',
      hoverDelay: -5,
      theme: 'neon',
      fontSize: 'large',
      holdKey: 7,
      unknownField: 'ignored',
    });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, enabled: false, script: 'hans', fontSize: 'large' });
    expect(repaired.sort()).toEqual(['holdKey', 'hoverDelay', 'theme']);
  });

  it('defaults tap-to-look-up to auto, keeps each valid choice and resets a corrupt one', () => {
    expect(DEFAULT_SETTINGS.tapToLookUp).toBe('auto');
    for (const choice of ['auto', 'on', 'off'] as const) {
      expect(parseSettings({ tapToLookUp: choice })).toEqual({
        settings: { ...DEFAULT_SETTINGS, tapToLookUp: choice },
        repaired: [],
      });
    }
    for (const bad of ['always', true, 1, null]) {
      expect(parseSettings({ tapToLookUp: bad, script: 'hans' })).toEqual({
        settings: { ...DEFAULT_SETTINGS, script: 'hans' },
        repaired: ['tapToLookUp'],
      });
    }
  });

  it('reads settings written by an older version, field by field', () => {
    // Before the language setting existed, say: the missing fields take their defaults.
    const { settings, repaired } = parseSettings({ enabled: true, disabledSites: ['example.com'] });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, disabledSites: ['example.com'] });
    expect(repaired).toEqual([]);
  });

  it('keeps the good entries of a damaged list of disabled sites', () => {
    const { settings, repaired } = parseSettings({ disabledSites: ['News.Example.com', 5, 'bad host!', 'hk01.com'] });
    expect(settings.disabledSites).toEqual(['news.example.com', 'hk01.com']);
    expect(repaired).toEqual(['disabledSites']);
    // Too long a list keeps its first 1,000 sites, never more.
    const many = Array.from({ length: 1500 }, (_, i) => `site${i}.example.com`);
    const long = parseSettings({ disabledSites: many });
    expect(long.settings.disabledSites).toEqual(many.slice(0, 1000));
    expect(long.repaired).toEqual(['disabledSites']);
  });

  it('takes the site of a page from its URL', () => {
    expect(siteOf('https://WWW.Example.com:8443/path?q=1')).toBe('www.example.com');
    expect(siteOf('http://127.0.0.1:5000/')).toBe('127.0.0.1');
    expect(siteOf('file:///home/me/page.html')).toBe('file');
    expect(siteOf('about:blank')).toBeNull();
    expect(siteOf('not a url')).toBeNull();
  });

  it('is active unless switched off globally or for the site', () => {
    const on = { ...DEFAULT_SETTINGS, disabledSites: ['example.com'] };
    expect(isActiveOn(on, 'news.com')).toBe(true);
    expect(isActiveOn(on, 'example.com')).toBe(false);
    expect(isActiveOn({ ...on, enabled: false }, 'news.com')).toBe(false);
    expect(isActiveOn(on, null)).toBe(true);
  });
});
