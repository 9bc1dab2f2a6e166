/**
 * The one loader of the data files, wherever they are loaded (content script, popup, CLI,
 * tests): each file is checked against its schema, and a bad one fails with its name and the
 * first wrong field instead of failing later, somewhere else.
 */
import * as v from 'valibot';
import { loadLexicon } from '../detect/lexicon';
import { gazetteerSteps, type Gazetteer } from '../gazetteer';
import { runSteps, type Steps } from '../steps';
import { makeDirectory, type Directory } from '../offices';
import { areasFileSchema, areasPageFileSchema, type AreasFile } from './areas-schema';
import { divisionsFileSchema } from './divisions-file';
import { officesFileSchema, officesPageSchema, type OfficesFile } from './offices-schema';

export interface AppData {
  gazetteer: Gazetteer;
  directory: Directory;
}

function parseFile<T>(name: string, schema: v.GenericSchema<unknown, T>, json: unknown): T {
  const parsed = v.safeParse(schema, json);
  if (parsed.success) return parsed.output;
  const [issue] = parsed.issues;
  throw new Error(`${name}: ${v.getDotPath(issue) ?? 'the file'}: ${issue.message}`);
}

export interface DataFiles {
  /** data/generated/divisions.json */
  divisions: unknown;
  /** data/offices.json, or what the content script ships of it (data/generated/offices-page.json). */
  offices: unknown;
  /** data/generated/lexicon.json: needed only to detect names in text (the popup's search does without). */
  lexicon?: unknown;
  /**
   * data/generated/areas-page.json: the areas' names for detection (the popup's search reads the
   * areas with their sources from data/areas.json).
   */
  areasPage?: unknown;
}

export const loadAppData = (files: DataFiles): AppData => runSteps(appDataSteps(files));

export function* appDataSteps(files: DataFiles): Steps<AppData> {
  const columns = parseFile('divisions.json', divisionsFileSchema, files.divisions);
  yield;
  const gazetteer = yield* gazetteerSteps(columns);
  yield;
  if (files.lexicon !== undefined) gazetteer.lexicon = loadLexicon(files.lexicon);
  yield;
  if (files.areasPage !== undefined) {
    gazetteer.areas = parseFile('areas-page.json', areasPageFileSchema, files.areasPage).areas;
    for (const area of gazetteer.areas) {
      for (const code of area.hosts) if (!gazetteer.byCode.has(code)) throw new Error(`areas-page.json: area ${area.id}: unknown host ${code}`);
    }
  }
  return { gazetteer, directory: makeDirectory(parseFile('offices.json', officesPageSchema, files.offices)) };
}

/** data/offices.json in full, with the sources index that the popup shows. */
export const loadOfficesFile = (json: unknown): OfficesFile => parseFile('offices.json', officesFileSchema, json);

/** data/areas.json: new areas, cooperation zones and regions. */
export const loadAreasFile = (json: unknown): AreasFile => parseFile('areas.json', areasFileSchema, json);
