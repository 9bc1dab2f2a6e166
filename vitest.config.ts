import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit and component tests. WxtVitest adds the fake `browser` and WXT's aliases; it does not copy
// the Vite plugins from wxt.config.ts, so Preact is added here too.
export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    reporters: ['default', './test/support/summary-reporter.ts'],
  },
});
