// The sidebar's saved searches (issue #18): twenty of them, each with its unread count, on the
// scale bench's library, where every article holds the same fifteen common words (so most of these
// searches match most articles: harder than a person's). Counting is capped (shared/saved-searches.ts)
// and walks the index only between the first and last unread article a search's scope and period
// hold, so the figure depends on where the unread articles lie; three spreads are timed.
import { connectionOf, type Store } from '../../electron/core/store';
import type { ArticleScope } from '../../shared/model';
import type { SavedSearchPeriod } from '../../shared/saved-searches';
import { report } from './report';

const median = (work: () => unknown, repeat = 5): number => {
  work();
  const runs: number[] = [];
  for (let index = 0; index < repeat; index++) {
    const started = performance.now();
    work();
    runs.push(performance.now() - started);
  }
  return runs.sort((a, b) => a - b)[Math.floor(repeat / 2)] as number;
};

export function savedSearchBench(store: Store, folderId: number, articles: number): void {
  const searches: { query: string; scope?: ArticleScope; period?: SavedSearchPeriod }[] = [
    ...Array.from({ length: 8 }, (_, index) => ({ query: `topic${index * 97 + 5}` })),
    { query: 'lantern' },
    { query: 'lantern estuary' },
    { query: 'harbour -gull' },
    { query: 'topic12*' },
    { query: 'topic3*', scope: { kind: 'folder', folderId } as ArticleScope },
    { query: 'ferry', scope: { kind: 'folder', folderId } as ArticleScope },
    { query: 'topic77', period: 'week' },
    { query: 'kelp', period: 'year' },
    { query: 'title:beacon' },
    { query: '"driftwood estuary"' },
    { query: 'squall', scope: { kind: 'starred' } as ArticleScope },
    { query: 'topic4999' },
  ];
  searches.forEach((search, index) =>
    store.savedSearches.save({ name: `bench ${index}`, query: search.query, scope: search.scope ?? { kind: 'all' }, period: search.period ?? 'any' }),
  );
  const size = `${articles.toLocaleString('en')} articles`;
  report({ name: `saved searches: ${searches.length} unread counts (listSavedSearches), ${size}`, value: median(() => store.savedSearches.list()), unit: 'ms',
    target: { op: '≤', value: 50 }, note: 'two in three articles unread' });

  // The newest half read: the counts start from the oldest unread article, half-way down.
  const newestId = (connectionOf(store).prepare('SELECT max(id) AS id FROM articles').get() as { id: number }).id;
  connectionOf(store).prepare('UPDATE article_state SET read = 1 WHERE article_id > ? AND read = 0').run(Math.floor(newestId / 2));
  report({ name: '  the same, the newest half of the articles read', value: median(() => store.savedSearches.list()), unit: 'ms', target: { op: '≤', value: 50 } });
  // Everything read but the oldest article: no count reaches its cap, but there is one article to find.
  connectionOf(store).prepare('UPDATE article_state SET read = 1 WHERE read = 0 AND article_id > (SELECT min(id) FROM articles)').run();
  report({ name: '  the same, one old article left unread', value: median(() => store.savedSearches.list()), unit: 'ms', target: { op: '≤', value: 50 } });
}
