/**
 * Settings. Each control writes to storage as soon as it changes; open pages follow through
 * their storage watchers, so nothing needs a reload.
 */
import type { Translator } from '../../core/i18n';
import { LANGUAGE_NAMES, languageChoice, languagePatch, type LanguageChoice } from './language-choice';
import type { FontSize, HoldKey, Script, Settings, TapToLookUp, Theme } from '../../core/settings';
import { Segmented, Select, Toggle, type Option } from './controls';
import { SiteAccess } from './SiteAccess';
import type { TabLink } from '../../core/ports';

interface Props {
  settings: Settings;
  tab: TabLink;
  tr: Translator;
  update(patch: Partial<Settings>): void;
}

const DELAYS = [0, 50, 100, 200, 300, 500, 800, 1000, 1500, 2000];

export function SettingsPanel({ settings, tab, tr, update }: Props) {
  const { t } = tr;
  const languages: Option<LanguageChoice>[] = [{ value: 'auto', label: t('languageAuto') }, ...LANGUAGE_NAMES];
  const scripts: Option<Script>[] = [
    { value: 'hant', label: t('scriptHant') },
    { value: 'hans', label: t('scriptHans') },
    { value: 'page', label: t('scriptPage') },
  ];
  const holdKeys: Option<HoldKey>[] = [
    { value: 'none', label: t('holdKeyNone') },
    { value: 'Shift', label: 'Shift' },
    { value: 'Alt', label: 'Alt' },
    { value: 'Control', label: 'Ctrl' },
  ];
  const delays = [...new Set([...DELAYS, settings.hoverDelay])].sort((a, b) => a - b);
  const themes: Option<Theme>[] = [
    { value: 'auto', label: t('themeAuto') },
    { value: 'light', label: t('themeLight') },
    { value: 'dark', label: t('themeDark') },
  ];
  const sizes: Option<FontSize>[] = [
    { value: 'small', label: t('fontSmall') },
    { value: 'normal', label: t('fontNormal') },
    { value: 'large', label: t('fontLarge') },
  ];

  const taps: Option<TapToLookUp>[] = [
    { value: 'auto', label: t('tapAuto') },
    { value: 'on', label: t('tapOn') },
    { value: 'off', label: t('tapOff') },
  ];

  return (
    <form class="settings" onSubmit={(event) => event.preventDefault()}>
      <section aria-labelledby="settings-pages">
        <h2 id="settings-pages" class="section-title">
          {t('sectionPages')}
        </h2>
        <Toggle
          id="setting-enabled"
          label={t('enabledLabel')}
          checked={settings.enabled}
          onChange={(enabled) => update({ enabled })}
        />
        <SiteSwitch settings={settings} tab={tab} tr={tr} update={update} />
      </section>
      <section aria-labelledby="settings-language">
        <h2 id="settings-language" class="section-title">
          {t('sectionLanguage')}
        </h2>
        <Select
          id="setting-language"
          label={t('language')}
          value={languageChoice(settings, tr.script)}
          options={languages}
          onChange={(choice) => update(languagePatch(choice))}
        />
        <Segmented
          name="script"
          legend={t('script')}
          value={settings.script}
          options={scripts}
          onChange={(script) => update({ script })}
        />
      </section>
      <section aria-labelledby="settings-popover">
        <h2 id="settings-popover" class="section-title">
          {t('sectionPopover')}
        </h2>
        <Select
          id="setting-hold-key"
          label={t('holdKey')}
          value={settings.holdKey}
          options={holdKeys}
          onChange={(holdKey) => update({ holdKey })}
        />
        <Select
          id="setting-hover-delay"
          label={t('hoverDelay')}
          value={String(settings.hoverDelay)}
          options={delays.map((ms) => ({ value: String(ms), label: t('milliseconds', { value: ms }) }))}
          onChange={(value) => update({ hoverDelay: Number(value) })}
        />
        <Segmented
          name="tapToLookUp"
          legend={t('tapToLookUp')}
          value={settings.tapToLookUp}
          options={taps}
          onChange={(tapToLookUp) => update({ tapToLookUp })}
        />
        <Segmented
          name="theme"
          legend={t('theme')}
          value={settings.theme}
          options={themes}
          onChange={(theme) => update({ theme })}
        />
        <Segmented
          name="fontSize"
          legend={t('fontSize')}
          value={settings.fontSize}
          options={sizes}
          onChange={(fontSize) => update({ fontSize })}
        />
      </section>
      <section aria-labelledby="settings-detection">
        <h2 id="settings-detection" class="section-title">
          {t('sectionDetection')}
        </h2>
        <Toggle
          id="setting-county-short-names"
          label={t('countyShortNames')}
          checked={settings.countyShortNames}
          onChange={(countyShortNames) => update({ countyShortNames })}
        />
        <Toggle
          id="setting-highlight-all"
          label={t('highlightAll')}
          checked={settings.highlightAll}
          onChange={(highlightAll) => update({ highlightAll })}
        />
        <Toggle
          id="setting-editable"
          label={t('editable')}
          checked={settings.editable}
          onChange={(editable) => update({ editable })}
        />
      </section>
    </form>
  );
}

/** The tab's site and a button to turn the extension off or on there. */
function SiteSwitch({ settings, tab, tr, update }: Props) {
  const { site } = tab;
  if (site.kind === 'noAccess') return <SiteAccess tab={tab} site={site.site} tr={tr} />;
  if (site.kind !== 'site') return <p class="site-note">{tr.t(site.kind === 'none' ? 'noSite' : 'siteUnknown')}</p>;
  const off = settings.disabledSites.includes(site.site);
  const toggle = () =>
    update({
      disabledSites: off
        ? settings.disabledSites.filter((s) => s !== site.site)
        : [...settings.disabledSites, site.site],
    });
  return (
    <div class="site-switch">
      <p class="site-state" data-off={off}>
        {tr.t(off ? 'siteDisabled' : 'siteEnabled', { site: site.site })}
      </p>
      <button type="button" onClick={toggle}>
        {tr.t(off ? 'enableOnSite' : 'disableOnSite')}
      </button>
    </div>
  );
}
