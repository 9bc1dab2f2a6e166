/** Node-side access to the data files (the extension bundles them instead). */
import fs from 'node:fs';
import path from 'node:path';
import * as v from 'valibot';
import { areasFileSchema } from '../core/data/areas-schema';
import { officesFileSchema } from '../core/data/offices-schema';
import { loadAppData, type AppData } from '../core/data/load';

export const DATA_DIR = path.resolve(import.meta.dirname, '../../data');

const readJson = (file: string): unknown => JSON.parse(fs.readFileSync(path.join(DATA_DIR, file), 'utf8'));

export function readOfficesFile() {
  return v.parse(officesFileSchema, readJson('offices.json'));
}

export function readAppData(): AppData {
  return loadAppData(
    readJson('generated/divisions.json'),
    readOfficesFile(),
    readJson('generated/lexicon.json'),
    readJson('generated/areas-page.json'),
  );
}

export function readAreasFile() {
  return v.parse(areasFileSchema, readJson('areas.json'));
}
