// The library is its owner's alone: the folder 0700, the database, its WAL and shared-memory files
// and its backups 0600, whatever the umask, and an older library left readable by everyone is
// tightened when it is opened.
import { chmodSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { LibraryService } from '../../electron/core/library/service';
import { Store, connectionOf } from '../../electron/core/store';
import { backupsDir, dailyBackup } from '../../electron/core/store/backups';
import { tempDir } from '../support/temp';

const modeOf = (path: string): string => (statSync(path).mode & 0o777).toString(8);

describe.skipIf(process.platform === 'win32')('file modes of the library', () => {
  let dir: ReturnType<typeof tempDir>;
  let umask: number;

  // The usual umask, under which files come out 0644 unless asked otherwise.
  beforeAll(() => (umask = process.umask(0o022)));
  afterAll(() => process.umask(umask));
  beforeEach(() => (dir = tempDir()));
  afterEach(() => dir.remove());

  it("makes a new library's folder 0700 and its database, WAL, shared-memory file and backups 0600", async () => {
    const file = join(dir.path, 'Tidings', 'tidings.db');
    const store = Store.open(file);
    store.feeds.add({ url: 'https://example.org/feed' });
    const daily = await dailyBackup(connectionOf(store), file);
    const copy = await new LibraryService(store).backup(dir.file('copy.db'));
    expect(modeOf(join(dir.path, 'Tidings'))).toBe('700');
    expect([file, `${file}-wal`, `${file}-shm`].map(modeOf)).toEqual(['600', '600', '600']);
    expect(modeOf(backupsDir(file))).toBe('700');
    expect(modeOf(daily.file!)).toBe('600');
    expect(modeOf(copy.path)).toBe('600');
    store.close();
  });

  it('tightens an existing library left readable by everyone when it is opened', async () => {
    const file = dir.file('tidings.db');
    chmodSync(dir.path, 0o755);
    const first = Store.open(file);
    first.feeds.add({ url: 'https://example.org/feed' });
    const daily = (await dailyBackup(connectionOf(first), file)).file!;
    for (const path of [file, `${file}-wal`, `${file}-shm`, daily]) chmodSync(path, 0o644);
    chmodSync(backupsDir(file), 0o755);
    const second = Store.open(file);
    expect([file, `${file}-wal`, `${file}-shm`, daily].map(modeOf)).toEqual(['600', '600', '600', '600']);
    expect(modeOf(backupsDir(file))).toBe('700');
    // A folder the person chose for the library is theirs: left as it was.
    expect(modeOf(dir.path)).toBe('755');
    second.close();
    first.close();
  });
});
