// `tidings --version`: the version in package.json, found whether this runs bundled (dist/cli.mjs) or from source.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function tidingsVersion(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const candidate of [join(here, '..', 'package.json'), join(here, '..', '..', 'package.json')]) {
    if (!existsSync(candidate)) continue;
    const pkg = JSON.parse(readFileSync(candidate, 'utf8')) as { name?: unknown; version?: unknown };
    if (pkg.name === 'tidings' && typeof pkg.version === 'string') return pkg.version;
  }
  return 'unknown';
}
