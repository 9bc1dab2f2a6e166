/** Node-side access to the data files (the extension bundles them instead). */
import fs from 'node:fs';
import path from 'node:path';
import { loadAppData, loadAreasFile, loadOfficesFile, type AppData } from '../core/data/load';

export const DATA_DIR = path.resolve(import.meta.dirname, '../../data');

const readJson = (file: string): unknown => JSON.parse(fs.readFileSync(path.join(DATA_DIR, file), 'utf8'));

export function readOfficesFile() {
  return loadOfficesFile(readJson('offices.json'));
}

export function readAppData(): AppData {
  return loadAppData({
    divisions: readJson('generated/divisions.json'),
    offices: readJson('offices.json'),
    lexicon: readJson('generated/lexicon.json'),
    areasPage: readJson('generated/areas-page.json'),
  });
}

export function readAreasFile() {
  return loadAreasFile(readJson('areas.json'));
}
