// Types that cross the boundary between the core and the UI. Plain data only: they travel
// over IPC and HTTP as JSON, so dates are ISO-8601 strings and ids are numbers.

import type { AccountGroup } from './sync';

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
  /** Every new article's page is fetched and its full text kept ("Always load full text"). */
  fullText: boolean;
  /** When the feed's icon last changed (getFeedIcons has it), or null while it has none. */
  iconAt: string | null;
  retention: FeedRetention;
}

/**
 * How long a feed's read, unkept articles stay (docs/keeping.md). `days`: null follows the
 * global setting, 'forever' sets no age limit; `maxArticles`: only the newest N stay, null: no limit.
 */
export interface FeedRetention {
  days: number | 'forever' | null;
  maxArticles: number | null;
}

/** A subscription's icon, kept in the library: the sidebar shows it without asking the site. */
export interface FeedIcon {
  feedId: FeedId;
  dataUrl: string;
  /** When these bytes were first fetched; equal to the feed's FeedSummary.iconAt. */
  fetchedAt: string;
}

export interface Library {
  folders: Folder[];
  /** Subscriptions: the feeds that are refreshed. */
  feeds: FeedSummary[];
  /**
   * Feeds no longer refreshed that still hold articles the person kept (starred, shared, liked,
   * noted or labelled): unsubscribed ones, and sources of imported items. Never in a folder.
   */
  inactiveFeeds: FeedSummary[];
  /** The person's labels (user tags on articles), by name. */
  labels: LabelSummary[];
  /**
   * `filtered`: articles rules hid (all of them: a hidden article is read, so the Filtered view has no
   * unread ones); absent from older cores.
   */
  totals: { unread: number; starred: number; liked: number; notes: number; filtered?: number };
  /** The accounts, each with its feeds and folders (sync, issue #17); absent from older cores. */
  accounts?: AccountGroup[];
}

export type LabelId = number;

export interface Label {
  id: LabelId;
  name: string;
}

export interface LabelSummary extends Label {
  /** Articles carrying the label. */
  count: number;
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
  /** An image URL for the magazine and card views, or null. */
  thumbnail: string | null;
  read: boolean;
  starred: boolean;
  liked: boolean;
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
  /** When the person shared it, or null. */
  sharedAt: string | null;
  likedAt: string | null;
  /** The person's own words about the article (a share's note sets it), or null. */
  note: string | null;
  noteAt: string | null;
  labels: Label[];
  /** The article as found on its web page (Readability), sanitized like contentHtml; absent until fetched. */
  fullText?: FullText;
  /** Image URL in the article → where the kept copy is served (e.g. "/images/ab12….png"); absent when none are kept. */
  cachedImages?: Record<string, string>;
}

export interface FullText {
  html: string;
  /** ISO-8601 time the page was fetched. */
  fetchedAt: string;
}

/** Which articles a list shows. */
export type ArticleScope =
  | { kind: 'all' }
  | { kind: 'unread' }
  | { kind: 'starred' }
  | { kind: 'shared' }
  | { kind: 'liked' }
  /** Articles with a note, newest note first. */
  | { kind: 'notes' }
  | { kind: 'label'; labelId: LabelId }
  | { kind: 'feed'; feedId: FeedId }
  | { kind: 'folder'; folderId: FolderId }
  /** What rules hid: kept out of every other list and count, restorable (#18). */
  | { kind: 'filtered' };

export type ListOrder = 'newest' | 'oldest';

/** One search result: the list's summary, plus the matching words marked. */
export interface SearchHit extends ArticleSummary {
  /** The title and a passage of the text around the match, as plain text. */
  titleMarked: MarkedText;
  snippetMarked: MarkedText;
  /** bm25 score; lower is a better match. */
  score: number;
}

/** Plain text with [start, end) character ranges to highlight. */
export interface MarkedText {
  text: string;
  marks: [number, number][];
}

export interface SearchResult {
  items: SearchHit[];
  /** The query as the index read it, for display. */
  query: string;
}

export interface ArticlePage {
  items: ArticleSummary[];
  /** Pass back to get the next page; null at the end. */
  nextCursor: string | null;
}

export interface DiscoveredFeed {
  url: string;
  title: string | null;
  type: 'rss' | 'atom' | 'json' | 'unknown';
}

export interface RefreshResult {
  feeds: number;
  ok: number;
  notModified: number;
  failed: number;
  /** Not asked this time: their host said to come back later (429/503 Retry-After). */
  deferred: number;
  newArticles: number;
  ms: number;
  /** Set when the refresh stopped early because the library could not be written (e.g. disk full). */
  stopped?: string;
  /** Each feed that failed, and why in plain words (shared/failure-reasons.ts). */
  failures: RefreshFailure[];
}

export interface RefreshFailure {
  feedId: FeedId;
  title: string;
  url: string;
  stage: ErrorStage;
  /** Plain words for a person; the technical message stays on the feed (FeedSummary.error). */
  reason: string;
}

export interface RefreshStatus {
  running: boolean;
  done: number;
  total: number;
  last: RefreshResult | null;
}

// ---- import and export (electron/core/library) ----

export type ImportFormat = 'opml' | 'takeout' | 'reader-json' | 'tiny-tiny-rss' | 'miniflux';

/** Something in the file that was not imported, and why. */
export interface ImportSkip {
  /** The feed address, item title or file name it concerns. */
  item: string;
  reason: string;
}

export interface ImportSummary {
  format: ImportFormat;
  /** Distinct subscriptions the file lists (duplicates merged). */
  feeds: number;
  /** Of those, how many were new to the library; the others were already subscribed. */
  feedsAdded: number;
  /** Feeds created only so imported items show under their source; never polled. */
  inactiveFeeds: number;
  /** Folders created. */
  folders: number;
  /** Articles added (items already in the library are matched, not doubled). */
  articles: number;
  /** Items the file marks so (each counted once, whether or not it was already so). */
  starred: number;
  shared: number;
  liked: number;
  notes: number;
  /** Distinct user labels applied to items. */
  labels: number;
  /** How many things were skipped; `skipped` lists the first ones with their reasons. */
  skippedCount: number;
  skipped: ImportSkip[];
  /** Present when the file carried another reader's filters (#18): rules added, and each filter not carried over with its reason. */
  rules?: { added: number; skipped: { name: string; reason: string }[] };
  ms: number;
}

export type ImportPhase = 'reading' | 'fetching' | 'preparing' | 'writing';

export interface ImportStatus {
  running: boolean;
  phase: ImportPhase | null;
  done: number;
  total: number;
  last: ImportSummary | null;
  /** The last import's failure, as one line. */
  error: string | null;
}

/** An export, ready to save: the UI offers `fileName`, the CLI writes `text`. */
export interface ExportedFile {
  fileName: string;
  mimeType: string;
  text: string;
  /** Feeds (OPML) or items (Reader JSON) written. */
  count: number;
}

export interface BackupResult {
  path: string;
  bytes: number;
}

/** Something about the library itself the person must be told, e.g. that it was restored from a backup. */
export interface LibraryDamageNotice {
  kind: 'restored-from-backup' | 'started-empty';
  message: string;
  damagedFile: string;
  backup: string | null;
  at: string;
}

export interface CannotSaveNotice {
  /** The library could not be written (disk full, read-only, I/O error); refreshing stopped. */
  kind: 'cannot-save';
  message: string;
  at: string;
}

export type LibraryNotice = LibraryDamageNotice | CannotSaveNotice;
