/**
 * The only globals src/core may use beyond ECMAScript 2022, for `tsconfig.core.json`: timers and
 * URL, which Node, Chromium, Firefox and service workers all provide. Nothing of the DOM or of
 * `browser`: a core file that names `document`, `window` or `performance` does not compile.
 */
declare function setTimeout(callback: () => void, ms?: number): unknown;
declare function clearTimeout(handle: unknown): void;
declare class URL {
  constructor(url: string, base?: string);
  readonly hostname: string;
  readonly protocol: string;
}
