/** One search result as the popup lists it: a name, what tells it apart, and its office. */
import { AREA_KIND_KEYS, officesOfArea } from '../../core/areas';
import type { OfficeId } from '../../core/data/offices-schema';
import { chainOf, type Gazetteer } from '../../core/gazetteer';
import type { Translator } from '../../core/i18n';
import type { Directory } from '../../core/offices';
import {
  divisionName,
  liaisonName,
  nameIn,
  officeMention,
  officeNames,
  romanizedName,
  shortName,
} from '../../core/names';
import type { SearchHit, SearchTarget } from '../../core/search';

export interface HitRow {
  /** Unique among targets: a division code, `office:sheto` or `liaison:zhejiang`. */
  key: string;
  /** Chinese for places and, under a Chinese interface, for offices. */
  title: string;
  titleIsChinese: boolean;
  /** Romanized name of a place, shown beside its Chinese name. */
  romanized: string | null;
  /** What tells it apart: a place's prefecture and province (鼓楼区 ×4); what an office covers, a liaison unit's area. */
  detail: string;
  /** Offices and liaison units say what they are; places say it through `detail`. */
  kindLabel: string | null;
  officeId: OfficeId;
  officeAbbr: string;
}

export function targetKey(target: SearchTarget): string {
  if (target.kind === 'division') return target.division.code;
  if (target.kind === 'area') return `area:${target.area.id}`;
  return target.kind === 'office' ? `office:${target.office.id}` : `liaison:${target.liaison.id}`;
}

export function hitRow(hit: SearchHit, gazetteer: Gazetteer, directory: Directory, tr: Translator): HitRow {
  const key = targetKey(hit);
  const chinese = tr.language === 'zh';
  const divisions = (codes: readonly string[]) => codes.flatMap((code) => gazetteer.byCode.get(code) ?? []);
  const listed = (codes: readonly string[]) =>
    divisions(codes)
      .map((d) => shortName(d, tr))
      .join(' · ');
  if (hit.kind === 'area') {
    const offices = officesOfArea(hit.area, gazetteer, directory);
    return {
      key,
      title: tr.script === 'hant' ? hit.area.name.hant : hit.area.name.hans,
      titleIsChinese: true,
      romanized: null,
      detail: offices.map((o) => officeMention(o, tr)).join(' · '),
      kindLabel: tr.t(AREA_KIND_KEYS[hit.area.kind]),
      officeId: offices[0]!.id,
      officeAbbr: offices.map((o) => o.abbr.value).join(' '),
    };
  }
  if (hit.kind === 'office') {
    const { office } = hit;
    const names = officeNames(office, tr);
    return {
      key,
      title: names.short ?? names.full,
      titleIsChinese: chinese,
      romanized: null,
      detail: listed(office.serves.provinces),
      kindLabel: tr.t('office'),
      officeId: office.id,
      officeAbbr: office.abbr.value,
    };
  }
  if (hit.kind === 'liaison') {
    const { liaison } = hit;
    const parent = directory.office(liaison.parent);
    return {
      key,
      title: liaisonName(liaison, tr),
      titleIsChinese: chinese,
      romanized: null,
      detail: `${listed(liaison.covers.codes)} · ${officeMention(parent, tr)}`,
      kindLabel: tr.t('liaisonUnit'),
      officeId: liaison.parent,
      officeAbbr: parent.abbr.value,
    };
  }
  const { division } = hit;
  const office = directory.officeOfProvince(division.provinceCode);
  const above = chainOf(gazetteer, division).slice(1);
  return {
    key,
    title: nameIn(division, tr.script),
    titleIsChinese: true,
    romanized: romanizedName(division),
    detail: above.length ? above.map((d) => divisionName(d, tr)).join(' · ') : tr.t('levelProvince'),
    kindLabel: null,
    officeId: office.id,
    officeAbbr: office.abbr.value,
  };
}
