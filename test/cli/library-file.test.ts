// What --db may point at: only a Tidings library is ever opened, migrated or set aside; reading
// never creates one; folders are made only when asked; commands that need no library open none.
import Database from 'better-sqlite3';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Store, connectionOf } from '../../electron/core/store';
import { tidingsApplicationId } from '../../electron/core/store/library-identity';
import { tidings, type CliResult } from '../support/cli';
import { tempDir } from '../support/temp';

const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(200, 7)]);

describe('tidings --db', () => {
  let dir: ReturnType<typeof tempDir>;
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => {
    chmodSync(dir.path, 0o755);
    dir.remove();
  });

  const oneLine = (result: CliResult) => {
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    return result.stderr.trim();
  };

  it('refuses a picture with one line and leaves it exactly as it was', async () => {
    const picture = dir.file('picture.png');
    writeFileSync(picture, png);
    for (const args of [['list', 'feeds'], ['add', 'http://127.0.0.1:9/feed.xml']]) {
      const result = await tidings(['--db', picture, ...args]);
      expect(result.status).toBe(1);
      expect(oneLine(result)).toBe(`tidings: ${picture} is not a Tidings library (it is a PNG image); nothing was changed`);
    }
    expect(readFileSync(picture).equals(png)).toBe(true);
    expect(readdirSync(dir.path)).toEqual(['picture.png']);
  });

  it("refuses another program's SQLite database without adding tables to it", async () => {
    const other = dir.file('places.sqlite');
    const db = new Database(other);
    db.exec('CREATE TABLE places (url TEXT)');
    db.close();
    const result = await tidings(['--db', other, 'list', 'feeds']);
    expect(result.status).toBe(1);
    expect(oneLine(result)).toBe(`tidings: ${other} is another program's database, not a Tidings library; nothing was changed`);
    const after = new Database(other, { readonly: true });
    expect(after.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all()).toEqual(['places']);
    after.close();
  });

  it('marks a library from before the application id as a Tidings library when it opens it', async () => {
    const library = dir.file('old.db');
    const store = Store.open(library);
    store.feeds.add({ url: 'https://example.org/feed' });
    connectionOf(store).pragma('application_id = 0');
    store.close();
    const result = await tidings(['--db', library, 'list', 'feeds', '--json']);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toHaveLength(1);
    const written = await tidings(['--db', library, 'star', '1']);
    expect(written.stderr).toMatch(/no article/); // a writing command: it opened the library read-write
    const db = new Database(library, { readonly: true });
    expect(db.pragma('application_id', { simple: true })).toBe(tidingsApplicationId);
    db.close();
  });

  it('says a folder is a folder', async () => {
    const result = await tidings(['--db', dir.path, 'list', 'feeds']);
    expect(result.status).toBe(1);
    expect(oneLine(result)).toBe(`tidings: ${dir.path} is a folder, not a library file; give the library's file, e.g. ${dir.path}/tidings.db`);
  });

  it('never creates a library, nor its folders, to read from one', async () => {
    const missing = dir.file('no/such/folder/x.db');
    for (const args of [['list', 'feeds'], ['list', 'articles'], ['labels'], ['search', 'fog'], ['export', 'opml']]) {
      const result = await tidings(['--db', missing, ...args]);
      expect(result.status, args.join(' ')).toBe(1);
      expect(oneLine(result)).toBe(`tidings: there is no library at ${missing} yet; a command that changes one (e.g. tidings add <url>) creates it`);
    }
    const inExistingFolder = dir.file('x.db');
    expect((await tidings(['--db', inExistingFolder, 'list', 'feeds'])).status).toBe(1);
    expect(readdirSync(dir.path)).toEqual([]);
  });

  it('makes missing folders for a writing command only with --create', async () => {
    const library = dir.file('new/folder/lib.db');
    const refused = await tidings(['--db', library, 'note', '1', 'hello']);
    expect(refused.status).toBe(2);
    expect(oneLine(refused)).toBe(`tidings: the folder ${dir.file('new/folder')} does not exist; check the path, or add --create to make it and a new library in it`);
    expect(existsSync(dir.file('new'))).toBe(false);

    const created = await tidings(['--db', library, '--create', 'labels', '--json']);
    expect(created.status).toBe(1); // labels only reads: --create does not make a library for it
    const made = await tidings(['--db', library, '--create', 'retention', '1', '--days', '3']);
    expect(made.stderr).toMatch(/feed/); // no feed 1 yet, but the library is there now
    expect(existsSync(library)).toBe(true);
  });

  it('opens no library for parse, discover, help or --version, whatever --db names', async () => {
    const picture = dir.file('picture.png');
    writeFileSync(picture, png);
    const feed = dir.file('feed.xml');
    writeFileSync(feed, '<rss version="2.0"><channel><title>T</title><item><title>A</title></item></channel></rss>');
    for (const db of [picture, dir.file('missing/x.db')]) {
      expect((await tidings(['--db', db, 'parse', feed, '--json'])).status).toBe(0);
      expect((await tidings(['--db', db, '--help'])).status).toBe(0);
      expect((await tidings(['--db', db, 'help'])).stdout).toMatch(/^usage: tidings/);
      expect((await tidings(['--db', db, '--version'])).stdout).toMatch(/^tidings \d+\.\d+\.\d+\n$/);
      const discovered = await tidings(['--db', db, 'discover', 'http://127.0.0.1:9/']);
      expect(discovered.stderr).not.toMatch(/library/);
    }
    expect(readFileSync(picture).equals(png)).toBe(true);
    expect(readdirSync(dir.path).sort()).toEqual(['feed.xml', 'picture.png']);
  });
});

describe('a library in a folder that cannot be written', () => {
  let dir: ReturnType<typeof tempDir>;
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => {
    chmodSync(dir.path, 0o755);
    dir.remove();
  });

  /** As the person who cannot write there: root writes anywhere, so as "nobody" when the tests run as root. */
  function tidingsWithoutWriteAccess(args: readonly string[]): Promise<CliResult> {
    const asRoot = process.getuid?.() === 0;
    return new Promise((resolve) => {
      const child = spawn(process.execPath, ['bin/tidings.mjs', ...args], {
        env: { ...process.env, TIDINGS_HOME: '/nonexistent-home' },
        ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.on('close', (status) => resolve({ status, stdout, stderr }));
    });
  }

  it('is read: list feeds works, and a change says the folder is read-only', async () => {
    chmodSync(dir.path, 0o755);
    const folder = dir.file('library');
    mkdirSync(folder);
    const library = `${folder}/tidings.db`;
    const store = Store.open(library);
    store.feeds.add({ url: 'https://example.org/feed', title: 'Kept' });
    store.close();
    chmodSync(library, 0o444);
    chmodSync(folder, 0o555);

    const listed = await tidingsWithoutWriteAccess(['--db', library, 'list', 'feeds', '--json']);
    expect(listed.stderr).toBe('');
    expect(JSON.parse(listed.stdout)).toMatchObject([{ title: 'Kept' }]);
    const labels = await tidingsWithoutWriteAccess(['--db', library, 'labels']);
    expect(labels).toMatchObject({ status: 0, stderr: '' });

    const changed = await tidingsWithoutWriteAccess(['--db', library, 'retention', '1', '--days', '3']);
    expect(changed.status).toBe(1);
    expect(changed.stderr).toMatch(/^tidings: Your library file or its folder is read-only/);
    expect(readdirSync(folder)).toEqual(['tidings.db']);
  });
});
