// Articles stored before migration 16 carry no mixed-words flag. The indexer, which migration 15
// sends over every article again, sets it as it passes, so an upgraded library's rule try-outs
// stop reading those articles' texts once its index has caught up.
import { describe, expect, it } from 'vitest';
import { connectionOf } from '../../electron/core/store';
import { feedOf, item, noValidators } from '../support/items';
import { withTempStore } from '../support/temp-store';

describe('the mixed-words flag of articles stored before it was kept', () => {
  const temp = withTempStore();

  const flags = () =>
    Object.fromEntries(
      (connectionOf(temp.store)
        .prepare('SELECT a.title, c.mixed_words AS mixed FROM articles a JOIN article_content c ON c.article_id = a.id')
        .all() as { title: string; mixed: number | null }[]).map((row) => [row.title, row.mixed]),
    );

  it('is set by the indexer as it passes each article, as ingest would have set it', () => {
    const feedId = temp.store.feeds.add({ url: 'https://example.org/feed' });
    temp.store.transaction(() =>
      temp.store.feeds.writeFetched(
        feedId,
        feedOf([
          item('plain', { title: 'Plain words', content: '<p>The ferry left at dawn.</p>' }),
          item('cafe', { title: 'Morning', content: '<p>Coffee at the café.</p>' }),
          item('nihon', { title: '日本ferry', content: '<p>Crossing.</p>' }),
          item('quote', { title: 'Quoted', content: '<p>The “ferry” — late.</p>' }),
        ]),
        noValidators,
      ),
    );
    const asIngestSetIt = flags();
    expect(asIngestSetIt).toEqual({ 'Plain words': 0, Morning: 1, '日本ferry': 1, Quoted: 0 });
    // As a library written before migration 16 has them, its index emptied by migration 15.
    connectionOf(temp.store).exec('UPDATE article_content SET mixed_words = NULL; UPDATE search_progress SET indexed_upto = 0;');
    expect(Object.values(flags())).toEqual([null, null, null, null]);

    temp.store.search.catchUp();

    expect(flags()).toEqual(asIngestSetIt);
  });
});
