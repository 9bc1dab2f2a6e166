/**
 * Privacy and resilience: no request leaves the browser because of the extension, corrupt
 * settings fall back to defaults, the popover keeps working after the background is stopped,
 * and a user who withdraws the extension's site access is told so.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from '../../src/cli/browser';
import { FIREFOX_EXTENSION_DIR } from '../../src/cli/firefox';
import { CAN, ENGINE } from './support/engine';
import { hover, popoverText } from './support/page-helpers';
import { clickRole, openPopup, searchFor, textOf } from './support/popup-helpers';
import { setSettings, useSession } from './support/session';

const session = useSession();

describe('privacy', () => {
  it('sends no request while it looks up, highlights and searches', async () => {
    await setSettings(session, { language: 'zh', hoverDelay: 0, highlightAll: true });
    const page = await session.open('plain.html');
    for (const fixture of ['iframe.html', 'english.html', 'long.html', 'plain.html']) {
      await page.goto(session.url(fixture));
      await page.move(10, 10);
      // Highlight-all has read the page: its scan reports completion on the page's timeline.
      await expect
        .poll(() => page.evaluate(() => performance.getEntriesByName('hketo-lens:scan-complete').length))
        .toBe(1);
    }
    await hover(page, '#hans', '深圳');
    await expect.poll(() => popoverText(page)).toContain('深圳市');
    const popup = await openPopup(session);
    await searchFor(popup, 'hangzhou', '杭州市');
    const requests = [...page.requests(), ...popup.requests()];
    await popup.close();
    await page.close();

    const server = new URL(session.url('')).origin;
    const extension = session.engine.extensionUrl('');
    const outside = requests.filter((url) => !url.startsWith(server) && !url.startsWith(extension));
    expect(outside).toEqual([]);
    // What went to the fixture server are the pages themselves (and the browser's favicon probe).
    const paths = new Set(requests.filter((url) => url.startsWith(server)).map((url) => new URL(url).pathname));
    for (const p of paths)
      expect([
        '/plain.html',
        '/iframe.html',
        '/frame-inner.html',
        '/english.html',
        '/long.html',
        '/favicon.ico',
      ]).toContain(p);
    expect(paths.has('/plain.html')).toBe(true);
  });

  it("asks for no host beyond its content script's, exposes no file to pages, runs no remote code and keeps the default content security policy", () => {
    const dir = ENGINE === 'firefox' ? FIREFOX_EXTENSION_DIR : EXTENSION_DIR;
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
    expect(manifest.permissions.sort()).toEqual(['activeTab', 'contextMenus', 'scripting', 'storage']);
    // scripting.executeScript runs the content script's real work where the bootstrap asks, and
    // Chromium allows it only on hosts granted as host permissions: the same hosts, no more.
    expect(manifest.content_scripts).toHaveLength(1);
    expect(manifest.host_permissions).toEqual(manifest.content_scripts[0].matches);
    expect(manifest.content_security_policy).toBeUndefined();
    expect(manifest.web_accessible_resources).toBeUndefined();
    const forbidden =
      /\bfetch\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource|importScripts\(|\beval\(|new Function\(/;
    for (const file of fs.readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
      if (!file.endsWith('.js')) continue;
      const found = forbidden.exec(fs.readFileSync(path.join(dir, file), 'utf8'));
      expect(found?.[0] ?? null, file).toBeNull();
    }
  });
});

describe('resilience', () => {
  it('runs on defaults when the stored settings are corrupt', async () => {
    await setSettings(session, { hoverDelay: 'soon', theme: 42, script: null, language: 'zh' });
    const page = await session.open('plain.html');
    await hover(page, '#hans', '杭州');
    await expect.poll(() => popoverText(page), { timeout: 5000 }).toContain('杭州市');
    await page.close();
  });

  it.runIf(CAN.stopBackground)('keeps working after the background service worker is stopped', async () => {
    await setSettings(session, { language: 'zh', hoverDelay: 0 });
    const page = await session.open('plain.html');
    await session.engine.stopBackground();
    await hover(page, '#hans', '北京');
    await expect.poll(() => popoverText(page)).toContain('北京市');
    // A settings change made elsewhere (from an extension page: the worker is gone) still
    // reaches the open tab.
    await setSettings(session, { language: 'zh', hoverDelay: 0, script: 'hans' });
    await hover(page, '#hans', '深圳');
    await expect.poll(() => popoverText(page)).toContain('驻粤经济贸易办事处');
    await page.close();
  });

  // Chrome refuses to remove a content script's host access through the API (the user withholds
  // it from the extension's menu); Firefox lets the user revoke it in about:addons, and the API
  // does the same. Last in this file: the access stays withdrawn.
  it.runIf(ENGINE === 'firefox')('explains withdrawn site access and offers to ask for it again', async () => {
    await setSettings(session, { language: 'en', hoverDelay: 0, highlightAll: true });
    expect(await session.engine.inExtension((api) => api.permissions.remove({ origins: ['<all_urls>'] }))).toBe(true);
    // No content script runs without the access: nothing to wait for.
    const page = await session.engine.open(session.url('plain.html'));
    const popup = await openPopup(session, { tabId: await session.engine.tabIdOf(page) });
    await clickRole(popup, 'tab', 'This page');
    await expect.poll(() => textOf(popup, '.page-summary')).toContain('Site access is off');
    await clickRole(popup, 'tab', 'Settings');
    expect(await textOf(popup, '.site-access')).toContain('Allow access to sites');
    await popup.screenshot(session.shot('popup-site-access'));
    await popup.close();
    await page.close();
  });
});
