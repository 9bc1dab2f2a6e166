/**
 * Builds `data/generated/areas-page.json` from data/areas.json: what the content script needs to
 * find new areas, cooperation zones and regions on pages and to show their card. Every Chinese
 * name and alias is written in both scripts (opencc-js, build time only: 长三角 → 長三角); Latin
 * names stay with the popup's search.
 */
import * as OpenCC from 'opencc-js';
import { AREAS_PAGE_FORMAT, type AreasFile, type AreasPageFile } from '../../core/data/areas-schema';

const isHanName = (name: string) => /^\p{Script=Han}+$/u.test(name);

export function buildAreasPage(file: AreasFile): AreasPageFile {
  const converters = (['tw', 't', 'hk'] as const).map((to) => OpenCC.Converter({ from: 'cn', to }));
  const bothScripts = (names: string[]) => [
    ...new Set(names.flatMap((name) => [name, ...converters.map((c) => c(name))])),
  ];
  return {
    format: AREAS_PAGE_FORMAT,
    areas: file.areas.map((area) => {
      const guarded = bothScripts(area.guarded?.names ?? []);
      const names = bothScripts([area.name.hans, area.name.hant, ...area.aliases].filter(isHanName));
      return {
        id: area.id,
        kind: area.kind,
        name: area.name,
        ...(area.since && { since: area.since }),
        hosts: area.hosts,
        names: names.filter((name) => !guarded.includes(name)),
        guarded,
        cues: bothScripts(area.guarded?.cues ?? []),
      };
    }),
  };
}

/** One area a line: small diffs when the data changes. */
export function serializeAreasPage(file: AreasPageFile): string {
  return `{"format":${file.format},"areas":[\n${file.areas.map((a) => JSON.stringify(a)).join(',\n')}\n]}\n`;
}
