// Types that cross the boundary between the core and the UI. Plain data only: they travel
// over IPC and HTTP as JSON, so dates are ISO-8601 strings and ids are numbers.

export type FeedId = number;
export type FolderId = number;
export type ArticleId = number;

/** Where a refresh failed: the pipeline stage names the layer to look at. */
export type ErrorStage = 'fetch' | 'parse' | 'store';

export interface FeedError {
  stage: ErrorStage;
  message: string;
  /** ISO-8601 time of the failure. */
  at: string;
}

export interface Folder {
  id: FolderId;
  name: string;
  parentId: FolderId | null;
  /** Folder names from the root down, e.g. ["Tech", "Linux"]. */
  path: string[];
}

export interface FeedSummary {
  id: FeedId;
  url: string;
  siteUrl: string | null;
  title: string;
  folderId: FolderId | null;
  unread: number;
  error: FeedError | null;
  lastFetchedAt: string | null;
}

export interface Library {
  folders: Folder[];
  feeds: FeedSummary[];
  totals: { unread: number; starred: number };
}

/** What the article list shows; never carries article HTML. */
export interface ArticleSummary {
  id: ArticleId;
  feedId: FeedId;
  feedTitle: string;
  title: string;
  link: string | null;
  author: string | null;
  /** The date the feed gave, for display (ISO-8601), or null. */
  published: string | null;
  snippet: string;
  read: boolean;
  starred: boolean;
}

export interface Enclosure {
  url: string;
  type: string | null;
  length: number | null;
}

export interface Article extends ArticleSummary {
  /** Sanitized at ingest; safe to render under the reader's CSP. */
  contentHtml: string;
  enclosures: Enclosure[];
  starredAt: string | null;
}

/** Which articles a list shows. */
export type ArticleScope =
  | { kind: 'all' }
  | { kind: 'starred' }
  | { kind: 'feed'; feedId: FeedId }
  | { kind: 'folder'; folderId: FolderId };

export interface ArticlePage {
  items: ArticleSummary[];
  /** Pass back to get the next page; null at the end. */
  nextCursor: string | null;
}

export interface RefreshResult {
  feeds: number;
  ok: number;
  notModified: number;
  failed: number;
  newArticles: number;
  ms: number;
}

export interface RefreshStatus {
  running: boolean;
  done: number;
  total: number;
  last: RefreshResult | null;
}
