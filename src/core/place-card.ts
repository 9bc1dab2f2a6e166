/**
 * What the popover and the popup show about a division: its names in the chosen script, its
 * chain, its office and liaison unit, and how to get help. Plain data, built here once, so that
 * both views and the copied text agree.
 */
import type { LiaisonUnit, Office, OfficeId, OpeningHours } from './data/offices-schema';
import { chainOf, type Division, type Gazetteer } from './gazetteer';
import { emergencyAsText, emergencyView, type EmergencyView } from './emergency';
import type { Translator } from './i18n';
import { liaisonName, nameIn, officeMention, officeNames, romanizedName } from './names';
import type { Directory } from './offices';

export interface OfficeView {
  id: OfficeId;
  name: string;
  /** Official name in the other language (Chinese under an English interface, and vice versa). */
  otherName: string;
  abbr: string;
  shortName: string;
  website: string;
  immigration: {
    tel?: string;
    fax?: string;
    address?: string;
    hours?: string;
    asOf?: string;
  } | null;
  address?: string;
}

interface LiaisonView {
  id: string;
  name: string;
  seat: string;
}

export interface PlaceCard {
  code: string;
  /** Name in the chosen script. */
  name: string;
  /** The same name in the other script, when it differs (廣州市 / 广州市). */
  otherScriptName: string | null;
  romanized: string;
  levelLabel: string;
  /** Names of the divisions above, nearest first: 杭州市, 浙江省. */
  chain: string[];
  /** Its former names, latest first: "formerly 萧山市, until 2001; formerly 萧山县, until 1987", or null. */
  former: string | null;
  office: OfficeView;
  liaison: LiaisonView | null;
  hotline: string;
  emergency: EmergencyView;
  asOf: string;
  /** Set when the card is a new area, cooperation zone or region's (area-card.ts), not a division's. */
  area?: AreaFacts;
}

interface AreaFacts {
  /** What kind of area it is: 国家级新区, 合作区, 区域. */
  kind: string;
  since?: string;
  /** The divisions it lies in, in the chosen script. */
  hosts: string[];
  /** Every office serving the hosts' provinces; `office` is the first. */
  offices: OfficeView[];
  /** The liaison units of the hosts, each once; `liaison` is set when one covers every host. */
  liaisons: LiaisonView[];
  /** Whether some host has no liaison unit (8 of the Greater Bay Area's 9 cities). */
  uncovered: boolean;
}

function formatHours(hours: OpeningHours, t: Translator['t']): string {
  const sessions = hours.sessions.map((s) => s.replace('-', '–')).join(', ');
  return t('hoursMonFri', { sessions }) + (hours.exceptMainlandHolidays ? ` (${t('exceptHolidays')})` : '');
}

export function officeView(office: Office, tr: Translator): OfficeView {
  const contact = office.immigrationContact;
  const address = tr.script === 'hant' ? contact?.addressHant : contact?.addressHans;
  const names = officeNames(office, tr);
  return {
    id: office.id,
    name: names.full,
    otherName: names.other,
    abbr: office.abbr.value,
    shortName: officeMention(office, tr),
    website: office.website.value,
    immigration: contact
      ? {
          tel: contact.tel,
          ...(contact.fax && { fax: contact.fax }),
          ...(address && { address }),
          ...(contact.hours && { hours: formatHours(contact.hours, tr.t) }),
          ...(contact.asOf && { asOf: contact.asOf }),
        }
      : null,
    ...(office.address && { address: office.address.en }),
  };
}

export function liaisonView(unit: LiaisonUnit, tr: Translator): LiaisonView {
  return {
    id: unit.id,
    name: liaisonName(unit, tr),
    seat: tr.pick(unit.seat),
  };
}

const LEVEL_KEYS = { province: 'levelProvince', prefecture: 'levelPrefecture', county: 'levelCounty' } as const;

export function placeCard(gazetteer: Gazetteer, directory: Directory, division: Division, tr: Translator): PlaceCard {
  const { office, liaison } = directory.coverageOf(gazetteer, division);
  const name = nameIn(division, tr.script);
  const other = nameIn(division, tr.script === 'hant' ? 'hans' : 'hant');
  return {
    code: division.code,
    name,
    otherScriptName: other === name ? null : other,
    romanized: romanizedName(division),
    levelLabel: tr.t(LEVEL_KEYS[division.level]),
    chain: chainOf(gazetteer, division)
      .slice(1)
      .map((d) => nameIn(d, tr.script)),
    former: division.former.length
      ? division.former
          .map((f) => tr.t('formerly', { name: tr.script === 'hant' ? f.nameHant : f.nameHans, year: f.until }))
          .join(tr.language === 'en' ? '; ' : '；')
      : null,
    office: officeView(office, tr),
    liaison: liaison ? liaisonView(liaison, tr) : null,
    hotline: directory.hotline.number,
    emergency: emergencyView(directory.emergency, tr),
    asOf: directory.asOf,
  };
}

/** The card's liaison unit, or an area's units (a region's provinces each have theirs). */
export function liaisonLine({ liaison, area }: PlaceCard, tr: Translator): string {
  const units = area?.liaisons ?? (liaison ? [liaison] : []);
  if (!units.length) return tr.t('noLiaisonUnit');
  const names = units.map((u) => `${u.name} (${u.seat})`);
  if (area?.uncovered) names.push(tr.t('areaLiaisonElsewhere'));
  return names.join(tr.language === 'en' ? '; ' : '；');
}

/** Plain text for the clipboard: the place, its office and how to get help. */
/** Where a card's Copy button stands: not pressed yet, copied, or refused by the browser. */
export type CopyStatus = 'ready' | 'copied' | 'failed';
/** What the Copy button says in each. */
export const COPY_LABELS = { ready: 'copy', copied: 'copied', failed: 'copyFailed' } as const satisfies Record<
  CopyStatus,
  string
>;

export function cardAsText(card: PlaceCard, tr: Translator): string {
  const { area } = card;
  const lines = [
    [card.name, ...card.chain].join(' · ') + ` (${card.romanized})`,
    ...(card.former ? [card.former] : []),
    ...(area ? [area.kind, `${tr.t('hostedBy')}: ${area.hosts.join(tr.language === 'en' ? ', ' : '、')}`] : []),
    ...(area?.offices ?? [card.office]).map((office) => `${tr.t('office')}: ${office.name} (${office.abbr})`),
  ];
  if (card.area?.liaisons.length) lines.push(`${tr.t('liaisonUnit')}: ${liaisonLine(card, tr)}`);
  else if (card.liaison) lines.push(`${tr.t('liaisonUnit')}: ${card.liaison.name}`);
  const imm = card.office.immigration;
  const asOf = imm?.asOf ? ` (${tr.t('contactAsOf', { date: imm.asOf })})` : '';
  lines.push(imm?.tel ? `${tr.t('immigrationDivision')} ${tr.t('tel')}: ${imm.tel}${asOf}` : tr.t('contactViaWebsite'));
  if (imm?.address) lines.push(imm.address);
  lines.push(`${tr.t('hotline')}: ${card.hotline}`, ...emergencyAsText(card.emergency, tr));
  lines.push(`${tr.t('website')}: ${card.office.website}`);
  lines.push(tr.t('asOf', { date: card.asOf }));
  return lines.join('\n');
}
