/** Turns the two data files into the in-memory gazetteer and office directory. */
import * as v from 'valibot';
import { loadGazetteer, type Gazetteer } from '../gazetteer';
import { makeDirectory, type Directory, type DirectoryData } from '../offices';
import { loadLexicon } from '../detect/lexicon';
import { divisionsFileSchema } from './division-row';
import { areasPageFileSchema } from './areas-schema';

export interface AppData {
  gazetteer: Gazetteer;
  directory: Directory;
}

/**
 * `lexiconFile` and `areasPageFile` are needed only to detect names in text (the popup's search
 * does without, and reads the areas with their sources from data/areas.json).
 */
export function loadAppData(divisionsFile: unknown, offices: DirectoryData, lexiconFile?: unknown, areasPageFile?: unknown): AppData {
  const gazetteer = loadGazetteer(v.parse(divisionsFileSchema, divisionsFile));
  if (lexiconFile !== undefined) gazetteer.lexicon = loadLexicon(lexiconFile);
  if (areasPageFile !== undefined) {
    gazetteer.areas = v.parse(areasPageFileSchema, areasPageFile).areas;
    for (const area of gazetteer.areas) {
      for (const code of area.hosts) if (!gazetteer.byCode.has(code)) throw new Error(`area ${area.id}: unknown host ${code}`);
    }
  }
  return { gazetteer, directory: makeDirectory(offices) };
}
