/** Finding a browser on this machine to drive: never downloaded, one clear sentence where none is. */
import fs from 'node:fs';

export interface BrowserSearch {
  /** What to call it in the error: "Chromium or Chrome". */
  name: string;
  /** The environment variable that names its executable. */
  envVar: string;
  /** The Debian package that installs it. */
  debianPackage: string;
  /** Where it usually is, most likely first. */
  candidates: readonly string[];
}

export function findBrowser({ name, envVar, debianPackage, candidates }: BrowserSearch): string {
  const chosen = process.env[envVar] ?? candidates.find((candidate) => fs.existsSync(candidate));
  if (!chosen || !fs.existsSync(chosen)) {
    throw new Error(
      `No ${name} found: install one (Debian: \`sudo apt-get install -y --no-install-recommends ${debianPackage}\`) ` +
        `or set ${envVar} to its executable.`,
    );
  }
  return chosen;
}
