/**
 * Which sources back which fact of an office or liaison unit, for the popup's source lists.
 * Every fact in offices.json carries keys into the file's `sources` index; the popup shows them
 * fact by fact, then each source once with its title and date.
 */
import type { LiaisonUnit, Office, Source } from './data/offices-schema';
import type { MessageKey } from './i18n';

export interface FactSources {
  fact: MessageKey;
  keys: string[];
}

type Sourced = { sources: string[] } | undefined;

function facts(pairs: Array<[MessageKey, Sourced]>): FactSources[] {
  const byFact = new Map<MessageKey, string[]>();
  for (const [fact, sourced] of pairs) {
    if (!sourced) continue;
    const keys = byFact.get(fact) ?? [];
    for (const key of sourced.sources) if (!keys.includes(key)) keys.push(key);
    byFact.set(fact, keys);
  }
  return [...byFact].map(([fact, keys]) => ({ fact, keys }));
}

export function officeFactSources(office: Office): FactSources[] {
  return facts([
    ['factName', office.name],
    ['factName', office.shortName],
    ['factAbbr', office.abbr],
    ['seat', office.seat],
    ['established', office.established],
    ['covers', office.serves],
    ['website', office.website],
    ['immigrationDivision', office.immigrationDivision],
    ['factContact', office.immigrationContact],
    ['address', office.address],
  ]);
}

export function liaisonFactSources(unit: LiaisonUnit): FactSources[] {
  return facts([
    ['factName', unit.name],
    ['factName', unit.shortName],
    ['factAbbr', unit.abbr],
    ['seat', unit.seat],
    ['covers', unit.covers],
    ['started', unit.started],
  ]);
}

/** Each source once, in order of first citation; keys missing from the index are skipped. */
export function citedSources(
  keys: Iterable<string>,
  index: Readonly<Record<string, Source>>,
): Array<Source & { key: string }> {
  return [...new Set(keys)].flatMap((key) => (index[key] ? [{ key, ...index[key] }] : []));
}
