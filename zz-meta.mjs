import * as esbuild from 'esbuild';
import zlib from 'node:zlib';
const entry = process.argv[2];
const r = await esbuild.build({ entryPoints: [entry], bundle: true, minify: true, format: 'iife', write: false, metafile: true, loader: { '.css': 'empty' }, logLevel: 'error',
  plugins: [{ name: 'wxt', setup(b) { b.onResolve({ filter: /^wxt\/utils\/define-content-script$/ }, () => ({ path: '/work/main/node_modules/wxt/dist/utils/define-content-script.mjs' })); b.onResolve({ filter: /^wxt\/browser$/ }, () => ({ path: '/work/main/node_modules/wxt/dist/browser.mjs' })); } }] });
console.log(entry, 'raw', r.outputFiles[0].contents.length, 'gz', zlib.gzipSync(r.outputFiles[0].contents, { level: 9 }).length);
