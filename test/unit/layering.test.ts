/**
 * The layers of README's Layout, checked on every import of src/ and entrypoints/ (TypeScript's
 * own pre-processor: imports, re-exports, dynamic imports). Dependencies point one way:
 * entrypoints → ui, page, ext → core; cli → core. There is no list of exceptions.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const packageJson = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
};

type Layer = 'core' | 'page' | 'ui' | 'ext' | 'cli' | 'entrypoints' | 'data';
const LAYERS: Layer[] = ['core', 'page', 'ui', 'ext', 'cli', 'entrypoints', 'data'];

/** Which layers each layer may import from (itself included). */
const MAY_IMPORT: Record<Exclude<Layer, 'data'>, readonly Layer[]> = {
  core: ['core'],
  page: ['page', 'core'],
  ui: ['ui', 'core'],
  ext: ['ext', 'core'],
  cli: ['cli', 'core', 'data'],
  entrypoints: ['entrypoints', 'ui', 'page', 'ext', 'core', 'data'],
};

/** Packages a layer must not import, by name or name prefix. */
const wxt = /^(wxt|@wxt-dev)(\/|$)/;
const preact = /^preact(\/|$)/;
const node = /^node:/;
const FORBIDDEN_PACKAGES: Record<Exclude<Layer, 'data'>, readonly RegExp[]> = {
  core: [wxt, preact, node],
  page: [wxt, node],
  ui: [wxt, node],
  ext: [preact, node],
  cli: [wxt, preact],
  entrypoints: [node],
};
/** src/core ships in the extension and is pure: of packages, only what ships, and not the view library. */
const CORE_PACKAGES = new Set(Object.keys(packageJson.dependencies).filter((name) => !preact.test(name)));

function layerOf(file: string): Layer | null {
  const relative = path.relative(ROOT, file).split(path.sep);
  if (relative[0] === 'src' && LAYERS.includes(relative[1] as Layer)) return relative[1] as Layer;
  if (relative[0] === 'entrypoints' || relative[0] === 'data') return relative[0];
  return null;
}

const packageName = (specifier: string) =>
  specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!;

/** Every wrong arrow in `source`, the text of `file`, as "file → specifier: why". */
function wrongArrows(file: string, source: string): string[] {
  const from = layerOf(file);
  if (from === null || from === 'data') return [`${file}: in no layer`];
  const { importedFiles } = ts.preProcessFile(source, true, true);
  const wrong: string[] = [];
  const where = path.relative(ROOT, file);
  for (const { fileName } of importedFiles) {
    const specifier = fileName.replace(/\?.*$/, '');
    if (specifier.startsWith('.')) {
      const to = layerOf(path.resolve(path.dirname(file), specifier));
      if (to === null || !MAY_IMPORT[from].includes(to))
        wrong.push(`${where} → ${fileName}: ${from} may not import ${to ?? 'files outside the layers'}`);
      continue;
    }
    if (FORBIDDEN_PACKAGES[from].some((pattern) => pattern.test(specifier)))
      wrong.push(`${where} → ${fileName}: ${from} may not import it`);
    else if (from === 'core' && !CORE_PACKAGES.has(packageName(specifier)))
      wrong.push(`${where} → ${fileName}: core imports only shipped dependencies`);
  }
  return wrong;
}

function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .flatMap((entry) =>
      entry.isFile() && /\.(ts|tsx)$/.test(entry.name) ? [path.join(entry.parentPath, entry.name)] : [],
    );
}

describe('layering', () => {
  it('finds no wrong arrow in src/ or entrypoints/', () => {
    const files = [...sourceFiles(path.join(ROOT, 'src')), ...sourceFiles(path.join(ROOT, 'entrypoints'))];
    expect(files.length).toBeGreaterThan(100);
    expect(files.flatMap((file) => wrongArrows(file, fs.readFileSync(file, 'utf8')))).toEqual([]);
  });

  it('src/core compiles with ECMAScript alone: no DOM, no Node, no `browser` (tsconfig.core.json)', () => {
    const tsc = path.join(ROOT, 'node_modules/.bin/tsc');
    const result = spawnSync(tsc, ['-p', path.join(ROOT, 'tsconfig.core.json')], { encoding: 'utf8' });
    expect(`${result.stdout}${result.stderr}`).toBe('');
    expect(result.status).toBe(0);
  });

  // The checker itself, on sources written to break each rule.
  const at = (file: string, source: string) => wrongArrows(path.join(ROOT, file), source);
  it.each([
    ['src/core/x.ts', "import { browser } from 'wxt/browser';"],
    ['src/core/x.ts', "import { h } from 'preact';"],
    ['src/core/x.ts', "import fs from 'node:fs';"],
    ['src/core/x.ts', "import { pinyin } from 'pinyin-pro';"],
    ['src/core/x.ts', "export { Popover } from '../ui/popover/Popover';"],
    ['src/core/x.ts', "const m = await import('../page/caret');"],
    ['src/page/x.ts', "import { settingsStore } from '../ext/settings-store';"],
    ['src/page/x.ts', "import type { App } from '../ui/popup/App';"],
    ['src/ui/popup/x.ts', "import { browser } from 'wxt/browser';"],
    ['src/ui/popup/x.ts', "import { settingsStore } from '../../ext/settings-store';"],
    ['src/ext/x.ts', "import { App } from '../ui/popup/App';"],
    ['src/cli/x.ts', "import { caret } from '../page/caret';"],
    ['entrypoints/popup/x.ts', "import { lookup } from '../../src/cli/lookup';"],
  ])('refuses %s: %s', (file, source) => {
    expect(at(file, source)).toHaveLength(1);
  });

  it.each([
    ['src/core/x.ts', "import * as v from 'valibot';\nimport { fold } from './detect/fold';"],
    ['src/ui/popup/x.ts', "import { useState } from 'preact/hooks';\nimport type { TabLink } from '../../core/ports';"],
    ['src/ext/x.ts', "import { browser } from 'wxt/browser';"],
    [
      'entrypoints/popup/x.ts',
      "import { settingsStore } from '../../src/ext/settings-store';\nimport json from '../../data/offices.json';",
    ],
  ])('accepts %s: %s', (file, source) => {
    expect(at(file, source)).toEqual([]);
  });
});
