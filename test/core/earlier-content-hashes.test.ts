// A library keeps the content hashes an earlier version wrote (content-hash.ts: the first form was
// SHA-256 of JSON). After an upgrade, refreshing the same feed must not take those articles for
// edited ones: no "updated", no rewritten row, nothing re-indexed; only the hash takes today's form.
import { expect, it } from 'vitest';
import type { ParsedFeed } from '../../electron/core/feed-types';
import { firstFormHash } from '../../electron/core/refresh/content-hash';
import { readFeedDocument } from '../../electron/core/refresh/read-feed';
import { connectionOf } from '../../electron/core/store';
import { noValidators } from '../support/items';
import { withTempStore } from '../support/temp-store';

const temp = withTempStore();

const url = 'https://example.org/feed.xml';
const rss = (secondBody: string): string => `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Café “news”</title><link>https://example.org/</link>
  <item><guid>one</guid><title>Héllo “quotes”</title><link>https://example.org/1</link>
    <author>ann@example.org (Ann)</author>
    <description><![CDATA[<p class="x">Text &amp; more — <a href="/a">a link</a></p>]]></description>
    <enclosure url="https://example.org/1.mp3" type="audio/mpeg" length="123"/></item>
  <item><guid>two</guid><title>Second</title><link>https://example.org/2</link>
    <description>${secondBody}</description></item>
</channel></rss>`;

const read = (xml: string): Promise<ParsedFeed> =>
  readFeedDocument({ url, body: new TextEncoder().encode(xml), contentType: 'application/rss+xml' });

/** The library as a version with the first form left it: the same articles, their hashes of that form. */
async function libraryOfTheFirstForm(feedId: number, xml: string): Promise<void> {
  const feed = await read(xml);
  temp.store.feeds.saveFetched(feedId, feed, noValidators);
  const setHash = connectionOf(temp.store).prepare('UPDATE articles SET content_hash = ? WHERE feed_id = ? AND guid = ?');
  for (const item of feed.items) setHash.run(firstFormHash(item), feedId, item.id);
}

/** Counts every write to an article other than its hash, and every change to the search index. */
function countRewrites(): () => number {
  const db = connectionOf(temp.store);
  db.exec(`CREATE TEMP TABLE rewrites (what TEXT);
    CREATE TEMP TRIGGER article_rewritten AFTER UPDATE OF title, link, author, published_at, updated_at, summary, thumbnail
      ON main.articles BEGIN INSERT INTO rewrites VALUES ('article'); END;
    CREATE TEMP TRIGGER content_rewritten AFTER UPDATE ON main.article_content BEGIN INSERT INTO rewrites VALUES ('content'); END;
    CREATE TEMP TRIGGER state_rewritten AFTER UPDATE ON main.article_state BEGIN INSERT INTO rewrites VALUES ('state'); END;`);
  return () => (db.prepare('SELECT count(*) AS n FROM temp.rewrites').get() as { n: number }).n;
}

const storedHashes = (feedId: number): string[] =>
  connectionOf(temp.store).prepare('SELECT content_hash FROM articles WHERE feed_id = ? ORDER BY guid').pluck().all(feedId) as string[];

it('takes an unchanged article stored with a first-form hash for unchanged: 0 updated, nothing rewritten', async () => {
  const feedId = temp.store.feeds.add({ url });
  await libraryOfTheFirstForm(feedId, rss('<p>Two</p>'));
  const firstForm = storedHashes(feedId);
  const rewrites = countRewrites();

  expect(temp.store.feeds.saveFetched(feedId, await read(rss('<p>Two</p>')), noValidators)).toEqual({ added: 0, updated: 0 });
  expect(rewrites()).toBe(0);
  expect(temp.store.library.summary().feeds.find((feed) => feed.id === feedId)?.unread).toBe(2);
  // The hashes now have today's form, so the next refresh compares them without the first form's cost.
  const upgraded = storedHashes(feedId);
  expect(upgraded.every((hash, index) => hash !== firstForm[index])).toBe(true);
  expect(temp.store.feeds.saveFetched(feedId, await read(rss('<p>Two</p>')), noValidators)).toEqual({ added: 0, updated: 0 });
  expect(storedHashes(feedId)).toEqual(upgraded);
  expect(rewrites()).toBe(0);
});

it('still sees an edit of an article stored with a first-form hash', async () => {
  const feedId = temp.store.feeds.add({ url });
  await libraryOfTheFirstForm(feedId, rss('<p>Two</p>'));
  const rewrites = countRewrites();

  expect(temp.store.feeds.saveFetched(feedId, await read(rss('<p>Two, edited</p>')), noValidators)).toEqual({ added: 0, updated: 1 });
  expect(rewrites()).toBeGreaterThan(0);
  const html = connectionOf(temp.store).prepare(
    "SELECT c.html FROM article_content c JOIN articles a ON a.id = c.article_id WHERE a.guid = 'two'",
  ).pluck().get();
  expect(html).toContain('Two, edited');
});
