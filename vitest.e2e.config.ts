import { defineConfig } from 'vitest/config';

// End-to-end tests: drive the built extension (.output/chrome-mv3) in a real Chromium.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    // expect.poll waits for a condition, never for time: its default 1 s was too short for a page's
    // first hover or tap on a loaded machine, where the bootstrap first has the background inject
    // the real work (two of 54 Firefox tests timed out with two CI runs sharing 2 cores).
    expect: { poll: { timeout: 10_000 } },
    reporters: ['default', './test/support/summary-reporter.ts'],
  },
});
