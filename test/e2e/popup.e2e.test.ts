import { describe, expect, it } from 'vitest';
import { useSession } from './support/session';

const session = useSession();

describe('toolbar popup', () => {
  it('opens', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(`chrome-extension://${session.browser.extensionId}/popup.html`);
    await expect.poll(() => page.locator('body').textContent()).toContain('HKETO Lens');
    await page.close();
  });
});
