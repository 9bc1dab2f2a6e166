/**
 * This page: the places the content script has underlined on the tab, grouped by office. Each
 * scrolls the page to its first mention. The list exists only while highlight-all is on, and
 * grows while the page is still being read, so it is asked again until the scan is done.
 */
import { useEffect, useState } from 'preact/hooks';
import type { AppData } from '../../core/data/load';
import type { Translator } from '../../core/i18n';
import type { PageSummary } from '../../core/messages';
import { OFFICE_COLORS } from '../../core/office-colors';
import { nameIn, romanizedName } from '../../core/names';
import { groupByOffice } from '../../core/places-by-office';
import { isActiveOn, type Settings } from '../../core/settings';
import { zhLang } from '../lang';
import { SiteAccess } from './SiteAccess';
import type { TabLink } from '../../core/ports';

interface Props {
  app: AppData;
  tab: TabLink;
  settings: Settings;
  tr: Translator;
  update(patch: Partial<Settings>): void;
}

const POLL_MS = 700;

type State = { kind: 'loading' } | { kind: 'unavailable' } | { kind: 'ready'; summary: PageSummary };

export function PagePanel({ app, tab, settings, tr, update }: Props) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const site = tab.site.kind === 'site' ? tab.site.site : null;
  const active = isActiveOn(settings, site);

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = async () => {
      const summary = await tab.summary();
      if (stopped) return;
      setState(summary ? { kind: 'ready', summary } : { kind: 'unavailable' });
      // Ask again while the page is being read, or until the page has caught up with the settings.
      const catchingUp = summary && (summary.scanning || (settings.highlightAll && active && !summary.highlighting));
      if (catchingUp) timer = setTimeout(() => void ask(), POLL_MS);
    };
    void ask();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [tab, settings.highlightAll, active]);

  return (
    <div class="page-summary" aria-busy={state.kind === 'loading'}>
      <h2 class="panel-title">{tr.t('thisPage')}</h2>
      <PageBody state={state} active={active} app={app} tab={tab} settings={settings} tr={tr} update={update} />
    </div>
  );
}

function PageBody({ state, active, app, tab, settings, tr, update }: Props & { state: State; active: boolean }) {
  if (state.kind === 'loading') return null;
  if (state.kind === 'unavailable') {
    if (tab.site.kind === 'noAccess') return <SiteAccess tab={tab} site={tab.site.site} tr={tr} />;
    return <p class="note">{tr.t('pageSummaryUnavailable')}</p>;
  }
  if (!active) return <p class="note">{tr.t('pageSummaryInactive')}</p>;
  const { summary } = state;
  if (!settings.highlightAll || !summary.highlighting) {
    return (
      <div class="note">
        <p>{tr.t('pageSummaryOff')}</p>
        {!settings.highlightAll && (
          <button type="button" onClick={() => update({ highlightAll: true })}>
            {tr.t('turnOnHighlightAll')}
          </button>
        )}
      </div>
    );
  }
  const groups = groupByOffice(summary.places, app.gazetteer, app.directory);
  const zh = zhLang(tr.script);
  return (
    <>
      <p class="note" role="status">
        {groups.length ? tr.t('placesOnPage', { count: summary.places.length }) : tr.t('pageSummaryEmpty')}
        {summary.scanning && ` ${tr.t('pageScanning')}`}
      </p>
      {groups.length > 0 && <p class="hint">{tr.t('revealHint')}</p>}
      {groups.map(({ office, places }) => (
        <section
          key={office.id}
          class="page-group"
          data-office={office.id}
          style={{ '--office-color': OFFICE_COLORS[office.id] }}
          aria-labelledby={`page-${office.id}`}
        >
          <h3 id={`page-${office.id}`} class="group-title">
            <span class="swatch" aria-hidden="true" />
            {tr.pick(office.name)} <abbr class="abbr">{office.abbr.value}</abbr>
          </h3>
          <ul class="page-places">
            {places.map(({ division, count }) => (
              <li key={division.code}>
                <button
                  type="button"
                  class="page-place"
                  data-code={division.code}
                  onClick={() => void tab.reveal(division.code)}
                >
                  <span lang={zh}>{nameIn(division, tr.script)}</span>
                  {division.parentIndex >= 0 && (
                    <span class="muted" lang={zh}>
                      {nameIn(app.gazetteer.divisions[division.parentIndex]!, tr.script)}
                    </span>
                  )}
                  <span class="muted" lang="en">
                    {romanizedName(division)}
                  </span>
                  <span class="count">{tr.t('mentions', { count })}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
