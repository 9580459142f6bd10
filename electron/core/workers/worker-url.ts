// Where a worker thread's code is: the bundle esbuild wrote beside the CLI or shell bundle (or one
// folder up, from dist/shell), else, when running from source (tests, tsx), the `-source.mjs` loader
// beside the caller. `base` is the caller's import.meta.url.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export function workerUrl(bundle: string, base: string, source: string): URL {
  for (const relative of [`./${bundle}.mjs`, `../${bundle}.mjs`]) {
    const url = new URL(relative, base);
    if (existsSync(fileURLToPath(url))) return url;
  }
  return new URL(source, base);
}
