/**
 * Privacy and resilience: no request leaves the browser because of the extension, corrupt
 * settings fall back to defaults, and the popover keeps working after Chromium stops the
 * background service worker.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from '../../src/cli/browser';
import { hover, popoverText } from './support/page-helpers';
import { openPopup, searchFor } from './support/popup-helpers';
import { setSettings, useSession } from './support/session';

const session = useSession();

describe('privacy', () => {
  it('sends no request while it looks up, highlights and searches', async () => {
    const requests: Request[] = [];
    const record = (request: Request) => requests.push(request);
    session.browser.context.on('request', record);
    const page = await session.browser.context.newPage();
    await setSettings(session, { language: 'zh', hoverDelay: 0, highlightAll: true });
    for (const fixture of ['plain.html', 'iframe.html', 'english.html', 'long.html']) {
      await page.goto(session.url(fixture));
      await page.mouse.move(10, 10);
      await page.waitForTimeout(400);
    }
    await page.goto(session.url('plain.html'));
    await hover(page, '#hans', '深圳');
    await expect.poll(() => popoverText(page)).toContain('深圳市');
    const popup = await openPopup(session);
    await searchFor(popup, 'hangzhou', '杭州市');
    session.browser.context.off('request', record);
    await popup.close();
    await page.close();

    const server = new URL(session.url('')).origin;
    const extension = `chrome-extension://${session.browser.extensionId}/`;
    const outside = requests.filter((r) => !r.url().startsWith(server) && !r.url().startsWith(extension));
    expect(outside.map((r) => r.url())).toEqual([]);
    // What went to the fixture server are the pages themselves (and the browser's favicon probe).
    const paths = new Set(requests.filter((r) => r.url().startsWith(server)).map((r) => new URL(r.url()).pathname));
    for (const p of paths) expect(['/plain.html', '/iframe.html', '/frame-inner.html', '/english.html', '/long.html', '/favicon.ico']).toContain(p);
  });

  it('asks for no host permission, runs no remote code and keeps the default content security policy', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.permissions.sort()).toEqual(['activeTab', 'contextMenus', 'storage']);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.content_security_policy).toBeUndefined();
    expect(manifest.web_accessible_resources).toBeUndefined();
    const forbidden = /\bfetch\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource|importScripts\(|\beval\(|new Function\(/;
    for (const file of fs.readdirSync(EXTENSION_DIR, { recursive: true, encoding: 'utf8' })) {
      if (!file.endsWith('.js')) continue;
      const found = forbidden.exec(fs.readFileSync(path.join(EXTENSION_DIR, file), 'utf8'));
      expect(found?.[0] ?? null, file).toBeNull();
    }
  });
});

describe('resilience', () => {
  it('runs on defaults when the stored settings are corrupt', async () => {
    await setSettings(session, { hoverDelay: 'soon', theme: 42, script: null, language: 'zh' });
    const page = await session.browser.context.newPage();
    await page.goto(session.url('plain.html'));
    await hover(page, '#hans', '杭州');
    await expect.poll(() => popoverText(page), { timeout: 5000 }).toContain('杭州市');
    await page.close();
  });

  it('keeps working after the background service worker is stopped', async () => {
    await setSettings(session, { language: 'zh', hoverDelay: 0 });
    const page = await session.browser.context.newPage();
    await page.goto(session.url('plain.html'));
    const cdp = await session.browser.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await hover(page, '#hans', '北京');
    await expect.poll(() => popoverText(page)).toContain('北京市');
    // A settings change made elsewhere (here from an extension page: the worker is gone)
    // still reaches the open tab.
    const other = await session.browser.context.newPage();
    await other.goto(`chrome-extension://${session.browser.extensionId}/popup.html`);
    await other.evaluate(async () => {
      type Api = { storage: { local: { set(items: object): Promise<void> } } };
      await (globalThis as unknown as { chrome: Api }).chrome.storage.local.set({
        settings: { language: 'zh', hoverDelay: 0, script: 'hans' },
      });
    });
    await other.close();
    await hover(page, '#hans', '深圳');
    await expect.poll(() => popoverText(page)).toContain('驻粤经济贸易办事处');
    await page.close();
  });
});
