// Publishing replaces index.html, shared.atom and shared.json, so it writes only into a folder that
// was empty or that Tidings' own marker says it owns: never over a website someone pointed it at.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import { folderMarker } from '../../../electron/core/sharing/folder-claim';
import { tidings } from '../../support/cli';
import { tempDir } from '../../support/temp';
import { call, openWithArticles } from './helpers';

const theirPage = '<!doctype html><title>My website</title>';

describe('the folder shared items are published into', () => {
  let dir: ReturnType<typeof tempDir>;
  let core: Core;
  let ids: number[];

  beforeEach(async () => {
    dir = tempDir();
    ({ core, articleIds: ids } = openWithArticles({ dbFile: dir.file('library.db'), outbox: { run: false } }));
    await call(core, 'shareArticle', { articleId: ids[0] as number });
  });
  afterEach(() => {
    core.close();
    dir.remove();
  });

  function website(): string {
    const folder = dir.file('website');
    mkdirSync(folder);
    writeFileSync(join(folder, 'index.html'), theirPage);
    writeFileSync(join(folder, 'style.css'), 'body {}');
    return folder;
  }

  it('refuses the configured shared folder when it holds an index.html Tidings did not write, and leaves it as it was', async () => {
    const folder = website();
    await call(core, 'updateSettings', { sharedFolder: folder });
    await expect(call(core, 'publishShared', {})).rejects.toThrow(/already holds files Tidings did not write \(index\.html, style\.css\)/);
    expect(readFileSync(join(folder, 'index.html'), 'utf8')).toBe(theirPage);
    expect(readdirSync(folder).sort()).toEqual(['index.html', 'style.css']);
  });

  it('refuses `tidings publish --out DIR` into such a folder with one line and exit 1', async () => {
    const folder = website();
    core.close();
    const result = await tidings(['--db', dir.file('library.db'), 'publish', '--out', folder]);
    ({ core } = openWithArticles({ dbFile: dir.file('library.db'), outbox: { run: false } }));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^tidings: the folder .*website already holds files Tidings did not write \(index\.html, style\.css\); publish into an empty folder instead\n$/);
    expect(readFileSync(join(folder, 'index.html'), 'utf8')).toBe(theirPage);
  });

  it('writes into a new or empty folder, marks it, and writes there again next time', async () => {
    for (const folder of [dir.file('new/nested'), dir.file('empty')]) {
      mkdirSync(dir.file('empty'), { recursive: true });
      core.publisher.publishNow(folder);
      expect(readdirSync(folder).sort()).toEqual([folderMarker, 'index.html', 'shared.atom', 'shared.json']);
      await call(core, 'shareArticle', { articleId: ids[1] as number });
      expect(core.publisher.publishNow(folder).items).toBe(2);
      await call(core, 'unshareArticle', { articleId: ids[1] as number });
    }
  });

  it('takes a folder whose only entries are hidden (a new git repository, a Syncthing folder)', () => {
    const folder = dir.file('repo');
    mkdirSync(join(folder, '.git'), { recursive: true });
    writeFileSync(join(folder, '.stfolder'), '');
    core.publisher.publishNow(folder);
    expect(readdirSync(folder).sort()).toEqual(['.git', '.stfolder', folderMarker, 'index.html', 'shared.atom', 'shared.json']);
  });

  it('keeps publishing into a folder an earlier Tidings wrote before there was a marker', () => {
    const folder = dir.file('old');
    core.publisher.publishNow(folder);
    rmSync(join(folder, folderMarker)); // as if written before markers existed
    expect(() => core.publisher.publishNow(folder)).not.toThrow();
    expect(readdirSync(folder)).toContain(folderMarker);
  });

  it('does not take a page of another generator for one of its own', () => {
    const folder = dir.file('lookalike');
    mkdirSync(folder);
    writeFileSync(join(folder, 'index.html'), theirPage);
    expect(() => core.publisher.publishNow(folder)).toThrow(/did not write \(index\.html\)/);
    expect(readFileSync(join(folder, 'index.html'), 'utf8')).toBe(theirPage);
  });
});
