// Google Reader Takeouts: the zip or its unpacked folder, every file Reader wrote, every mark an item
// carried, feeds no longer subscribed kept as inactive sources, and a second import that changes nothing.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importLibrary } from '../../../electron/core/library/import';
import { Store, connectionOf } from '../../../electron/core/store';
import { feedOf, item, noValidators } from '../../support/items';
import { withTempStore } from '../../support/temp-store';
import { corpus, fixture, makeZip, snapshot } from './helpers';

interface StateRow {
  title: string;
  guid: string;
  feed: string;
  active: number;
  read: number;
  starred_at: number | null;
  shared_at: number | null;
  liked_at: number | null;
  note: string | null;
  labels: string | null;
  published_at: number | null;
  html: string;
}

function articles(store: Store): StateRow[] {
  return connectionOf(store)
    .prepare(
      `SELECT a.title, a.guid, f.url AS feed, f.active, s.read,
         CASE WHEN s.starred = 1 THEN s.starred_at END AS starred_at,
         CASE WHEN s.shared = 1 THEN s.shared_at END AS shared_at,
         CASE WHEN s.liked = 1 THEN s.liked_at END AS liked_at, s.note,
         (SELECT group_concat(l.name, ',') FROM (SELECT l.name FROM article_labels al JOIN labels l ON l.id = al.label_id
           WHERE al.article_id = a.id ORDER BY l.name) l) AS labels,
         a.published_at, c.html
       FROM articles a JOIN article_state s ON s.article_id = a.id JOIN feeds f ON f.id = a.feed_id
       JOIN article_content c ON c.article_id = a.id ORDER BY a.title`,
    )
    .all() as StateRow[];
}

const takeoutFolder = fixture('takeout');
const readerFolder = join(takeoutFolder, 'Google Reader');

/** The fixture Takeout as Google zipped it: a folder name with a non-UTF-8 byte, no UTF-8 flag. */
function takeoutZip(): Buffer {
  const folder = Buffer.concat([Buffer.from('robin-takeout/Google'), Buffer.from([0xa0]), Buffer.from('Reader/')]);
  return makeZip(
    readdirSync(readerFolder).map((name) => ({
      name: Buffer.concat([folder, Buffer.from(name)]),
      data: readFileSync(join(readerFolder, name)),
    })),
  );
}

describe('Google Reader Takeout', () => {
  const temp = withTempStore({ clock: () => now });
  const now = Date.parse('2024-06-01T12:00:00Z');


  it('imports the sample Takeout zip whose folder name is not UTF-8', async () => {
    const summary = await importLibrary(temp.store, { path: corpus('takeout', 'sismics-reader', 'test@gmail.com-takeout.zip') });
    expect(summary).toMatchObject({ format: 'takeout', feeds: 2, feedsAdded: 2, inactiveFeeds: 2, folders: 2, articles: 3, starred: 3 });
    expect(temp.store.library.summary().folders.map((folder) => folder.name)).toEqual(['Blogs', 'Technology']);
    const rows = articles(temp.store);
    expect(rows.map((row) => [row.title, row.feed, row.active])).toEqual([
      // This sample's origin gives the bare address, without Reader's "feed/" prefix.
      ['Adrian Rapan: Integration vs Acceptance tests', 'http://rss.slashdot.org/slashdot/classic', 0],
      ['An Appropriate Use of Metrics', 'http://martinfowler.com/bliki/bliki.atom', 0],
      ['Infodeck on Big Data', 'http://martinfowler.com/bliki/bliki.atom', 0],
    ]);
    expect(rows.every((row) => row.read === 1 && row.starred_at !== null)).toBe(true);
  });

  it('imports a lone starred.json with each star at the time it was starred', async () => {
    const summary = await importLibrary(temp.store, { path: corpus('takeout', 'sismics-reader', 'starred.json') });
    expect(summary).toMatchObject({ format: 'reader-json', feeds: 0, inactiveFeeds: 2, articles: 3, starred: 3 });
    const metrics = articles(temp.store).find((row) => row.title === 'An Appropriate Use of Metrics');
    expect(metrics).toMatchObject({ starred_at: 1361814526182, published_at: 1361284860000, guid: 'http://martinfowler.com/articles/useOfMetrics.html' });
  });

  it('keeps every mark an item carried across starred, shared, liked and notes', async () => {
    const summary = await importLibrary(temp.store, { path: takeoutFolder });
    expect(summary).toMatchObject({
      format: 'takeout',
      feeds: 3,
      feedsAdded: 3,
      inactiveFeeds: 2,
      folders: 2,
      articles: 6,
      starred: 2,
      shared: 3,
      liked: 1,
      notes: 3,
      labels: 2,
    });
    expect(summary.skipped).toEqual([
      { item: 'http://both.example/rss', reason: 'listed more than once (again in "Friends"); merged, kept in "Tech"' },
      { item: join(readerFolder, 'followers.json'), reason: 'lists of people are not imported (Tidings has no social features)' },
      { item: join(readerFolder, 'following.json'), reason: 'lists of people are not imported (Tidings has no social features)' },
      { item: '2 comments', reason: 'comments on shared items are not kept (Tidings has no comments)' },
    ]);

    const byTitle = new Map(articles(temp.store).map((row) => [row.title, row]));
    expect(byTitle.get('Bread & butter')).toMatchObject({
      read: 1,
      starred_at: 1365000000000,
      shared_at: null,
      labels: 'Keep,Recipes',
      published_at: 1359990000000,
      guid: 'http://cooking.example/2013/bread',
      feed: 'http://cooking.example/atom.xml',
      active: 1,
    });
    expect(byTitle.get('An old post from a feed I left')).toMatchObject({
      read: 0,
      starred_at: 1364000000000,
      shared_at: 1366000000000,
      note: 'Read this one.\nSeriously.',
      feed: 'http://gone.example/rss',
      active: 0,
    });
    expect(byTitle.get('Tech news')).toMatchObject({ read: 1, shared_at: 1367000000000, liked_at: 1368000000000, note: null });
    expect(byTitle.get('A thought')).toMatchObject({ read: 1, shared_at: 1362000000000, note: 'Remember to export everything before July.', active: 0 });
    expect(byTitle.get('Clipped page')).toMatchObject({ note: 'Worth keeping', feed: byTitle.get('A thought')?.feed });
    // Someone else's labels and notes are theirs, not the exporter's.
    expect(byTitle.get("Sam's pick")).toMatchObject({ read: 1, note: null, labels: null, shared_at: null });
  });

  it('sanitizes imported content as a refresh would', async () => {
    await importLibrary(temp.store, { path: takeoutFolder });
    const bread = articles(temp.store).find((row) => row.title === 'Bread & butter');
    expect(bread?.html).not.toMatch(/script|onerror/);
    expect(bread?.html).toContain('src="http://cooking.example/img/bread.jpg"');
  });

  it('shows an item from an unsubscribed feed under its source, marked inactive and never polled', async () => {
    await importLibrary(temp.store, { path: takeoutFolder });
    const gone = temp.store.feeds.rows().find((feed) => feed.url === 'http://gone.example/rss');
    expect(gone).toMatchObject({ title: 'A Gone Blog', site_url: 'http://gone.example/', active: 0, folder_id: null });
    expect(temp.store.feeds.due().map((feed) => feed.url)).not.toContain('http://gone.example/rss');
    expect(temp.store.library.subscriptionTree().feeds.map((feed) => feed.url)).not.toContain('http://gone.example/rss');
  });

  it('changes nothing when the same Takeout is imported twice', async () => {
    await importLibrary(temp.store, { path: takeoutFolder });
    const before = snapshot(temp.store);
    const again = await importLibrary(temp.store, { path: takeoutFolder });
    expect(again).toMatchObject({ feedsAdded: 0, inactiveFeeds: 0, folders: 0, articles: 0 });
    expect(snapshot(temp.store)).toEqual(before);
  });

  it('reads the zip and the unpacked folder alike', async () => {
    await importLibrary(temp.store, { path: takeoutFolder });
    const fromFolder = articles(temp.store);
    const other = Store.open(temp.dir.file('zip.db'), { clock: () => now });
    try {
      const summary = await importLibrary(other, { fileName: 'takeout.zip', bytes: takeoutZip() });
      expect(summary).toMatchObject({ format: 'takeout', articles: 6, starred: 2, shared: 3, liked: 1, notes: 3 });
      expect(articles(other)).toEqual(fromFolder);
    } finally {
      other.close();
    }
  });

  it('attaches marks to an article the library already has with the same link, keeping its content', async () => {
    const feedId = temp.store.feeds.add({ url: 'http://tech.example/feed' });
    temp.store.feeds.saveFetched(
      feedId,
      feedOf([item('urn:tech:42', { title: 'Tech news', link: 'http://tech.example/news/42', content: '<p>Fresh copy</p>' })]),
      noValidators,
    );
    await importLibrary(temp.store, { path: takeoutFolder });
    const tech = articles(temp.store).filter((row) => row.feed === 'http://tech.example/feed');
    expect(tech.map((row) => [row.title, row.guid])).toEqual([
      ["Sam's pick", 'http://tech.example/news/43'],
      ['Tech news', 'urn:tech:42'],
    ]);
    expect(tech[1]).toMatchObject({ html: '<p>Fresh copy</p>', shared_at: 1367000000000, liked_at: 1368000000000, read: 1 });
  });
});
