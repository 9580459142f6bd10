// A feed's first stored fetch looks up none of its items (store/articles.ts: nothing is stored or
// buried yet, so what the call stored is all there is). What it stores must be what the lookups gave.
import { expect, it } from 'vitest';
import { connectionOf } from '../../electron/core/store';
import { feedOf, item, noValidators } from '../support/items';
import { withTempStore } from '../support/temp-store';

const temp = withTempStore();

const rows = (feedId: number) =>
  connectionOf(temp.store).prepare('SELECT a.guid, a.title, c.html FROM articles a JOIN article_content c ON c.article_id = a.id WHERE a.feed_id = ? ORDER BY a.id').all(feedId);

it('stores a guid that a new feed lists twice once, as the entry nearer the top has it', () => {
  const feedId = temp.store.feeds.add({ url: 'https://example.org/feed' });
  const result = temp.store.feeds.saveFetched(feedId, feedOf([
    item('twice', { title: 'Newer', content: '<p>newer</p>' }),
    item('once'),
    item('twice', { title: 'Older', content: '<p>older</p>' }),
    item('twice', { title: 'Oldest', content: '<p>oldest</p>' }),
  ]), noValidators);
  expect(result).toEqual({ added: 2, updated: 2 });
  expect(rows(feedId)).toEqual([
    { guid: 'twice', title: 'Newer', html: '<p>newer</p>' },
    { guid: 'once', title: 'Title once', html: '<p>Content once</p>' },
  ]);
  expect(temp.store.library.summary().feeds.find((feed) => feed.id === feedId)?.unread).toBe(2);
});

it('leaves an article that retention removed out when a feed left with no articles lists it again', () => {
  const feedId = temp.store.feeds.add({ url: 'https://example.org/feed' });
  temp.store.feeds.saveFetched(feedId, feedOf([item('gone')]), noValidators);
  // Read, then pruned by retention: only its tombstone is left.
  connectionOf(temp.store).exec(`UPDATE article_state SET read = 1`);
  temp.store.feeds.setRetention(feedId, { days: 1, maxArticles: null });
  connectionOf(temp.store).exec(`UPDATE articles SET first_seen_at = 0; UPDATE article_state SET sort_at = 0`);
  temp.store.feeds.recordNotModified(feedId);
  expect(rows(feedId)).toEqual([]);
  expect(temp.store.feeds.saveFetched(feedId, feedOf([item('gone'), item('new')]), noValidators)).toEqual({ added: 1, updated: 0 });
  expect(rows(feedId).map((row) => (row as { guid: string }).guid)).toEqual(['new']);
});
