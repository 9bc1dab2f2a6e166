/**
 * Which office and liaison unit cover a division. Offices serve whole provinces; a liaison unit
 * covers the divisions under the codes it lists (a province, or Shenzhen), the most specific first.
 */
import type { LiaisonId, LiaisonUnit, Office, OfficeId, OfficesFile } from './data/offices-schema';
import { chainOf, type Division, type Gazetteer } from './gazetteer';

interface Coverage {
  office: Office;
  liaison: LiaisonUnit | null;
}

export interface Directory {
  asOf: string;
  hotline: OfficesFile['hotline'];
  emergency: OfficesFile['emergency'];
  offices: Office[];
  liaisonUnits: LiaisonUnit[];
  office(id: OfficeId): Office;
  liaison(id: LiaisonId): LiaisonUnit;
  /** Office serving a province code (`330000`). */
  officeOfProvince(provinceCode: string): Office;
  coverageOf(gazetteer: Gazetteer, division: Division): Coverage;
}

export type DirectoryData = Pick<OfficesFile, 'asOf' | 'hotline' | 'emergency' | 'offices' | 'liaisonUnits'>;

export function makeDirectory(data: DirectoryData): Directory {
  const byProvince = new Map<string, Office>();
  for (const office of data.offices) {
    for (const code of office.serves.provinces) {
      if (byProvince.has(code)) throw new Error(`province ${code} is served by two offices`);
      byProvince.set(code, office);
    }
  }
  const liaisonByCode = new Map<string, LiaisonUnit>();
  for (const unit of data.liaisonUnits) for (const code of unit.covers.codes) liaisonByCode.set(code, unit);
  const offices = new Map(data.offices.map((o) => [o.id, o]));
  const units = new Map(data.liaisonUnits.map((u) => [u.id, u]));
  const required = <K, T>(map: Map<K, T>, key: K): T => {
    const value = map.get(key);
    if (!value) throw new Error(`unknown id or code ${String(key)}`);
    return value;
  };

  return {
    asOf: data.asOf,
    hotline: data.hotline,
    emergency: data.emergency,
    offices: data.offices,
    liaisonUnits: data.liaisonUnits,
    office: (id) => required(offices, id),
    liaison: (id) => required(units, id),
    officeOfProvince: (code) => required(byProvince, code),
    coverageOf(gazetteer, division) {
      const office = required(byProvince, division.provinceCode);
      const chain = chainOf(gazetteer, division);
      const unit = chain.map((d) => liaisonByCode.get(d.code)).find((u) => u !== undefined) ?? null;
      return { office, liaison: unit };
    },
  };
}
