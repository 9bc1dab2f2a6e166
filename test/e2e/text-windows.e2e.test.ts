/**
 * The caret and the text window in a real engine, which lays the text out: happy-dom has no
 * layout, so the unit tests fake the caret and these cases check the real one. Each case in
 * test/fixtures/pages/text-windows.html says what it should give.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CaseResult } from './text-windows/entry';
import { pageBundle } from './support/page-bundle';
import { setSettings, useSession } from './support/session';

const session = useSession();
let bundle = '';

beforeAll(async () => {
  bundle = await pageBundle(path.join(import.meta.dirname, 'text-windows/entry.ts'));
});

describe('text windows', () => {
  it('finds the character under the pointer and the text around it, as each fixture says', async () => {
    await setSettings(session, { enabled: false }); // the content script stays out of the way
    const page = await session.open('text-windows.html');
    await page.evaluate(bundle);
    const results = await page.evaluate(() =>
      (globalThis as unknown as { hketoLensTextWindows(): CaseResult[] }).hketoLensTextWindows(),
    );
    expect(results.length).toBeGreaterThan(10);
    expect(results.map(({ name, found }) => ({ name, found }))).toEqual(
      results.map(({ name, expected }) => ({ name, found: expected })),
    );
    await page.close();
  });
});
