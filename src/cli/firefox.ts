/** Firefox for the end-to-end tests: found on the system, never downloaded. */
import path from 'node:path';
import { findBrowser } from './find-browser';

export const FIREFOX_EXTENSION_DIR = path.resolve(import.meta.dirname, '../../.output/firefox-mv3');

/** The Firefox to drive: $FIREFOX_PATH, else the first installed Firefox. */
export const findFirefox = () =>
  findBrowser({
    name: 'Firefox',
    envVar: 'FIREFOX_PATH',
    debianPackage: 'firefox-esr',
    candidates: [
      '/usr/bin/firefox-esr',
      '/usr/bin/firefox',
      '/Applications/Firefox.app/Contents/MacOS/firefox',
      'C:\\Program Files\\Mozilla Firefox\\firefox.exe',
    ],
  });
