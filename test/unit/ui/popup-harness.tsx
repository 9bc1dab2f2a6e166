/** Renders the whole popup over the real data, with a fake tab and the WXT fake browser's storage. */
import { render } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PageSummary } from '../../../src/core/messages';
import { settingsStore } from '../../../src/ext/settings-store';
import { App } from '../../../src/ui/popup/App';
import type { SiteState, TabLink } from '../../../src/core/ports';
import { readAreasFile } from '../../../src/cli/data';
import { appData, officesFile } from '../../support/data';

export interface PopupOptions {
  /** What is in storage when the popup opens. */
  stored?: unknown;
  query?: string;
  site?: SiteState;
  /** What the content script answers, or null for none. */
  summary?: PageSummary | null;
  browserLanguage?: string;
  /** Whether the user grants site access when the popup asks for it. */
  grantAccess?: boolean;
  /** The browser refuses the clipboard (no focus, a permissions policy). */
  refuseCopy?: boolean;
}

export async function renderPopup(options: PopupOptions = {}) {
  fakeBrowser.reset();
  if (options.stored !== undefined) await fakeBrowser.storage.local.set({ settings: options.stored });
  const initialSettings = await settingsStore.load();
  const revealed: string[] = [];
  const copied: string[] = [];
  let accessRequests = 0;
  const tab: TabLink = {
    site: options.site ?? { kind: 'site', site: 'news.example.cn' },
    summary: async () => options.summary ?? null,
    reveal: async (code) => {
      revealed.push(code);
      return true;
    },
    requestAccess: async () => {
      accessRequests++;
      return options.grantAccess ?? false;
    },
  };
  const view = render(
    <App
      app={appData}
      areasFile={readAreasFile()}
      sources={officesFile.sources}
      asOfSources={officesFile.asOfSources}
      settingsStore={settingsStore}
      initialSettings={initialSettings}
      browserLanguage={options.browserLanguage ?? 'zh-HK'}
      tab={tab}
      initialQuery={options.query ?? ''}
      copy={async (text) => {
        if (options.refuseCopy) throw new DOMException('Document is not focused.', 'NotAllowedError');
        copied.push(text);
      }}
    />,
  );
  return {
    ...view,
    revealed,
    copied,
    accessRequests: () => accessRequests,
    async stored(): Promise<Record<string, unknown>> {
      return ((await fakeBrowser.storage.local.get('settings')) as { settings: Record<string, unknown> }).settings;
    },
  };
}
