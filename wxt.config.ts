import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { noHtmlSinks } from './src/cli/vite/no-html-sinks';

// https://wxt.dev/api/config.html
export default defineConfig({
  publicDir: 'src/public',
  // Explicit imports everywhere: easier to follow than WXT's auto-imports.
  imports: false,
  // There is no official WXT module for Preact: add it through WXT's Vite hook.
  vite: () => ({
    plugins: [preact(), noHtmlSinks()],
    // Browsers that run Manifest V3 support <link rel="modulepreload">: Vite's polyfill, which
    // would put the only fetch() call of the whole extension into the popup, is not needed.
    build: { modulePreload: { polyfill: false } },
  }),
  zip: {
    // Firefox reviewers rebuild from the sources archive: everything but test output and images.
    excludeSources: ['test-results/**', 'test/screenshots/**', '.output/**', 'node_modules/**'],
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // scripting: the background runs the content script's real work in a frame on the bootstrap's
    // request (src/ext/load-content.ts). executeScript needs the hosts as host permissions
    // (Chrome 156 refuses it on the content script's matches alone): the same <all_urls> the
    // content script already runs on, so no new warning at install.
    permissions: ['storage', 'activeTab', 'contextMenus', 'scripting'],
    host_permissions: ['<all_urls>'],
    commands: {
      'toggle-enabled': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_commandToggle__',
      },
    },
    // light-dark() in the popover and popup palettes came with Chrome 123.
    ...(browser !== 'firefox' && { minimum_chrome_version: '123' }),
    ...(browser === 'firefox' && {
      // Firefox puts an extension's button in the extensions panel unless asked: the OFF badge
      // would go unseen.
      action: { default_area: 'navbar' },
      browser_specific_settings: {
        gecko: {
          id: 'hketo-lens@hketo-lens.invalid',
          // data_collection_permissions came with Firefox 140; the end-to-end suite passes on
          // ESR 140.12 and 153.8 (2026-12).
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
        // Firefox for Android has data_collection_permissions from 142.
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
});
