import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The repository root: where `bin/tidings.mjs` runs from. */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** A file from test/fixtures/e2e/. */
export function fixture(name: string): Buffer {
  return readFileSync(new URL(`../../fixtures/e2e/${name}`, import.meta.url));
}
