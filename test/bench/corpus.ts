/**
 * The benchmark text: at least 1 MB (UTF-8) of real prose, mixing Simplified news (People's
 * Daily, CLUENER), Traditional text (UNER, CityU Hong Kong news) and English (the README files of
 * the installed npm packages, which mention few places). Paragraphs alternate, so no script comes
 * in one long block. The corpora are read from ../shared/corpora (or CORPORA_DIR), never copied.
 */
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
export const CORPORA_DIR = path.resolve(process.env.CORPORA_DIR ?? path.join(ROOT, '../shared/corpora'));

function corpusLines(file: string): string[] {
  const full = path.join(CORPORA_DIR, file);
  if (!fs.existsSync(full))
    throw new Error(`${full} not found: set CORPORA_DIR to the folder of the corpora JSONL files.`);
  return fs
    .readFileSync(full, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { text: string }).text);
}

function englishParagraphs(): string[] {
  const modules = path.join(ROOT, 'node_modules');
  const paragraphs: string[] = [];
  for (const name of fs.readdirSync(modules).sort()) {
    const readme = path.join(modules, name, 'README.md');
    if (!fs.existsSync(readme)) continue;
    for (const block of fs.readFileSync(readme, 'utf8').split(/\n\s*\n/)) {
      const prose = block.replace(/\s+/g, ' ').trim();
      // Prose, not code, tables or badges.
      if (prose.length > 80 && !/[`|<>{}=]/.test(prose) && /^[A-Z]/.test(prose)) paragraphs.push(prose);
    }
  }
  return paragraphs;
}

export function benchmarkText(minBytes = 1024 * 1024): string {
  const sources = [
    corpusLines('peoples_daily.jsonl'),
    corpusLines('uner_zh_hant.jsonl'),
    englishParagraphs(),
    corpusLines('cluener.jsonl'),
    corpusLines('cityu2005_hant_unannotated.jsonl'),
  ];
  const parts: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < minBytes; i++) {
    const source = sources[i % sources.length]!;
    const paragraph = source[Math.floor(i / sources.length) % source.length]!;
    parts.push(paragraph);
    bytes += Buffer.byteLength(paragraph) + 1;
  }
  return parts.join('\n');
}
