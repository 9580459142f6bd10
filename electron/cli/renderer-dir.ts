// Where the built renderer is, whether this code runs bundled (dist/cli.mjs) or from source.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function rendererDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [join(here, 'renderer'), join(here, '..', 'dist', 'renderer'), join(here, '..', '..', 'dist', 'renderer')];
  const found = candidates.find((dir) => existsSync(join(dir, 'index.html')));
  if (!found) throw new Error('the renderer is not built: run `npm run build` first');
  return found;
}
