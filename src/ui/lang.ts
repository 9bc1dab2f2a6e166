/** `lang` values for Chinese text, so that screen readers and fonts treat it as Hong Kong or mainland Chinese. */
import type { ConcreteScript, Translator } from '../core/i18n';

export const zhLang = (script: ConcreteScript) => (script === 'hant' ? 'zh-HK' : 'zh-CN');

/** The language of the interface text. */
export const uiLang = (tr: Translator) => (tr.language === 'en' ? 'en' : zhLang(tr.script));

/** The language other than the interface's: Chinese under English, English under Chinese. */
export const otherLang = (tr: Translator) => (tr.language === 'en' ? zhLang(tr.script) : 'en');
