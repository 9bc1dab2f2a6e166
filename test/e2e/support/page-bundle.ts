/**
 * A test entry bundled into one script for `evaluate` in a page of the run's browser: how the
 * parity and text-window tests run the project's own modules inside each engine.
 */
import { build } from 'esbuild';

export async function pageBundle(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2022',
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}
