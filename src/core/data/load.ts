/** Turns the two data files into the in-memory gazetteer and office directory. */
import * as v from 'valibot';
import { loadGazetteer, type Gazetteer } from '../gazetteer';
import { makeDirectory, type Directory, type DirectoryData } from '../offices';
import { loadLexicon } from '../detect/lexicon';
import { divisionsFileSchema } from './division-row';

export interface AppData {
  gazetteer: Gazetteer;
  directory: Directory;
}

/** `lexiconFile` is needed only to detect names in text (the popup's search does without). */
export function loadAppData(divisionsFile: unknown, offices: DirectoryData, lexiconFile?: unknown): AppData {
  const gazetteer = loadGazetteer(v.parse(divisionsFileSchema, divisionsFile));
  if (lexiconFile !== undefined) gazetteer.lexicon = loadLexicon(lexiconFile);
  return { gazetteer, directory: makeDirectory(offices) };
}
