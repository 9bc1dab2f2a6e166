import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit and component tests. WxtVitest adds the fake `browser` and WXT's aliases; it does not copy
// the Vite plugins from wxt.config.ts, so Preact is added here too.
export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    // Some tests do seconds of real work (regenerating the data, fuzzing the detector over
    // megabytes): on a loaded 2-core machine they ran past vitest's default 5 s (2026-12).
    testTimeout: 60_000,
    reporters: ['default', './test/support/summary-reporter.ts'],
  },
});
