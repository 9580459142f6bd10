// The same refresh by newsboat, when Debian's newsboat is installed: a mature reader in C++ as the
// yardstick. It gets our global concurrency as its thread count, so its load per host is equal to
// ours or higher.
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tempDir } from '../support/temp';

export function newsboatInstalled(): boolean {
  return spawnSync('newsboat', ['--version'], { stdio: 'ignore' }).status === 0;
}

/** Wall-clock ms of two reloads (first, then all-304) of the given feeds. */
export function newsboatReload(urls: readonly string[], threads: number): { first: number; second: number } {
  const dir = tempDir('tidings-newsboat-');
  try {
    writeFileSync(dir.file('urls'), `${urls.join('\n')}\n`);
    writeFileSync(dir.file('config'), `reload-threads ${threads}\n`);
    const reload = (): number => {
      const started = performance.now();
      execFileSync('newsboat', ['-u', dir.file('urls'), '-c', dir.file('cache.db'), '-C', dir.file('config'), '-x', 'reload'], {
        stdio: 'ignore',
        env: { ...process.env, HOME: dir.path },
      });
      return performance.now() - started;
    };
    return { first: reload(), second: reload() };
  } finally {
    dir.remove();
  }
}
