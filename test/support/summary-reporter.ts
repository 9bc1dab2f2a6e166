/**
 * Vitest reporter that counts results: it writes them to $SUMMARY_FILE for `npm test` (which adds
 * up all its steps), or prints `N passed, N failed` last when vitest runs on its own. A file that
 * fails to load counts as a failure, as do unhandled errors.
 */
import fs from 'node:fs';
import type { Reporter, TestModule } from 'vitest/node';

export interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

export default class SummaryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>, errors: ReadonlyArray<unknown>) {
    const counts: Counts = { passed: 0, failed: errors.length, skipped: 0 };
    for (const mod of modules) {
      const tests = [...mod.children.allTests()];
      for (const test of tests) {
        const state = test.result().state;
        if (state === 'passed') counts.passed++;
        else if (state === 'failed') counts.failed++;
        else counts.skipped++;
      }
      if (mod.state() === 'failed' && tests.length === 0) counts.failed++;
    }
    if (process.env.SUMMARY_FILE) fs.writeFileSync(process.env.SUMMARY_FILE, JSON.stringify(counts));
    else console.log(`\n${counts.passed} passed, ${counts.failed} failed`);
  }
}
