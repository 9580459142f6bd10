// The shared folder: Atom, JSON Feed and a page, written whole (temp file, fsync, rename), readable
// by Tidings' own parser and valid where the formats say an element is required.
import { existsSync, mkdirSync, openSync, readFileSync, readSync, closeSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import { readFeedDocument } from '../../../electron/core/refresh/read-feed';
import { scanXml, type XmlElement } from '../../../electron/core/library/xml/scan';
import { writeFileAtomic } from '../../../electron/core/sharing/atomic-write';
import { tempDir } from '../../support/temp';
import { call, openWithArticles } from './helpers';

const rfc3339 = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/;

function child(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((candidate) => candidate.name === name);
}

/** RFC 4287's required elements: feed id, title, updated, an author (here on the feed), a self link; entry id, title, updated. */
function validateAtom(text: string): XmlElement {
  const [feed, ...others] = scanXml(text, { maxDepth: 20, maxElements: 100_000, keepTextOf: new Set(['id', 'title', 'updated', 'name']) });
  expect(others).toEqual([]);
  if (!feed) throw new Error('no root element');
  expect(feed.name).toBe('feed');
  expect(feed.attributes.get('xmlns')).toBe('http://www.w3.org/2005/Atom');
  for (const name of ['id', 'title', 'updated']) expect(child(feed, name)?.text, `feed ${name}`).toBeTruthy();
  expect(child(feed, 'updated')?.text).toMatch(rfc3339);
  expect(child(child(feed, 'author') as XmlElement, 'name')?.text).toBeTruthy();
  expect(feed.children.some((link) => link.name === 'link' && link.attributes.get('rel') === 'self' && link.attributes.get('href'))).toBe(true);
  for (const entry of feed.children.filter((element) => element.name === 'entry')) {
    for (const name of ['id', 'title', 'updated']) expect(child(entry, name)?.text, `entry ${name}`).toBeTruthy();
    expect(child(entry, 'id')?.text).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(child(entry, 'updated')?.text).toMatch(rfc3339);
  }
  return feed;
}

function validateJsonFeed(text: string): { items: { id: string; url?: string; title: string; _tidings: { note: string | null } }[] } {
  const feed = JSON.parse(text) as Record<string, unknown> & { items: { id: unknown }[] };
  expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
  expect(typeof feed.title).toBe('string');
  expect(Array.isArray(feed.items)).toBe(true);
  for (const item of feed.items) expect(typeof item.id === 'string' && item.id.length > 0).toBe(true);
  return feed as never;
}

describe('publishing shared items', () => {
  let dir: ReturnType<typeof tempDir>;
  let core: Core;
  let ids: number[];
  let folder: string;

  beforeEach(async () => {
    dir = tempDir();
    folder = dir.file('public');
    ({ core, articleIds: ids } = openWithArticles({ dbFile: dir.file('library.db'), outbox: { run: false } }));
    await call(core, 'updateSettings', { sharedFolder: folder });
  });
  afterEach(() => {
    core.close();
    dir.remove();
  });

  async function shareAll(): Promise<void> {
    const [a, b, c] = ids as [number, number, number];
    await call(core, 'shareArticle', { articleId: c, note: 'Red is <the> find & "rare"' });
    await call(core, 'shareArticle', { articleId: b });
    await call(core, 'shareArticle', { articleId: a, note: 'Line one\n\nLine two' });
  }

  it('writes an Atom feed that validates and that Tidings itself reads back, note included', async () => {
    await shareAll();
    const result = await call(core, 'publishShared', {});
    expect(result).toEqual({ folder, files: ['shared.atom', 'shared.json', 'index.html'].map((name) => join(folder, name)), items: 3 });
    const text = readFileSync(join(folder, 'shared.atom'), 'utf8');
    const feed = validateAtom(text);
    expect(feed.children.filter((element) => element.name === 'entry')).toHaveLength(3);

    const parsed = await readFeedDocument({ url: pathToFileURL(join(folder, 'shared.atom')).href, body: Buffer.from(text), contentType: 'application/atom+xml' });
    expect(parsed.format).toBe('atom');
    expect(parsed.title).toBe('Shared items');
    expect(parsed.items.map((item) => item.title)).toEqual(['Fog over the harbour & the "quay"', 'A heron', 'Sea glass']);
    expect(parsed.items[0]?.link).toBe('https://example.org/a');
    // A javascript: link never reaches the published feed.
    expect(parsed.items[2]?.link).toBeNull();
    expect(parsed.items[2]?.content).toContain('Red is &lt;the&gt; find &amp; "rare"');
    expect(parsed.items[0]?.content).toContain('<p>Line one</p><p>Line two</p>');
    expect(new Set(parsed.items.map((item) => item.id)).size).toBe(3);
  });

  it('writes a JSON Feed 1.1 that validates and that Tidings itself reads back', async () => {
    await shareAll();
    await call(core, 'publishShared', {});
    const text = readFileSync(join(folder, 'shared.json'), 'utf8');
    const feed = validateJsonFeed(text);
    expect(feed.items.map((item) => item._tidings.note)).toEqual(['Line one\n\nLine two', null, 'Red is <the> find & "rare"']);
    const parsed = await readFeedDocument({ url: pathToFileURL(join(folder, 'shared.json')).href, body: Buffer.from(text), contentType: 'application/feed+json' });
    expect(parsed.format).toBe('json');
    expect(parsed.items.map((item) => item.title)).toEqual(['Fog over the harbour & the "quay"', 'A heron', 'Sea glass']);
    // Same entries, same ids, in both formats.
    const atom = await readFeedDocument({ url: 'https://example.org/shared.atom', body: readFileSync(join(folder, 'shared.atom')), contentType: null });
    expect(parsed.items.map((item) => item.id)).toEqual(atom.items.map((item) => item.id));
  });

  it('writes a page with every text escaped, notes shown, no script, and its own CSP', async () => {
    await shareAll();
    await call(core, 'publishShared', {});
    const page = readFileSync(join(folder, 'index.html'), 'utf8');
    expect(page).toContain('Fog over the harbour &amp; the &quot;quay&quot;');
    expect(page).toContain('<blockquote><p>Red is &lt;the&gt; find &amp; &quot;rare&quot;</p></blockquote>');
    expect(page).not.toMatch(/<script|javascript:|\son\w+=/i);
    expect(page).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;sha256-/);
    expect(page).toContain('href="shared.atom"');
  });

  it('publishes an empty feed that still validates', async () => {
    await call(core, 'publishShared', {});
    validateAtom(readFileSync(join(folder, 'shared.atom'), 'utf8'));
    expect(validateJsonFeed(readFileSync(join(folder, 'shared.json'), 'utf8')).items).toEqual([]);
  });

  it('keeps the feed id from one publish to the next', async () => {
    await call(core, 'publishShared', {});
    const first = readFileSync(join(folder, 'shared.atom'), 'utf8').match(/<id>(urn:uuid:[^<]+)<\/id>/)?.[1];
    await shareAll();
    await call(core, 'publishShared', {});
    expect(readFileSync(join(folder, 'shared.atom'), 'utf8').match(/<id>(urn:uuid:[^<]+)<\/id>/)?.[1]).toBe(first);
  });

  it('writes the folder by itself a moment after a share, and when the core closes', async () => {
    await call(core, 'shareArticle', { articleId: ids[0] as number });
    expect(existsSync(join(folder, 'shared.atom'))).toBe(false);
    core.close();
    ({ core } = openWithArticles({ dbFile: dir.file('library.db'), outbox: { run: false } }));
    expect(readFileSync(join(folder, 'shared.json'), 'utf8')).toContain('Fog over the');
  });

  it('replaces each file by rename: a reader holding the old file reads it whole, and no temporary file is left', async () => {
    await call(core, 'publishShared', {});
    const path = join(folder, 'shared.atom');
    const before = readFileSync(path, 'utf8');
    const inodeBefore = statSync(path).ino;
    const reader = openSync(path, 'r');
    try {
      await shareAll();
      await call(core, 'publishShared', {});
      // A new file took the name: written elsewhere first, then renamed over the old one.
      expect(statSync(path).ino).not.toBe(inodeBefore);
      const buffer = Buffer.alloc(before.length + 1024);
      const read = readSync(reader, buffer, 0, buffer.length, 0);
      expect(buffer.subarray(0, read).toString('utf8')).toBe(before);
    } finally {
      closeSync(reader);
    }
    expect(readdirSync(folder).sort()).toEqual(['.tidings-shared-folder', 'index.html', 'shared.atom', 'shared.json']);
  });

  it('leaves no temporary file behind when a write fails', () => {
    const blocked = dir.file('blocked');
    mkdirSync(join(blocked, 'shared.atom'), { recursive: true }); // a folder where the file should go
    writeFileSync(join(blocked, 'keep.txt'), 'x');
    expect(() => writeFileAtomic(join(blocked, 'shared.atom'), 'text')).toThrow();
    expect(readdirSync(blocked).sort()).toEqual(['keep.txt', 'shared.atom']);
  });
});
