/**
 * `npm run data`: regenerates data/generated/divisions.json, latin-words.json, lexicon.json,
 * offices-page.json and areas-page.json, and data/offices.schema.json. `--check` fails if the committed files are stale.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import * as v from 'valibot';
import { divisionsFileSchema } from '../core/data/divisions-file';
import { loadGazetteer } from '../core/gazetteer';
import { buildDivisions, serialize } from './build-data/build';
import { buildLexicon, serializeLexicon } from './build-data/lexicon';
import { latinWords } from './build-data/latin-words';
import { officesJsonSchema } from './build-data/offices-json-schema';
import { buildAreasPage, serializeAreasPage } from './build-data/areas-page';
import { readAreasFile } from './data';
import { packWords } from '../core/text/word-list';

const dataDir = path.resolve(import.meta.dirname, '../../data');

export function generatedFiles(): Record<string, string> {
  const { file } = buildDivisions(dataDir);
  const gazetteer = loadGazetteer(v.parse(divisionsFileSchema, file));
  const areasPage = buildAreasPage(readAreasFile());
  return {
    'generated/divisions.json': serialize(file),
    'generated/latin-words.json': `${JSON.stringify(packWords(latinWords(gazetteer)))}\n`,
    'generated/lexicon.json': serializeLexicon(
      buildLexicon(gazetteer, areasPage, fs.readFileSync(path.join(dataDir, 'divisions/tw-hk-townships.tsv'), 'utf8')),
    ),
    'generated/offices-page.json': officesForPages(fs.readFileSync(path.join(dataDir, 'offices.json'), 'utf8')),
    'offices.schema.json': officesJsonSchema(),
    'generated/areas-page.json': serializeAreasPage(areasPage),
  };
}

/**
 * What the content script ships of offices.json: every fact, without the sources index and the
 * comment, which only the popup shows (3.4 KB of the 6.4 KB gzipped).
 */
function officesForPages(text: string): string {
  const {
    $schema: _schema,
    $comment: _comment,
    sources: _sources,
    ...facts
  } = JSON.parse(text) as Record<string, unknown>;
  return `${JSON.stringify(facts)}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let stale = false;
  for (const [name, text] of Object.entries(generatedFiles())) {
    const target = path.join(dataDir, name);
    if (process.argv.includes('--check')) {
      if ((fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '') !== text) {
        console.error(`data/${name} is out of date: run \`npm run data\``);
        stale = true;
      }
    } else fs.writeFileSync(target, text);
    console.log(`data/${name}: ${Buffer.byteLength(text)} bytes, ${gzipSync(text, { level: 9 }).length} bytes gzipped`);
  }
  process.exit(stale ? 1 : 0);
}
