// What the CLI prints. The --json shapes are a public interface: scripts depend on them.
import type { ArticleSummary, FeedSummary, Folder, Library, RefreshFailure } from '../../shared/model';
import type { ParsedFeed } from '../core/feed-types';

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

const iso = (date: Date | null): string | null => (date && !Number.isNaN(date.getTime()) ? date.toISOString() : null);

export function parsedFeedJson(feed: ParsedFeed) {
  return {
    title: feed.title,
    link: feed.link,
    items: feed.items.map((item) => ({
      id: item.id,
      title: item.title,
      link: item.link,
      published: iso(item.published),
      updated: iso(item.updated),
      author: item.author,
      content: item.content,
      summary: item.summary,
      enclosures: item.enclosures.map((enclosure) => ({
        url: enclosure.url,
        type: enclosure.type,
        length: enclosure.length,
      })),
    })),
  };
}

function folderPaths(folders: readonly Folder[]): Map<number, string> {
  return new Map(folders.map((folder) => [folder.id, folder.path.join('/')]));
}

/** `accountOf`: each feed's account (1, this computer, for a feed it leaves out). */
export function feedsJson(library: Library, accountOf: ReadonlyMap<number, number> = new Map()) {
  const paths = folderPaths(library.folders);
  const feedJson = (feed: FeedSummary, inactive: boolean) => ({
    id: feed.id,
    url: feed.url,
    title: feed.title,
    folder: feed.folderId === null ? null : (paths.get(feed.folderId) ?? null),
    unread: feed.unread,
    error: feed.error ? feed.error.message : null,
    /** Not refreshed: unsubscribed with kept articles, or holding imported items. */
    inactive,
    /** The feed's own retention: days null follows the global setting (docs/keeping.md). */
    retention: feed.retention,
    /** The account it belongs to: 1 is this computer, any other a sync account (docs/sync.md). */
    account: accountOf.get(feed.id) ?? 1,
  });
  return [...library.feeds.map((feed) => feedJson(feed, false)), ...library.inactiveFeeds.map((feed) => feedJson(feed, true))];
}

export function feedsText(library: Library): string {
  return feedsJson(library)
    .map((feed) => {
      const where = feed.folder ? `${feed.folder}/` : '';
      const error = feed.error ? `  [error: ${feed.error}]` : '';
      const inactive = feed.inactive ? '  [inactive]' : '';
      return `${String(feed.id).padStart(5)}  ${String(feed.unread).padStart(5)} unread  ${where}${feed.title}  <${feed.url}>${error}${inactive}`;
    })
    .join('\n');
}

export function articlesJson(articles: readonly ArticleSummary[]) {
  return articles.map((article) => ({
    id: article.id,
    feedId: article.feedId,
    title: article.title,
    link: article.link,
    published: article.published,
    read: article.read,
    starred: article.starred,
    liked: article.liked,
  }));
}

export function articlesText(articles: readonly ArticleSummary[]): string {
  return articles
    .map((article) => {
      const marks = `${article.read ? ' ' : '•'}${article.starred ? '★' : ' '}`;
      const date = article.published ? article.published.slice(0, 10) : '          ';
      return `${String(article.id).padStart(7)} ${marks} ${date}  ${article.feedTitle}: ${article.title}`;
    })
    .join('\n');
}

/** After a refresh: which feeds failed and why, one a line, with the id to look them up by. */
export function failuresText(failures: readonly RefreshFailure[]): string {
  return ['Failed:', ...failures.map((failure) => `  ${failure.feedId}  ${failure.title}: ${failure.reason}  <${failure.url}>`)].join('\n');
}
