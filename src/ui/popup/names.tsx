/** Names of divisions as lists in the popup: short Chinese names in the chosen script, or English. */
import type { Division } from '../../core/gazetteer';
import type { Translator } from '../../core/i18n';
import { romanizedName } from '../../core/place-card';
import { uiLang } from '../lang';

export function shortName(division: Division, tr: Translator): string {
  if (tr.language === 'en') return romanizedName(division);
  return tr.script === 'hant' ? division.shortHant : division.shortHans;
}

/** Items joined as a list in the interface language: "a, b" or "a、b". */
export const joinList = (items: string[], tr: Translator) => items.join(tr.language === 'en' ? ', ' : '、');

export function NameList({ divisions, tr }: { divisions: Division[]; tr: Translator }) {
  return <span lang={uiLang(tr)}>{joinList(divisions.map((d) => shortName(d, tr)), tr)}</span>;
}
