/**
 * `npm run data`: regenerates data/generated/divisions.json, latin-words.json and lexicon.json.
 * `--check` fails if the committed files are stale.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadGazetteer } from '../core/gazetteer';
import { buildDivisions, serialize } from './build-data/build';
import { buildLexicon, serializeLexicon } from './build-data/lexicon';
import { latinWords } from './build-data/latin-words';

const dataDir = path.resolve(import.meta.dirname, '../../data');

export function generatedFiles(): Record<string, string> {
  const { file } = buildDivisions(dataDir);
  const gazetteer = loadGazetteer(file);
  return {
    'generated/divisions.json': serialize(file),
    'generated/latin-words.json': `${JSON.stringify(latinWords(gazetteer))}\n`,
    'generated/lexicon.json': serializeLexicon(buildLexicon(gazetteer)),
  };
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
