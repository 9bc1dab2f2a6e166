/**
 * A build guard: the extension never turns a string into HTML. Preact keeps one such path, for
 * `dangerouslySetInnerHTML`, which the extension never uses; this plugin replaces it with an
 * error, and fails the build if any bundle still assigns innerHTML or outerHTML, or calls
 * insertAdjacentHTML or document.write. (Firefox's add-on linter flags the Preact path too.)
 */
import type { Plugin } from 'vite';

/** Preact 11.2.0's assignment, minified in dist/preact.mjs. A new Preact version must be re-checked. */
const PREACT_SINK = '(t.innerHTML=h.__html)';
const REPLACEMENT = '(()=>{throw new Error("dangerouslySetInnerHTML is disabled in HKETO Lens")})()';
const SINKS = /\.(innerHTML|outerHTML)\s*=(?!=)|insertAdjacentHTML|document\.write\(/;

export function noHtmlSinks(): Plugin {
  return {
    name: 'hketo-lens:no-html-sinks',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/node_modules\/preact\/dist\/preact\.mjs$/.test(id)) return null;
      if (!code.includes(PREACT_SINK))
        this.error(`Preact's innerHTML path changed: update ${PREACT_SINK} in no-html-sinks.ts`);
      return { code: code.replace(PREACT_SINK, REPLACEMENT), map: null };
    },
    generateBundle(_, bundle) {
      for (const [name, chunk] of Object.entries(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const sink = SINKS.exec(chunk.code);
        if (sink) this.error(`${name} contains an HTML sink: ${sink[0]}`);
      }
    },
  };
}
