/**
 * `npm start` (after `wxt build`): opens Chromium with the extension on the demo page. Without a
 * display it runs headless instead, hovers a place name and saves a screenshot of the popover.
 */
import fs from 'node:fs';
import path from 'node:path';
import { charCenter, launchWithExtension, serveDirectory } from './browser';

const pages = path.resolve(import.meta.dirname, '../../test/fixtures/pages');
const hasDisplay = process.platform !== 'linux' || !!(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const server = await serveDirectory(pages);
const demo = `${server.url}/demo.html`;
const browser = await launchWithExtension({ headless: !hasDisplay });
const page = await browser.context.newPage();
await page.goto(demo);

if (hasDisplay) {
  console.log(`HKETO Lens is loaded. Demo page: ${demo}\nPoint at a place name; close the browser window to stop.`);
  await new Promise<void>((resolve) => browser.context.on('close', () => resolve()));
} else {
  const box = await charCenter(page, '#news-hant', '瀋陽');
  await page.mouse.move(box.x - 4, box.y);
  await page.mouse.move(box.x, box.y, { steps: 2 });
  await page.locator('hketo-lens-popover [data-testid="popover"]').waitFor({ state: 'visible', timeout: 10_000 });
  const file = path.resolve(import.meta.dirname, '../../.output/demo-popover.png');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await page.screenshot({ path: file });
  console.log(`No display found, so Chromium ran headless.\nScreenshot of the popover on the demo page: ${file}`);
}
await browser.close();
await server.close();
