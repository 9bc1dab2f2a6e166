import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { officesJsonSchema } from '../../../src/cli/build-data/offices-json-schema';
import { DATA_DIR } from '../../../src/cli/data';
import { loadAppData, loadAreasFile, loadOfficesFile } from '../../../src/core/data/load';

const read = (file: string): unknown => JSON.parse(fs.readFileSync(path.join(DATA_DIR, file), 'utf8'));
const divisions = read('generated/divisions.json');
const offices = read('offices.json') as Record<string, unknown> & { offices: Array<Record<string, unknown>> };

describe('the data loader', () => {
  it('loads what the content script ships and what the popup ships to the same directory', () => {
    const page = loadAppData({ divisions, offices: read('generated/offices-page.json'), lexicon: read('generated/lexicon.json') });
    const popup = loadAppData({ divisions, offices });
    expect(page.directory.offices).toEqual(popup.directory.offices);
    expect(page.directory.liaisonUnits).toEqual(popup.directory.liaisonUnits);
    expect(page.gazetteer.lexicon).toBeDefined();
    expect(popup.gazetteer.lexicon).toBeUndefined();
  });

  it('refuses an offices file without its sources index, naming the file and the field', () => {
    const { sources: _, ...withoutSources } = offices;
    expect(() => loadOfficesFile(withoutSources)).toThrow(/^offices\.json: sources: /);
    expect(loadOfficesFile(offices).sources).toEqual(offices.sources);
  });

  it('refuses bad facts where the content script loads them, with the path of the first', () => {
    const [first, ...rest] = offices.offices;
    const plainWebsite = { ...offices, offices: [{ ...first, website: { value: 'http://www.bjo.gov.hk', sources: ['S1'] } }, ...rest] };
    expect(() => loadAppData({ divisions, offices: plainWebsite })).toThrow(/^offices\.json: offices\.0\.website\.value: /);
    expect(() => loadAppData({ divisions: { rows: 'none' }, offices })).toThrow(/^divisions\.json: /);
    expect(() => loadAreasFile({ areas: [{ id: 'x' }] })).toThrow(/^areas\.json: /);
  });

  it('has the JSON Schema of offices.json that `npm run data` emits, referenced from the file', () => {
    expect(fs.readFileSync(path.join(DATA_DIR, 'offices.schema.json'), 'utf8')).toBe(officesJsonSchema());
    expect(offices.$schema).toBe('./offices.schema.json');
    const schema = JSON.parse(officesJsonSchema()) as { required: string[]; properties: Record<string, unknown> };
    expect(schema.required).toContain('sources');
    expect(JSON.stringify(schema.properties.offices)).toContain('"pattern":"^https:\\\\/\\\\/"');
  });
});
