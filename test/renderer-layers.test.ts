// The renderer's layers, checked on the source: api/ is the bottom (the client, the hooks that
// hold the library's state, and the doors to the outside) and reaches up into nothing; the panes
// show data and call actions handed down to them, never the client.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const renderer = resolve('renderer');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

/** Each relative import of `file`, resolved to a path under the repository (without extension). */
function localImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"](\.[^'"]*)['"]/g)].map((match) =>
    resolve(dirname(file), match[1] ?? ''),
  );
}

function offenders(dir: string, forbidden: (target: string) => boolean): string[] {
  return sourceFiles(join(renderer, dir)).flatMap((file) =>
    localImports(file)
      .filter(forbidden)
      .map((target) => `${relative(renderer, file)} imports ${relative(renderer, target)}`),
  );
}

const theClient = [join(renderer, 'api', 'context'), join(renderer, 'api', 'client')];
const isTheClient = (target: string) => theClient.includes(target.replace(/\.tsx?$/, ''));

describe('renderer layers', () => {
  it('api/ imports nothing from the renderer folders above it', () => {
    const api = join(renderer, 'api');
    const above = (target: string) => target.startsWith(renderer + '/') && !target.startsWith(api + '/');
    expect(offenders('api', above)).toEqual([]);
  });

  it('no pane imports the client; panes call the actions handed down to them', () => {
    expect(offenders('panes', isTheClient)).toEqual([]);
  });

  it('outside api/, only main.tsx (which makes the client) and two polling views reach the client', () => {
    // The notices and the outbox still poll the core themselves; the live-events work (issue 16)
    // replaces their polling with listening, and takes them off this list.
    const stillPolling = ['library/LibraryNotices.tsx', 'sharing/OutboxDialog.tsx'];
    const reaching = sourceFiles(renderer)
      .filter((file) => !file.startsWith(join(renderer, 'api') + '/'))
      .filter((file) => localImports(file).some(isTheClient))
      .map((file) => relative(renderer, file));
    expect(reaching.sort()).toEqual(['main.tsx', ...stillPolling].sort());
  });

  it('App.tsx stays a front hall: layout and wiring, well under 200 lines', () => {
    const lines = readFileSync(join(renderer, 'App.tsx'), 'utf8').split('\n').length;
    expect(lines).toBeLessThan(200);
  });
});
