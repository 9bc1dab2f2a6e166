/**
 * How the interface names divisions, offices and liaison units, in every language and script:
 * the one place that decides, so that the popover, the popup's cards, lists, map and search rows
 * agree, and no view checks the interface language for a name itself.
 */
import type { LiaisonUnit, Office } from './data/offices-schema';
import type { Division } from './gazetteer';
import type { ConcreteScript, Translator } from './i18n';

/** The name in the chosen Chinese script: 廣州市 / 广州市. */
export function nameIn(division: Division, script: ConcreteScript): string {
  return script === 'hant' ? division.nameHant : division.nameHans;
}

/** The conventional English name where there is one (Urumqi), else the pinyin. */
export const romanizedName = (division: Division) => division.english[0] ?? division.pinyin;

/** A division named in full in the interface's language: 廣州市 / 广州市, or Guangzhou. */
export const divisionName = (division: Division, tr: Translator) =>
  tr.language === 'en' ? romanizedName(division) : nameIn(division, tr.script);

/** A division in a list: its short Chinese name in the chosen script (杭州), or its English one. */
export function shortName(division: Division, tr: Translator): string {
  if (tr.language === 'en') return romanizedName(division);
  return tr.script === 'hant' ? division.shortHant : division.shortHans;
}

export interface EntityNames {
  /** The official name in the interface's language and script. */
  full: string;
  /** What titles and lists say: 駐粵辦, Beijing Office, 駐遼寧聯絡處, Liaoning Liaison Unit; null where none is published (GDETO's in English). */
  short: string | null;
  /** GDETO; null where none is published (most liaison units). */
  abbr: string | null;
  /** The official name in the other language: English under Chinese, Chinese (in the chosen script) under English. */
  other: string;
}

export function officeNames(office: Office, tr: Translator): EntityNames {
  const english = tr.language === 'en';
  return {
    full: tr.pick(office.name),
    short: english ? (office.shortName.en ?? null) : office.shortName[tr.script],
    abbr: office.abbr.value,
    other: english ? office.name[tr.script] : office.name.en,
  };
}

/** A liaison unit's English name is already short (Liaoning Liaison Unit): it is both. */
export function liaisonNames(unit: LiaisonUnit, tr: Translator): EntityNames {
  const english = tr.language === 'en';
  return {
    full: tr.pick(unit.name),
    short: english ? unit.name.en : unit.shortName[tr.script],
    abbr: unit.abbr?.value ?? null,
    other: english ? unit.name[tr.script] : unit.name.en,
  };
}

/** An office mentioned in passing ("Immigration Division · 駐粵辦"): its short name, else its abbreviation. */
export const officeMention = (office: Office, tr: Translator) => {
  const names = officeNames(office, tr);
  return names.short ?? names.abbr!;
};

/** A liaison unit as titles and lists name it. */
export const liaisonName = (unit: LiaisonUnit, tr: Translator) => liaisonNames(unit, tr).short!;
