/** Firefox for the end-to-end tests: found on the system, never downloaded. */
import fs from 'node:fs';
import path from 'node:path';

export const FIREFOX_EXTENSION_DIR = path.resolve(import.meta.dirname, '../../.output/firefox-mv3');

const CANDIDATES = [
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
  'C:\\Program Files\\Mozilla Firefox\\firefox.exe',
];

/** The Firefox to drive: $FIREFOX_PATH, else the first installed Firefox. */
export function findFirefox(): string {
  const chosen = process.env.FIREFOX_PATH ?? CANDIDATES.find((candidate) => fs.existsSync(candidate));
  if (!chosen || !fs.existsSync(chosen)) {
    throw new Error(
      'No Firefox found: install one (Debian: `sudo apt-get install -y --no-install-recommends firefox-esr`) ' +
        'or set FIREFOX_PATH to its executable.',
    );
  }
  return chosen;
}
