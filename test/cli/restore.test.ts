import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Store } from '../../electron/core/store';
import { tempDir } from '../support/temp';

const tidings = (args: string[]) => spawnSync(process.execPath, ['bin/tidings.mjs', ...args], { encoding: 'utf8' });

describe('tidings restore', () => {
  let dir: ReturnType<typeof tempDir>;
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => dir.remove());

  it('puts a backup in place of the library and keeps the replaced library aside', async () => {
    const library = dir.file('tidings.db');
    const backup = dir.file('saved.db');
    const store = Store.open(library);
    store.addFeed({ url: 'https://example.org/kept' });
    await store.db.backup(backup);
    store.addFeed({ url: 'https://example.org/after-backup' });
    store.close();

    const result = tidings(['--db', library, 'restore', backup, '--json']);

    expect(result.stderr).toBe('');
    const summary = JSON.parse(result.stdout);
    expect(summary).toMatchObject({ restored: backup, library, feeds: 1 });
    expect(existsSync(summary.keptAside)).toBe(true);
    const restored = Store.open(library);
    expect(restored.feedRows().map((feed) => feed.url)).toEqual(['https://example.org/kept']);
    restored.close();
  });

  it('refuses a file that is not a library and changes nothing', () => {
    const library = dir.file('tidings.db');
    Store.open(library).close();
    const junk = dir.file('junk.db');
    writeFileSync(junk, 'not a database at all');
    const result = tidings(['--db', library, 'restore', junk]);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/^tidings: .*not a readable Tidings library.*nothing was changed/);
    expect(existsSync(library)).toBe(true);
  });
});
