// Starred and shared items out as Reader JSON, and back in: the marks, notes, labels, dates and
// content survive, and the file has what FreshRSS's importer reads.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { LibraryService } from '../../../electron/core/library/service';
import { Store, connectionOf } from '../../../electron/core/store';
import { withTempStore } from '../../support/temp-store';
import { fixture } from './helpers';

interface Marks {
  title: string;
  guid: string;
  feed: string;
  read: number;
  starred_at: number | null;
  shared_at: number | null;
  liked: number;
  note: string | null;
  labels: string | null;
  published_at: number | null;
  html: string;
}

function marked(store: Store): Marks[] {
  return connectionOf(store)
    .prepare(
      `SELECT a.title, a.guid, f.url AS feed, s.read,
         CASE WHEN s.starred = 1 THEN s.starred_at END AS starred_at,
         CASE WHEN s.shared = 1 THEN s.shared_at END AS shared_at, s.liked, s.note,
         (SELECT group_concat(name, ',') FROM (SELECT l.name FROM article_labels al JOIN labels l ON l.id = al.label_id
           WHERE al.article_id = a.id ORDER BY l.name)) AS labels, a.published_at, c.html
       FROM articles a JOIN article_state s ON s.article_id = a.id JOIN feeds f ON f.id = a.feed_id
       JOIN article_content c ON c.article_id = a.id WHERE s.starred = 1 OR s.shared = 1 ORDER BY a.title`,
    )
    .all() as Marks[];
}

describe('Reader JSON export', () => {
  const temp = withTempStore({ clock: () => Date.parse('2024-06-01T12:00:00Z') });
  let library: LibraryService;

  beforeEach(async () => {
    library = new LibraryService(temp.store);
    await library.import({ path: fixture('takeout') });
  });

  it('writes starred items newest star first, with their states, labels and source feed', () => {
    const exported = library.exportStream('starred');
    expect(exported).toMatchObject({ fileName: 'starred.json', count: 2, mimeType: 'application/json; charset=utf-8' });
    const stream = JSON.parse(exported.text) as { id: string; items: Record<string, unknown>[] };
    expect(stream.id).toBe('user/-/state/com.google/starred');
    expect(stream.items.map((item) => item.title)).toEqual(['Bread & butter', 'An old post from a feed I left']);
    expect(stream.items[0]).toMatchObject({
      id: 'http://cooking.example/2013/bread',
      timestampUsec: '1365000000000000',
      published: 1359990000,
      alternate: [{ href: 'http://cooking.example/2013/bread', type: 'text/html' }],
      categories: [
        'user/-/state/com.google/reading-list',
        'user/-/state/com.google/read',
        'user/-/state/com.google/starred',
        'user/-/label/Keep',
        'user/-/label/Recipes',
      ],
      origin: { streamId: 'feed/http://cooking.example/atom.xml', feedUrl: 'http://cooking.example/atom.xml', title: 'Cooking' },
    });
    expect(stream.items[1]).toMatchObject({ annotations: [{ content: 'Read this one.\nSeriously.', author: '' }] });
  });

  it('writes shared items with their notes, newest share first', () => {
    const stream = JSON.parse(library.exportStream('shared').text) as { id: string; items: { title: string }[] };
    expect(stream.id).toBe('user/-/state/com.google/broadcast');
    expect(stream.items.map((item) => item.title)).toEqual(['Tech news', 'An old post from a feed I left', 'A thought']);
  });

  it('keeps stars, shares, notes, labels, dates and content on a Reader JSON round trip', async () => {
    const before = marked(temp.store);
    const folder = join(temp.dir.path, 'exported');
    mkdirSync(folder);
    writeFileSync(join(folder, 'starred.json'), library.exportStream('starred').text);
    writeFileSync(join(folder, 'shared.json'), library.exportStream('shared').text);

    const copy = Store.open(temp.dir.file('copy.db'));
    try {
      const summary = await new LibraryService(copy).import({ path: folder });
      expect(summary).toMatchObject({ format: 'takeout', articles: 4, starred: 2, shared: 3, liked: 1, notes: 2, labels: 2 });
      expect(marked(copy)).toEqual(before);
    } finally {
      copy.close();
    }
  });

  it('exports an empty stream when nothing is starred', async () => {
    const empty = Store.open(temp.dir.file('empty.db'));
    try {
      const exported = new LibraryService(empty).exportStream('starred');
      expect(exported.count).toBe(0);
      expect(JSON.parse(exported.text)).toMatchObject({ items: [] });
    } finally {
      empty.close();
    }
  });
});
