/** Turns the two data files into the in-memory gazetteer and office directory. */
import * as v from 'valibot';
import { loadGazetteer, type Gazetteer } from '../gazetteer';
import { makeDirectory, type Directory, type DirectoryData } from '../offices';
import { divisionsFileSchema } from './division-row';

export interface AppData {
  gazetteer: Gazetteer;
  directory: Directory;
}

export function loadAppData(divisionsFile: unknown, offices: DirectoryData): AppData {
  return {
    gazetteer: loadGazetteer(v.parse(divisionsFileSchema, divisionsFile)),
    directory: makeDirectory(offices),
  };
}
