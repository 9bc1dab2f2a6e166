/**
 * `npm test`: type-checking, knip, the formatter's check, unit tests, the eval gate, both builds, then the end-to-end
 * suite in Chromium and again in Firefox.
 * Each vitest test counts once, each other step counts as one check. The last line is
 * `N passed, N failed`, alone; the exit code is 1 if anything failed.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findChromium } from '../src/cli/browser';
import { findFirefox } from '../src/cli/firefox';
import type { Counts } from './support/summary-reporter';

const total: Counts = { passed: 0, failed: 0, skipped: 0 };
const bin = (name: string) => path.resolve(import.meta.dirname, '../node_modules/.bin', name);

/** Runs a command, echoing its output; fails when it exits non-zero or prints a warning it should not. */
function check(title: string, command: string, args: string[], forbidden?: RegExp): void {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, { encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  process.stdout.write(output);
  const warning = forbidden && output.split('\n').find((line) => forbidden.test(line));
  const ok = result.status === 0 && !warning;
  if (warning) console.log(`✗ ${title}: unexpected warning: ${warning.trim()}`);
  console.log(`${ok ? '✓' : '✗'} ${title}`);
  total[ok ? 'passed' : 'failed']++;
}

/** Runs a vitest suite and adds its counts. */
function suite(title: string, args: string[], env: Record<string, string> = {}): void {
  console.log(`\n▶ ${title}`);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'summary-')), 'counts.json');
  const started = Date.now();
  const result = spawnSync(bin('vitest'), ['run', ...args], {
    stdio: 'inherit',
    env: { ...process.env, ...env, SUMMARY_FILE: file },
  });
  console.log(`${title} took ${((Date.now() - started) / 1000).toFixed(0)} s`);
  const counts: Counts | null = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : null;
  if (!counts) {
    console.log(`✗ ${title}: vitest did not report (exit code ${result.status})`);
    total.failed++;
    return;
  }
  // A failing exit with every test passed (a crash after the run) still counts as a failure.
  if (result.status !== 0 && counts.failed === 0) counts.failed = 1;
  console.log(`${title}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  total.passed += counts.passed;
  total.failed += counts.failed;
  total.skipped += counts.skipped;
}

const WXT_WARNING = /\bWARN\b|⚠/;

check('type-check', bin('tsc'), ['--noEmit']);
// Unused files, exports and dependencies (knip.json says where the entry points are).
check('knip: no unused files, exports or dependencies', bin('knip'), []);
// One format for the code (.prettierrc.json; .prettierignore leaves out data and generated files).
check('prettier: the code is formatted', bin('prettier'), ['--check', '.']);
suite('unit tests', []);
// Detection quality: every corpus within half a point of README's Detection table (about 10 s).
check('eval: no corpus more than 0.5 points worse than README', bin('tsx'), ['test/eval/gate.ts']);
// `wxt zip` builds, then packs the store archives (and, for Firefox, the sources archive).
check('build and zip chrome-mv3', bin('wxt'), ['zip'], WXT_WARNING);
check('build and zip firefox-mv3', bin('wxt'), ['zip', '-b', 'firefox', '--mv3'], WXT_WARNING);
check('web-ext lint of the Firefox build: no errors, no warnings', bin('web-ext'), [
  'lint',
  '--source-dir',
  '.output/firefox-mv3',
  '--warnings-as-errors',
  '--output',
  'text',
]);
/** The end-to-end suite in one engine; no browser is one clear sentence, and the suite counts as failed. */
function e2e(engine: 'chromium' | 'firefox', find: () => string): void {
  const title = `end-to-end tests (${engine === 'chromium' ? 'Chromium' : 'Firefox'})`;
  try {
    console.log(`\n${title}: ${find()}`);
  } catch (error) {
    console.log(`✗ ${title}: ${(error as Error).message}`);
    total.failed++;
    return;
  }
  suite(title, ['--config', 'vitest.e2e.config.ts'], { E2E_ENGINE: engine });
}

e2e('chromium', findChromium);
e2e('firefox', findFirefox);

console.log(`\n${total.passed} passed, ${total.failed} failed`);
process.exit(total.failed ? 1 : 0);
