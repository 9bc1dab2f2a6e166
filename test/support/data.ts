/** The real data files, loaded once per test file (as the CLI tools load them). */
import { readAppData, readOfficesFile } from '../../src/cli/data';

export const appData = readAppData();
export const { gazetteer, directory } = appData;
export const officesFile = readOfficesFile();

export function division(name: string) {
  const found = gazetteer.divisions.filter((d) => d.nameHans === name);
  if (found.length !== 1) throw new Error(`${found.length} divisions named ${name}`);
  return found[0]!;
}
