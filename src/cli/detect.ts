/**
 * `npm run --silent detect -- FILE.jsonl`: reads lines `{"id", "text", …}` and prints, for each,
 * `{"id", "matches": [{"start", "end", "codes"}]}` (UTF-16 offsets, end exclusive), detected with
 * the extension's default settings. A line that is not valid JSON gets an `error` instead.
 */
import fs from 'node:fs';
import readline from 'node:readline';
import { makeDetector } from '../core/detect/detect';
import { readAppData } from './data';

const file = process.argv[2];
if (!file) {
  console.error('usage: npm run --silent detect -- FILE.jsonl');
  process.exit(2);
}
const detector = makeDetector(readAppData().gazetteer);
const lines = readline.createInterface({
  input: file === '-' ? process.stdin : fs.createReadStream(file),
  crlfDelay: Infinity,
});
let number = 0;
for await (const line of lines) {
  number++;
  if (!line.trim()) continue;
  let record: { id?: unknown; text?: unknown };
  try {
    record = JSON.parse(line);
  } catch {
    console.log(JSON.stringify({ line: number, error: 'not valid JSON' }));
    continue;
  }
  if (typeof record.text !== 'string') {
    console.log(JSON.stringify({ id: record.id ?? null, line: number, error: 'no "text" string' }));
    continue;
  }
  const matches = detector.detect(record.text).map(({ start, end, codes }) => ({ start, end, codes }));
  console.log(JSON.stringify({ id: record.id ?? null, matches }));
}
