// The layering rules, checked on the source: the core runs in plain Node, shared/ runs anywhere,
// and only the shell touches Electron.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eventNames, shellEventNames } from '../shared/contract';
import { Store } from '../electron/core/store';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mjs)$/.test(entry.name) ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from\s+|import\s*\(\s*|require\s*\(\s*)['"]([^'"]+)['"]/g)].map((match) => match[1] ?? '');
}

function offenders(dirs: string[], forbidden: (specifier: string) => boolean): string[] {
  return dirs.flatMap((dir) =>
    sourceFiles(dir).flatMap((file) =>
      importsOf(file)
        .filter(forbidden)
        .map((specifier) => `${relative(process.cwd(), file)} imports ${specifier}`),
    ),
  );
}

describe('architecture', () => {
  it('keeps electron out of the core, the web host, the CLI and shared', () => {
    const coreDirs = ['electron/core', 'electron/host', 'electron/cli', 'shared'];
    expect(offenders(coreDirs, (specifier) => specifier === 'electron' || specifier.startsWith('electron/'))).toEqual([]);
  });

  it('keeps Node and the renderer out of shared/', () => {
    const nodeBuiltins = /^(node:|fs$|path$|os$|crypto$|http$|child_process$)/;
    expect(offenders(['shared'], (specifier) => nodeBuiltins.test(specifier) || specifier.includes('renderer'))).toEqual([]);
  });

  it('keeps the renderer away from the main-process code', () => {
    expect(offenders(['renderer'], (specifier) => /(^|\/)electron(\/|$)/.test(specifier) || specifier.startsWith('node:'))).toEqual([]);
  });

  it('keeps the top of electron/core/ to the few files that are the core as a whole', () => {
    // Everything else lives in a folder that says what it is: refresh/, workers/, calls/, store/...
    const allowed = ['core.ts', 'feed-types.ts', 'paths.ts'];
    const loose = readdirSync('electron/core', { withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => entry.name);
    expect(loose.filter((name) => !allowed.includes(name))).toEqual([]);
  });

  it('handles the contract\'s calls in one place, electron/core/calls/', () => {
    const elsewhere = sourceFiles('electron/core')
      .filter((file) => !file.startsWith(join('electron', 'core', 'calls')))
      .filter((file) => /\bHandlers\b/.test(readFileSync(file, 'utf8')) && /shared\/contract/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(process.cwd(), file));
    expect(elsewhere).toEqual(['electron/core/core.ts']);
  });

  it('lets nothing outside electron/core/store/ touch the library\'s connection', () => {
    // The store is one door: SQL and the connection stay behind Store's methods (store/index.ts).
    const outside = ['electron', 'renderer', 'shared'].flatMap((dir) =>
      sourceFiles(dir).filter((file) => !file.startsWith(join('electron', 'core', 'store'))),
    );
    const touching = outside.flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      const imports = importsOf(file).filter((specifier) => specifier === 'better-sqlite3' || /(^|\/)store\/database$/.test(specifier));
      const reaches = /\bconnectionOf\s*\(|\.db\s*\.\s*(prepare|pragma|exec|transaction|backup)\b/.test(text) ? ['the raw connection'] : [];
      return [...imports, ...reaches].map((what) => `${relative(process.cwd(), file)}: ${what}`);
    });
    expect(touching).toEqual([]);
  });

  it('understands SQLite\'s result codes in one file, store/storage-errors.ts', () => {
    // Wording and classification (disk full, read-only, locked, damaged...) live in one table; every
    // other file asks it (storageProblem, explainStorageError, isDamage) instead of matching codes.
    const allowed = join('electron', 'core', 'store', 'storage-errors.ts');
    const matching = ['electron', 'renderer', 'shared']
      .flatMap((dir) => sourceFiles(dir))
      .filter((file) => file !== allowed && /['"`/]SQLITE_/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(process.cwd(), file));
    expect(matching).toEqual([]);
  });

  it('reaches the library\'s tables one way: a table group on Store, none of their methods on Store itself', () => {
    // `db` is the private getter over the connection (#db), not a door.
    const members = Object.getOwnPropertyNames(Store.prototype).filter((name) => name !== 'constructor' && name !== 'db').sort();
    const wholeFile = ['backup', 'checkpointPassive', 'close', 'dailyBackup', 'dataVersion', 'now', 'pragma', 'returnFreeSpace', 'totalChanges', 'transaction'];
    const tableGroups = ['accounts', 'articles', 'feeds', 'folders', 'icons', 'keeping', 'library', 'offline', 'outbox', 'ruleRunner', 'rules', 'savedSearches', 'search', 'settings', 'shares', 'syncMirror', 'syncQueue'];
    expect(members).toEqual([...wholeFile, ...tableGroups].sort());
    for (const group of tableGroups) expect(Object.getOwnPropertyDescriptor(Store.prototype, group)?.get, group).toBeTypeOf('function');
  });

  it('types no IPC channel or API path by hand outside the contract', () => {
    const handTyped = ['electron', 'renderer', 'shared'].flatMap((dir) =>
      sourceFiles(dir)
        .filter((file) => file !== join('shared', 'contract.ts'))
        .filter((file) => /['"`](tidings:|\/api\/)\w/.test(readFileSync(file, 'utf8')))
        .map((file) => relative(process.cwd(), file)),
    );
    expect(handTyped).toEqual([]);
  });

  it('names no event on a transport by hand: IPC and SSE names come from the events and shellEvents tables', () => {
    const names = [...eventNames, ...shellEventNames];
    const byName = new RegExp(`(addEventListener|\\.on|\\.once|\\.send|\\.emit)\\(\\s*['"\`](${names.join('|')})['"\`]`);
    const transports = ['electron/shell', 'electron/host', 'renderer'];
    const handTyped = transports.flatMap((dir) =>
      sourceFiles(dir)
        .filter((file) => byName.test(readFileSync(file, 'utf8')))
        .map((file) => relative(process.cwd(), file)),
    );
    expect(handTyped).toEqual([]);
  });

  it('leaves no polling loop in the renderer: what changes arrives as live events', () => {
    // Timers that poll nothing may be listed here, each with its reason.
    const allowed = new Set<string>([
      // A display clock: re-renders relative times ("next try in 40 s"); it calls nothing.
      'renderer/ui/use-now.ts',
    ]);
    const polling = sourceFiles('renderer')
      .filter((file) => /\bsetInterval\s*\(/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(process.cwd(), file))
      .filter((file) => !allowed.has(file));
    expect(polling).toEqual([]);
    // The list stays honest: an allowed timer reaches no client, no contract and no network.
    const fetching = [...allowed].filter(
      (file) =>
        importsOf(file).some((specifier) => /(^|\/)(api|shared)\/|contract/.test(specifier)) ||
        /\bfetch\s*\(|\bclient\b|EventSource|XMLHttpRequest/.test(readFileSync(file, 'utf8')),
    );
    expect(fetching).toEqual([]);
  });
});
