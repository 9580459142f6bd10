// `tidings import|export|backup` as a person runs them: the built CLI, real files, exit codes.
import { spawnSync } from 'node:child_process';
import Database from 'better-sqlite3';
import { linkSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../support/temp';
import { corpus, fixture } from './helpers';

function tidings(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ['bin/tidings.mjs', ...args], {
    encoding: 'utf8',
    env: { ...process.env, TIDINGS_HOME: '/nonexistent-home' },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('tidings import, export and backup', () => {
  let dir: ReturnType<typeof tempDir>;
  let db: string;

  beforeAll(() => {
    dir = tempDir();
    db = dir.file('library.db');
  });
  afterAll(() => dir.remove());

  it('imports a Takeout folder and prints the summary object with --json', () => {
    const run = tidings(['--db', db, 'import', fixture('takeout'), '--json']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ format: 'takeout', feeds: 3, starred: 2, shared: 3, liked: 1, notes: 3, skippedCount: 4 });
  });

  it('prints a readable summary without --json', () => {
    const run = tidings(['--db', db, 'import', corpus('opml', 'netnewswire', 'Subs.opml')]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Imported .*Subs\.opml \(opml\) in \d+ ms: 206 feeds \(206 new\), 4 new folders, 0 new articles\n/);
    expect(run.stdout).toContain('skipped 1:\n    http://feed.katiefloyd.com/: listed more than once; merged, kept in the top level');
  });

  it('exports OPML to stdout and starred items to a file', () => {
    const opml = tidings(['--db', db, 'export', 'opml']);
    expect(opml.status).toBe(0);
    expect(opml.stdout).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<opml version="2.0">/);
    expect(opml.stdout).toContain('xmlUrl="http://cooking.example/atom.xml"');

    const out = dir.file('starred.json');
    const starred = tidings(['--db', db, 'export', 'starred', '--out', out]);
    expect(starred.status).toBe(0);
    expect(starred.stdout).toBe(`Wrote 2 items to ${out}\n`);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({ id: 'user/-/state/com.google/starred' });
    // Notes and subscription addresses are private: the file is its owner's alone, like the library.
    if (process.platform !== 'win32') expect((statSync(out).mode & 0o777).toString(8)).toBe('600');
    expect(JSON.parse(tidings(['--db', db, 'export', 'shared']).stdout).items).toHaveLength(3);
  });

  it('backs up the library to a file', () => {
    const run = tidings(['--db', db, 'backup', dir.file('copy.db')]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Backed up the library to .*copy\.db \(\d+ bytes\)\n$/);
    const listed = tidings(['--db', dir.file('copy.db'), 'list', 'feeds', '--json']);
    // 3 + 206 subscriptions, and the 2 inactive feeds that hold the Takeout's items.
    expect(JSON.parse(listed.stdout)).toHaveLength(211);
  });

  it("refuses to back up over an existing file, and another program's database keeps its table", () => {
    const other = dir.file('other.sqlite');
    const db2 = new Database(other);
    db2.exec("CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('mine')");
    db2.close();
    const run = tidings(['--db', db, 'backup', other]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`tidings: backup: ${other} already exists; choose another name, or replace it with --force\n`);
    const kept = new Database(other, { readonly: true });
    expect(kept.prepare('SELECT text FROM notes').all()).toEqual([{ text: 'mine' }]);
    kept.close();
  });

  it('replaces an existing file with --force', () => {
    const old = dir.file('old-backup.db');
    writeFileSync(old, 'an older backup');
    const run = tidings(['--db', db, 'backup', old, '--force']);
    expect(run.status).toBe(0);
    expect(JSON.parse(tidings(['--db', old, 'list', 'feeds', '--json']).stdout)).toHaveLength(211);
  });

  it('refuses a symbolic link or a hard link to the live library, even with --force', () => {
    symlinkSync(db, dir.file('link.db'));
    linkSync(db, dir.file('hard.db'));
    for (const target of [dir.file('link.db'), dir.file('hard.db')]) {
      const run = tidings(['--db', db, 'backup', target, '--force']);
      expect(run.status).toBe(1);
      expect(run.stderr).toBe('tidings: backup: the backup cannot overwrite the library it copies; choose another file\n');
    }
    expect(JSON.parse(tidings(['--db', db, 'list', 'feeds', '--json']).stdout)).toHaveLength(211);
  });

  it('fails with one line and a non-zero exit on a broken file', () => {
    const broken = dir.file('broken.opml');
    writeFileSync(broken, '<opml version="2.0">\n<body>\n<outline text="a">\n</body></opml>');
    const run = tidings(['--db', db, 'import', broken]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'tidings: opml: the XML is broken at line 4, column 1: </body> where </outline> was expected (<outline> opened at line 3, column 1)\n',
    );
  });

  it('exits 2 with usage on a wrong export kind or a missing argument', () => {
    expect(tidings(['--db', db, 'export', 'everything'])).toMatchObject({
      status: 2,
      stderr: 'tidings: usage: tidings export opml|starred|shared [--out FILE]\n',
    });
    expect(tidings(['--db', db, 'import'])).toMatchObject({ status: 2 });
    expect(tidings(['--db', db, 'backup'])).toMatchObject({ status: 2 });
  });
});
