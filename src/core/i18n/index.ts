/**
 * Interface strings in English, Traditional Chinese (Hong Kong) and Simplified Chinese. The
 * Chinese interface follows the script switch, so that one switch turns every Chinese text on
 * screen, names and interface alike, to Traditional or Simplified.
 */
import type { Language, Script } from '../settings';
import { en, type Catalogue, type MessageKey } from './en';
import { zhHans } from './zh-hans';
import { zhHant } from './zh-hant';

export type { MessageKey };
export type ConcreteScript = Exclude<Script, 'page'>;
export type UiLanguage = 'en' | 'zh';

export interface Translator {
  language: UiLanguage;
  script: ConcreteScript;
  /** The string for `key`, with `{name}` placeholders filled in. */
  t(key: MessageKey, values?: Record<string, string | number>): string;
  /** The form that fits the interface: English, or the Chinese of the current script. */
  pick(forms: { en: string; hant: string; hans: string }): string;
}

/** `auto` follows the browser: Chinese for any zh-* locale, English otherwise. */
export function resolveLanguage(setting: Language, browserLanguage: string): UiLanguage {
  if (setting !== 'auto') return setting;
  return /^zh\b/i.test(browserLanguage) ? 'zh' : 'en';
}

/** The default script for a browser language: Simplified for zh-CN and zh-SG, else Traditional. */
export function scriptForBrowser(browserLanguage: string): ConcreteScript {
  return /^zh-(cn|sg|hans)/i.test(browserLanguage) ? 'hans' : 'hant';
}

export function makeTranslator(language: UiLanguage, script: ConcreteScript): Translator {
  const catalogue: Catalogue = language === 'en' ? en : script === 'hans' ? zhHans : zhHant;
  return {
    language,
    script,
    t(key, values) {
      const text = catalogue[key];
      return values ? text.replace(/\{(\w+)\}/g, (all, name: string) => String(values[name] ?? all)) : text;
    },
    pick: (forms) => (language === 'en' ? forms.en : forms[script]),
  };
}
