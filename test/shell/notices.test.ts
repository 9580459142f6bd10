import { describe, expect, it } from 'vitest';
import { newArticlesNotice } from '../../electron/shell/notices';

const added = [
  { feedId: 1, title: 'LWN', count: 4 },
  { feedId: 2, title: 'Ars Technica', count: 5 },
  { feedId: 3, title: 'Hacker News', count: 30 },
  { feedId: 4, title: 'The Old New Thing', count: 1 },
  { feedId: 5, title: 'xkcd', count: 1 },
];

describe('new-article notifications', () => {
  it('says nothing when no chosen feed got anything', () => {
    expect(newArticlesNotice(added, [])).toBeNull();
    expect(newArticlesNotice(added, [99])).toBeNull();
    expect(newArticlesNotice([], [1, 2])).toBeNull();
  });

  it('names the one feed and its count', () => {
    expect(newArticlesNotice(added, [1])).toEqual({ title: 'LWN', body: '4 new articles' });
    expect(newArticlesNotice(added, [5])).toEqual({ title: 'xkcd', body: '1 new article' });
  });

  it('makes one notification for the whole refresh, busiest feeds first, counting only chosen feeds', () => {
    expect(newArticlesNotice(added, [1, 2, 4])).toEqual({
      title: '10 new articles in 3 feeds',
      body: 'Ars Technica (5), LWN (4), The Old New Thing (1)',
    });
    expect(newArticlesNotice(added, [1, 2, 3, 4, 5])).toEqual({
      title: '41 new articles in 5 feeds',
      body: 'Hacker News (30), Ars Technica (5), LWN (4) and 2 more feeds',
    });
    expect(newArticlesNotice(added, [1, 2, 3, 4])?.body).toBe('Hacker News (30), Ars Technica (5), LWN (4) and 1 more feed');
  });
});
