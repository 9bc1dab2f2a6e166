/**
 * The toolbar popup: search, directory, map, this page and settings, in the interface language
 * and Chinese script of the settings. Only the shown section is rendered, so opening the popup
 * costs one section's work.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { makeAreas } from '../../core/areas';
import type { AreasFile } from '../../core/data/areas-schema';
import type { AppData } from '../../core/data/load';
import type { Source } from '../../core/data/offices-schema';
import type { Division } from '../../core/gazetteer';
import { makeTranslator, resolveLanguage } from '../../core/i18n';
import { popupScript } from './language-choice';
import { SETTING_LABELS } from './setting-labels';
import { isActiveOn, type ParsedSettings } from '../../core/settings';
import { DirectoryPanel } from './DirectoryPanel';
import { MapPanel } from './MapPanel';
import { joinList } from './names';
import { PagePanel } from './PagePanel';
import { SearchPanel, type SearchState } from './SearchPanel';
import { SettingsPanel } from './SettingsPanel';
import type { SettingsStore, TabLink } from '../../core/ports';
import { panelId, tabId, Tabs } from './Tabs';
import { uiLang } from '../lang';
import { useSearch } from './use-search';
import { useSettings } from './use-settings';

export type Section = 'search' | 'directory' | 'map' | 'page' | 'settings';

export interface PopupProps {
  app: AppData;
  /** New areas, cooperation zones and regions (data/areas.json), searched with the divisions. */
  areasFile: AreasFile;
  /** The `sources` index of offices.json, and the keys behind its "as of" date. */
  sources: Readonly<Record<string, Source>>;
  asOfSources: string[];
  /** The stored settings, and what they were when the popup opened. */
  settingsStore: SettingsStore;
  initialSettings: ParsedSettings;
  browserLanguage: string;
  tab: TabLink;
  /** Text to search for at once (`popup.html?q=`). */
  initialQuery: string;
  copy(text: string): Promise<void>;
}

export function App({
  app,
  areasFile,
  sources,
  asOfSources,
  settingsStore,
  initialSettings,
  browserLanguage,
  tab,
  initialQuery,
  copy,
}: PopupProps) {
  const { settings, repaired, update, acknowledgeRepair } = useSettings(settingsStore, initialSettings);
  const tr = useMemo(
    () =>
      makeTranslator(
        resolveLanguage(settings.language, browserLanguage),
        popupScript(settings.script, browserLanguage),
      ),
    [settings.language, settings.script, browserLanguage],
  );
  const areas = useMemo(() => makeAreas(areasFile, app.gazetteer, app.directory), [areasFile, app]);
  const find = useSearch(app, areas);
  const [section, setSection] = useState<Section>('search');
  const [search, setSearch] = useState<SearchState>({ query: initialQuery, open: null });
  const [province, setProvince] = useState<string | null>(null);
  const opened = useRef(false);
  useEffect(() => {
    opened.current = true;
  }, []);
  const lang = uiLang(tr);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const openPlace = (division: Division) => {
    setSearch({ query: search.query, open: { kind: 'division', division } });
    setSection('search');
  };
  const site = tab.site.kind === 'site' ? tab.site.site : null;
  const on = isActiveOn(settings, site);

  return (
    <div class="popup" data-theme={settings.theme} data-size={settings.fontSize} lang={lang}>
      <header class="top">
        <h1 class="app-name">{tr.t('appName')}</h1>
        <span class="status" data-on={on}>
          {on ? tr.t('statusOn') : site && settings.enabled ? tr.t('siteDisabled', { site }) : tr.t('statusOff')}
        </span>
      </header>
      <main class="main">
        {repaired.length > 0 && (
          <div class="notice" role="alert">
            <p>
              {tr.t('settingsRepaired', {
                fields: joinList(
                  repaired.map((field) => tr.t(SETTING_LABELS[field])),
                  tr,
                ),
              })}
            </p>
            <button type="button" onClick={() => void acknowledgeRepair()}>
              {tr.t('acknowledge')}
            </button>
          </div>
        )}
        <Tabs<Section>
          label={tr.t('sections')}
          selected={section}
          onSelect={setSection}
          tabs={[
            { id: 'search', label: tr.t('search') },
            { id: 'directory', label: tr.t('directory') },
            { id: 'map', label: tr.t('map') },
            { id: 'page', label: tr.t('thisPage') },
            { id: 'settings', label: tr.t('settings') },
          ]}
        />
        <div
          class="panel"
          id={panelId(section)}
          role="tabpanel"
          aria-labelledby={tabId(section)}
          tabIndex={section === 'search' ? undefined : 0}
        >
          {section === 'search' && (
            <SearchPanel
              app={app}
              areas={areas}
              search={find}
              sources={sources}
              tr={tr}
              focusOnMount={!opened.current}
              state={search}
              onChange={setSearch}
              copy={copy}
            />
          )}
          {section === 'directory' && <DirectoryPanel app={app} sources={sources} asOfSources={asOfSources} tr={tr} />}
          {section === 'map' && (
            <MapPanel app={app} tr={tr} selected={province} onSelect={setProvince} onOpenPlace={openPlace} />
          )}
          {section === 'page' && <PagePanel app={app} tab={tab} settings={settings} tr={tr} update={update} />}
          {section === 'settings' && <SettingsPanel settings={settings} tab={tab} tr={tr} update={update} />}
        </div>
      </main>
    </div>
  );
}
