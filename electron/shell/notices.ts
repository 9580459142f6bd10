// The desktop notification after a refresh: one for the whole refresh, never one per article, and
// only about the feeds the person asked to hear from (settings.notifyFeedIds).
import type { NewArticles } from './shell-view';

export interface Notice {
  title: string;
  body: string;
}

const namedFeeds = 3;

const articles = (count: number): string => `${count} new article${count === 1 ? '' : 's'}`;

export function newArticlesNotice(added: readonly NewArticles[], notifyFeedIds: readonly number[]): Notice | null {
  const wanted = new Set(notifyFeedIds);
  const feeds = added
    .filter((feed) => wanted.has(feed.feedId) && feed.count > 0)
    .sort((a, b) => b.count - a.count || a.title.localeCompare(b.title));
  const total = feeds.reduce((sum, feed) => sum + feed.count, 0);
  if (total === 0) return null;
  const [only] = feeds;
  if (feeds.length === 1 && only) return { title: only.title, body: articles(total) };
  const named = feeds.slice(0, namedFeeds).map((feed) => `${feed.title} (${feed.count})`);
  const rest = feeds.length - named.length;
  const body = rest > 0 ? `${named.join(', ')} and ${rest} more feed${rest === 1 ? '' : 's'}` : named.join(', ');
  return { title: `${articles(total)} in ${feeds.length} feeds`, body };
}
