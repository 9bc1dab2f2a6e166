/** Names of divisions as lists in the popup: short Chinese names in the chosen script, or English. */
import type { Division } from '../../core/gazetteer';
import type { Translator } from '../../core/i18n';
import { romanizedName } from '../../core/popup-hits';
import { zhLang } from './lang';

export function shortName(division: Division, tr: Translator): string {
  if (tr.language === 'en') return romanizedName(division);
  return tr.script === 'hant' ? division.shortHant : division.shortHans;
}

export function NameList({ divisions, tr }: { divisions: Division[]; tr: Translator }) {
  const names = divisions.map((d) => shortName(d, tr)).join(tr.language === 'en' ? ', ' : '、');
  return <span lang={tr.language === 'en' ? 'en' : zhLang(tr.script)}>{names}</span>;
}
