/** Divisions as lists in the popup, in the interface language (names from src/core/names.ts). */
import type { Division } from '../../core/gazetteer';
import type { Translator } from '../../core/i18n';
import { shortName } from '../../core/names';
import { uiLang } from '../lang';

/** Items joined as a list in the interface language: "a, b" or "a、b". */
export const joinList = (items: string[], tr: Translator) => items.join(tr.language === 'en' ? ', ' : '、');

export function NameList({ divisions, tr }: { divisions: Division[]; tr: Translator }) {
  return (
    <span lang={uiLang(tr)}>
      {joinList(
        divisions.map((d) => shortName(d, tr)),
        tr,
      )}
    </span>
  );
}
