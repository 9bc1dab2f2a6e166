/** What the popup's map shows about a province: colour, office, liaison units and divisions below. */
import type { LiaisonUnit, Office } from './data/offices-schema';
import type { Division, Gazetteer } from './gazetteer';
import type { Directory } from './offices';

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

/** Black or white, whichever reads better on `hex` (WCAG contrast), for text on office colours. */
export function textColorOn(hex: string): '#000000' | '#ffffff' {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
  return (luminance + 0.05) / 0.05 >= 1.05 / (luminance + 0.05) ? '#000000' : '#ffffff';
}
