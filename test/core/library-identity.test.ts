// Which files the core treats as a library: its own (new, older, damaged), never anything else.
import Database from 'better-sqlite3';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore } from '../../electron/core/core';
import { Store } from '../../electron/core/store';
import { identifyLibrary, tidingsApplicationId } from '../../electron/core/store/library-identity';
import { tempDir } from '../support/temp';

describe('a library file', () => {
  let dir: ReturnType<typeof tempDir>;
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => dir.remove());

  it('carries the Tidings application id from the start', () => {
    const file = dir.file('tidings.db');
    Store.open(file).close();
    const db = new Database(file, { readonly: true });
    expect(db.pragma('application_id', { simple: true })).toBe(tidingsApplicationId);
    db.close();
    expect(identifyLibrary(file)).toBe('tidings');
  });

  it('is refused by the core when it is a picture, which stays as it was, and no note is left', () => {
    const file = dir.file('picture.png');
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(5000, 1)]);
    writeFileSync(file, png);
    expect(() => openCore({ dbFile: file })).toThrow(`${file} is not a Tidings library (it is a PNG image); nothing was changed`);
    expect(readFileSync(file).equals(png)).toBe(true);
    expect(readdirSync(dir.path)).toEqual(['picture.png']);
  });

  it('is still known for a damaged library when its SQLite header is gone but its id is not', () => {
    const file = dir.file('tidings.db');
    Store.open(file).close();
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.alloc(16, 0), 0, 16, 0); // "SQLite format 3" overwritten
    closeSync(fd);
    expect(identifyLibrary(file)).toBe('damaged-tidings');

    const core = openCore({ dbFile: file });
    try {
      expect(core.notices[0]).toMatchObject({ kind: 'started-empty' });
      expect(existsSync(core.notices[0]!.damagedFile)).toBe(true);
    } finally {
      core.close();
    }
    expect(readdirSync(dir.path).filter((name) => name.includes('.in-use-'))).toEqual([]);
  });
});
