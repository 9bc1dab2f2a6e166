/**
 * The popup's interface-language control and the script it implies. The control
 * offers the two Chinese interfaces as separate choices because the Chinese interface follows the
 * script setting: picking 简体中文 means language `zh` and script `hans` together.
 */
import { scriptForBrowser, type ConcreteScript } from '../../core/i18n';
import type { Script, Settings } from '../../core/settings';

export type LanguageChoice = 'auto' | 'zh-hant' | 'zh-hans' | 'en';

/** Each language is named in itself, so that someone who cannot read the current one finds theirs. */
export const LANGUAGE_NAMES: ReadonlyArray<{ value: Exclude<LanguageChoice, 'auto'>; label: string; lang: string }> = [
  { value: 'zh-hant', label: '繁體中文（香港）', lang: 'zh-HK' },
  { value: 'zh-hans', label: '简体中文', lang: 'zh-CN' },
  { value: 'en', label: 'English', lang: 'en' },
];

export function languageChoice(settings: Pick<Settings, 'language'>, script: ConcreteScript): LanguageChoice {
  if (settings.language === 'zh') return script === 'hans' ? 'zh-hans' : 'zh-hant';
  return settings.language;
}

export function languagePatch(choice: LanguageChoice): Partial<Settings> {
  if (choice === 'zh-hant') return { language: 'zh', script: 'hant' };
  if (choice === 'zh-hans') return { language: 'zh', script: 'hans' };
  return { language: choice };
}

/**
 * The script of the popup's own Chinese. "Follow the page" has no text to follow here, so it
 * falls back to the browser's locale as the content script falls back to Traditional.
 */
export function popupScript(setting: Script, browserLanguage: string): ConcreteScript {
  return setting === 'page' ? scriptForBrowser(browserLanguage) : setting;
}
