/** What the popup's map shows about a province: colour, office, liaison units and divisions below. */
import type { LiaisonUnit, Office } from '../../core/data/offices-schema';
import type { Division, Gazetteer } from '../../core/gazetteer';
import type { Directory } from '../../core/offices';

export interface ProvinceFacts {
  province: Division;
  office: Office;
  /** Liaison units for the whole province (浙江), or for a part of it (深圳 in 广东). */
  units: Array<{ unit: LiaisonUnit; area: Division; wholeProvince: boolean }>;
  /** Divisions directly under the province: prefecture-level cities, or a municipality's districts. */
  children: Division[];
  childrenAreDistricts: boolean;
}

export function provinceFacts(gazetteer: Gazetteer, directory: Directory, code: string): ProvinceFacts {
  const province = gazetteer.byCode.get(code);
  if (!province || province.level !== 'province') throw new Error(`${code} is not a provincial division`);
  const units = directory.liaisonUnits.flatMap((unit) =>
    unit.covers.codes.flatMap((covered) => {
      const area = gazetteer.byCode.get(covered);
      return area && area.provinceCode === code ? [{ unit, area, wholeProvince: area.code === code }] : [];
    }),
  );
  const children = gazetteer.divisions.filter((d) => d.parentCode === code);
  return {
    province,
    office: directory.officeOfProvince(code),
    units,
    children,
    childrenAreDistricts: children.every((d) => d.level === 'county'),
  };
}
