/**
 * Toolbar popup: loads the bundled data, the settings and the tab, then renders the app. The
 * first render waits for the settings (a few milliseconds) so that the popup opens in the right
 * language and theme instead of flashing the defaults.
 */
import { render } from 'preact';
import areasJson from '../../data/areas.json';
import divisionsJson from '../../data/generated/divisions.json';
import officesJson from '../../data/offices.json';
import { loadAppData, loadAreasFile, loadOfficesFile } from '../../src/core/data/load';
import { settingsStore } from '../../src/ext/settings-store';
import { connectTab } from '../../src/ext/tab-link';
import { App } from '../../src/ui/popup/App';
import '../../src/ui/popup/popup.css';

async function start() {
  const offices = loadOfficesFile(officesJson);
  const [initialSettings, tab] = await Promise.all([settingsStore.load(), connectTab(location.search)]);
  render(
    <App
      app={loadAppData({ divisions: divisionsJson, offices })}
      areasFile={loadAreasFile(areasJson)}
      sources={offices.sources}
      asOfSources={offices.asOfSources}
      settingsStore={settingsStore}
      initialSettings={initialSettings}
      browserLanguage={navigator.language}
      tab={tab}
      initialQuery={new URLSearchParams(location.search).get('q') ?? ''}
      copy={(text) => navigator.clipboard.writeText(text)}
    />,
    document.getElementById('app')!,
  );
  // Read by the end-to-end tests, which report how long the popup takes to open.
  performance.mark('hketo-lens:popup-rendered');
}

void start();
