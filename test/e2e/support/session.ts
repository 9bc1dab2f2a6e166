/** One browser (of the engine this run is for) with the extension, and one fixture server, per test file. */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { serveDirectory } from '../../../src/cli/browser';
import { ENGINE, launchEngine, type Engine, type Tab } from './engine';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/pages');
const SHOTS = path.resolve(
  process.env.E2E_SCREENSHOTS ?? path.join(import.meta.dirname, '../../../test-results'),
  ENGINE,
);

export interface Session {
  engine: Engine;
  url: (page: string) => string;
  /**
   * Opens a fixture page and waits until its top frame's content script answers. The bootstrap
   * comes at document_idle, which the browser may put after the load event the navigation waited
   * for (Chrome's documentation says so), and a tap or move before then is the page's alone.
   */
  open: (page: string, viewport?: { width: number; height: number }) => Promise<Tab>;
  shot: (name: string) => string;
}

export function useSession(extra: Record<string, string> = {}): Session {
  const session = {} as Session;
  let server: Awaited<ReturnType<typeof serveDirectory>>;
  beforeAll(async () => {
    fs.mkdirSync(SHOTS, { recursive: true });
    server = await serveDirectory(FIXTURES, extra);
    session.engine = await launchEngine();
    session.url = (page) => `${server.url}/${page}`;
    session.shot = (name) => path.join(SHOTS, `${name}.png`);
    session.open = async (page, viewport) =>
      untilListening(session, await session.engine.open(session.url(page), viewport));
  });
  afterAll(async () => {
    await session.engine?.close();
    await server?.close();
  });
  return session;
}

/** Stores settings as the popup would; open tabs follow them through their storage watchers. */
export function setSettings(session: Session, settings: Record<string, unknown>): Promise<void> {
  return session.engine.inExtension((api, value) => api.storage.local.set({ settings: value }), settings);
}

/** The settings as stored. */
export function storedSettings(session: Session): Promise<unknown> {
  return session.engine.inExtension(async (api) => (await api.storage.local.get('settings')).settings);
}

/** Waits until the content script of `tab`'s top frame answers, then gives the tab back. */
export async function untilListening(session: Session, tab: Tab): Promise<Tab> {
  const tabId = await session.engine.tabIdOf(tab);
  const answers = () =>
    sendToTab(session, tabId, { type: 'pageSite' }).then(
      () => true,
      () => false,
    );
  await expect.poll(answers).toBe(true);
  return tab;
}

/** Sends a message to the content script of a tab's top frame, as the popup does. */
export function sendToTab(session: Session, tabId: number, message: unknown): Promise<unknown> {
  return session.engine.inExtension((api, { tabId, message }) => api.tabs.sendMessage(tabId, message, { frameId: 0 }), {
    tabId,
    message,
  });
}
