/** One Chromium with the extension and one fixture server per test file. */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { launchWithExtension, serveDirectory, type ExtensionBrowser } from '../../../src/cli/browser';

export { setSettings } from './extension';

export const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/pages');
export const SHOTS = path.resolve(process.env.E2E_SCREENSHOTS ?? path.join(import.meta.dirname, '../../../test-results'));

export interface Session {
  browser: ExtensionBrowser;
  url: (page: string) => string;
  shot: (name: string) => string;
}

export function useSession(extra: Record<string, string> = {}): Session {
  const session = {} as Session;
  let server: Awaited<ReturnType<typeof serveDirectory>>;
  beforeAll(async () => {
    fs.mkdirSync(SHOTS, { recursive: true });
    server = await serveDirectory(FIXTURES, extra);
    session.browser = await launchWithExtension();
    session.url = (page) => `${server.url}/${page}`;
    session.shot = (name) => path.join(SHOTS, `${name}.png`);
  });
  afterAll(async () => {
    await session.browser?.close();
    await server?.close();
  });
  return session;
}
