// The entirety of the storage API: the store's one door. Everything above the store speaks in
// shared/model.ts types and parsed feeds; rows, SQL and the connection itself stay below this file
// (the architecture test keeps them there). Work that needs the connection for something of its
// own (a worker's pragma, a checkpoint, a backup) asks for it by name here.
import type {
  Article,
  ArticleId,
  ArticlePage,
  ArticleScope,
  ErrorStage,
  FeedId,
  FeedRetention,
  FeedSummary,
  FolderId,
  Label,
  LabelId,
  LabelSummary,
  Library,
  ListOrder,
  SearchResult,
} from '../../../shared/model';
import { TidingsError } from '../../../shared/errors';
import type { ParsedFeed } from '../feed-types';
import * as articles from './articles';
import { openDatabase, prepared, type Db, type OpenOptions } from './database';
import * as feeds from './feeds';
import * as folders from './folders';
import * as keeping from './keeping';
import { applyFeedRetention, setFeedRetention as writeFeedRetention, toFeedRetention } from './retention';
import { reviveFeed, unsubscribeFeed, type Unsubscribed } from './unsubscribe';
import { accountGroups } from './account-groups';
import * as libraryExport from './library-export';
import { writeLibrary, type LibraryWrite, type LibraryWriteResult, type WriteProgress } from './library-import';
import * as organize from './organize';
import { searchArticles } from './search';
import { articlesUnindexed, catchUpIndex, indexIsBehind, indexPending } from './search-index';
import { dailyBackup, type DailyBackup } from './backups';
import { returnFreeSpace } from './free-space';
import { OfflineStore } from './offline';
import { IconStore } from './icons';
import { readSettings, writeSettings } from './settings';
import { Outbox } from './outbox';
import { Shares } from './shares';
import { Accounts } from './accounts';
import { SyncQueue } from './sync-queue';
import { SyncMirror } from './sync-mirror';
import { SavedSearches } from './saved-searches';
import { Rules } from './rules';
import { RuleEngine } from '../rules/engine';
import type { Settings } from '../../../shared/settings';

export type { OpenOptions } from './database';
export type { FeedRow, FetchValidators } from './feeds';
export type { ReadMarks } from './articles';
export { splitFolderPath } from './folders';
export type {
  FolderEntry,
  HolderFeed,
  ImportedItem,
  ItemGroup,
  LibraryWrite,
  LibraryWriteResult,
  SubscriptionEntry,
  WriteProgress,
} from './library-import';
export type { ItemMarks } from './library-state';
export type { StreamRow, StreamWhich, SubscriptionTree } from './library-export';
export { LABEL_SEPARATOR } from './library-export';
export { OfflineStore, type CachedImageRow, type FullTextRow } from './offline';
export type { OutboxRow } from './outbox';
export type { SharedItem, ShareMark } from './shares';
export { IconStore, type FoundIcon, type StoredIcon } from './icons';

const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

/** What a WAL checkpoint did, in pages: the log's length, and how much of it is now in the file. */
export interface WalCheckpointRow {
  busy: number;
  log: number;
  checkpointed: number;
}

let connectionOfStore: (store: Store) => Db;

export class Store {
  private settingsRead: { version: number; settings: Settings } | null = null;
  /** The connection: private, so that every use of it is a named method below. */
  readonly #db: Db;

  static {
    connectionOfStore = (store) => store.#db;
  }

  private constructor(
    db: Db,
    readonly file: string,
    private readonly clock: () => number,
  ) {
    this.#db = db;
  }

  private get db(): Db {
    return this.#db;
  }

  static open(file: string, options: OpenOptions & { clock?: () => number } = {}): Store {
    return new Store(openDatabase(file, options), file, options.clock ?? Date.now);
  }

  close(): void {
    this.db.close();
  }

  /** Several of the calls below as one: all land or none. */
  transaction<T>(work: () => T): T {
    return this.db.transaction(work)();
  }

  // ---- sharing (shares.ts, outbox.ts) ----

  private sharesTable: Shares | undefined;
  private outboxTable: Outbox | undefined;

  get shares(): Shares {
    return (this.sharesTable ??= new Shares(this.db, this.clock));
  }

  get outbox(): Outbox {
    return (this.outboxTable ??= new Outbox(this.db, this.clock));
  }

  // ---- offline reading and icons (offline.ts, icons.ts) ----

  private offlineTable: OfflineStore | undefined;
  private iconsTable: IconStore | undefined;

  get offline(): OfflineStore {
    return (this.offlineTable ??= new OfflineStore(this.db, this.clock));
  }

  get icons(): IconStore {
    return (this.iconsTable ??= new IconStore(this.db, this.clock));
  }

  // ---- the connection's own upkeep, for the workers and housekeeping that do it ----

  /** A pragma on this connection (the store and import workers run those given to the core; tests fill the disk with one). */
  pragma(sql: string): unknown {
    return this.db.pragma(sql);
  }

  /** PASSIVE: it takes no lock that would make a writer wait, and copies what no reader still needs. */
  checkpointPassive(): WalCheckpointRow | undefined {
    const [row] = this.db.pragma('wal_checkpoint(PASSIVE)') as WalCheckpointRow[];
    return row;
  }

  /** How many rows this connection has changed since it opened: whether a checkpoint is worth asking for. */
  totalChanges(): number {
    return prepared<[], { n: number }>(this.db, 'SELECT total_changes() AS n').get()?.n ?? 0;
  }

  /** Today's backup, unless there is one, and the old ones rotated (backups.ts). */
  dailyBackup(): Promise<DailyBackup> {
    return dailyBackup(this.db, this.file);
  }

  /** The space of deleted articles given back to the disk, a slice at a time (free-space.ts). */
  returnFreeSpace(): number {
    return returnFreeSpace(this.db);
  }

  /** Whether articles wait to be indexed for search (search-index.ts). */
  searchIndexIsBehind(): boolean {
    return indexIsBehind(this.db);
  }

  /** About how many articles wait to be indexed for search (cheap: the ends of two b-trees). */
  articlesUnindexed(): number {
    return articlesUnindexed(this.db);
  }

  /** Up to `limit` of the articles waiting, indexed for search; the caller holds the transaction. */
  indexSearchBatch(limit: number): number {
    return indexPending(this.db, limit);
  }

  // ---- sync accounts (accounts.ts, sync-queue.ts, sync-mirror.ts; docs/sync.md) ----

  private accountsTable: Accounts | undefined;
  private syncQueueTable: SyncQueue | undefined;
  private syncMirrorTables: SyncMirror | undefined;

  get accounts(): Accounts {
    return (this.accountsTable ??= new Accounts(this.db, this.clock));
  }

  get syncQueue(): SyncQueue {
    return (this.syncQueueTable ??= new SyncQueue(this.db));
  }

  get syncMirror(): SyncMirror {
    return (this.syncMirrorTables ??= new SyncMirror(this.db, this.clock));
  }

  // ---- saved searches (saved-searches.ts) ----

  private savedSearchesTable: SavedSearches | undefined;

  get savedSearches(): SavedSearches {
    return (this.savedSearchesTable ??= new SavedSearches(this.db, this.clock, (scope) => feedIdsOf(this.db, scope)));
  }

  // ---- rules (rules.ts, core/rules) ----

  private rulesTable: Rules | undefined;
  private ruleEngine: RuleEngine | undefined;

  get rules(): Rules {
    return (this.rulesTable ??= new Rules(this.db, this.clock));
  }

  /** Runs the rules on the articles a refresh stores; keeps them compiled between refreshes. */
  get ruleRunner(): RuleEngine {
    return (this.ruleEngine ??= new RuleEngine({ rules: this.rules, shares: this.shares }));
  }

  // ---- subscriptions ----

  /** An inactive feed with this URL (unsubscribed, or a source of imported items) is subscribed again. */
  addFeed(input: { url: string; folderPath?: readonly string[]; title?: string; siteUrl?: string | null }): FeedId {
    const existing = feeds.getFeedByUrl(this.db, input.url);
    if (existing?.active === 1) {
      throw new TidingsError('conflict', `already subscribed to ${input.url}`);
    }
    return this.db.transaction(() => {
      const folderId = folders.ensureFolderPath(this.db, input.folderPath ?? []);
      if (!existing) return feeds.insertFeed(this.db, { ...input, folderId }, this.clock());
      reviveFeed(this.db, existing.id, folderId);
      return existing.id;
    })();
  }

  /** Kept articles stay, under the feed made inactive; without any, the feed is deleted. */
  removeFeed(id: FeedId): Unsubscribed {
    return this.db.transaction(() => unsubscribeFeed(this.db, id, this.clock()))();
  }

  feed(id: FeedId): feeds.FeedRow | undefined {
    return feeds.getFeed(this.db, id);
  }

  /** The feed at this URL, subscribed or not. */
  feedByUrl(url: string): feeds.FeedRow | undefined {
    return feeds.getFeedByUrl(this.db, url);
  }

  feedRows(): feeds.FeedRow[] {
    return feeds.listFeedRows(this.db);
  }

  /** Feeds the scheduler should refresh now. */
  dueFeeds(): feeds.FeedRow[] {
    return feeds.dueFeedRows(this.db, this.clock());
  }

  scheduleFeed(id: FeedId, nextFetchAt: number): void {
    feeds.scheduleFeed(this.db, id, nextFetchAt);
  }

  markGone(id: FeedId): void {
    feeds.markFeedGone(this.db, id, this.clock());
  }

  now(): number {
    return this.clock();
  }

  feedSummary(id: FeedId): FeedSummary {
    const row = feeds.feedSummaryRow(this.db, id);
    if (!row) throw new TidingsError('not_found', `no feed with id ${id}`);
    return toFeedSummary(row);
  }

  library(): Library {
    const feedSummaries = feeds
      .listFeedSummaryRows(this.db)
      .map((row) => ({ active: row.active === 1, summary: toFeedSummary(row) }));
    return {
      folders: folders.listFolders(this.db),
      feeds: feedSummaries.filter((feed) => feed.active).map((feed) => feed.summary),
      inactiveFeeds: feedSummaries.filter((feed) => !feed.active).map((feed) => feed.summary),
      labels: keeping.labelSummaries(this.db),
      accounts: accountGroups(this.db),
      totals: {
        unread: feedSummaries.reduce((sum, feed) => sum + feed.summary.unread, 0),
        starred: articles.starredCount(this.db),
        ...keeping.keptTotals(this.db),
      },
    };
  }

  // ---- refresh results ----

  /**
   * One feed's new document (items, metadata, validators and retention in one transaction), stored
   * on its own, then indexed for search (tests and tools). A refresh stores through writeFetchedFeed
   * and leaves the index to catch up in the store worker's idle turns.
   */
  saveFetchedFeed(id: FeedId, parsed: ParsedFeed, validators: feeds.FetchValidators): articles.StoreItemsResult {
    const result = this.db.transaction(() => this.writeFetchedFeed(id, parsed, validators))();
    this.catchUpSearchIndex();
    return result;
  }

  /**
   * saveFetchedFeed inside a transaction the caller holds, without a savepoint of its own: if it
   * throws, the caller must roll the whole transaction back (the store worker does).
   */
  writeFetchedFeed(id: FeedId, parsed: ParsedFeed, validators: feeds.FetchValidators): articles.StoreItemsResult {
    const now = this.clock();
    const lastIdBefore = this.ruleRunner.beforeStore();
    const result = articles.storeItems(this.db, id, parsed.items, now);
    if (result.added > 0) this.ruleRunner.afterStore(id, parsed.items, lastIdBefore);
    this.applyRetention(id, now);
    feeds.recordFeedSuccess(
      this.db,
      id,
      { title: parsed.title, siteUrl: parsed.link, ttlMinutes: parsed.ttlMinutes },
      validators,
      now,
    );
    return result;
  }

  recordNotModified(id: FeedId): void {
    const now = this.clock();
    this.db.transaction(() => {
      feeds.recordFeedNotModified(this.db, id, now);
      this.applyRetention(id, now);
    })();
  }

  /** After every refresh of a feed: its read, unkept articles past its retention (or the global one) go. */
  private applyRetention(id: FeedId, now: number): number {
    const row = feeds.getFeed(this.db, id);
    return row ? applyFeedRetention(this.db, row, this.settings().retentionDays, now) : 0;
  }

  /** The feed's own retention, overriding the global setting; its next refresh applies it. */
  setFeedRetention(id: FeedId, retention: FeedRetention): FeedSummary {
    writeFeedRetention(this.db, id, retention);
    return this.feedSummary(id);
  }

  recordError(id: FeedId, stage: ErrorStage, message: string): void {
    feeds.recordFeedError(this.db, id, stage, message, this.clock());
  }

  /** A permanent redirect moves the subscription, unless another subscription already has that URL. */
  moveFeed(id: FeedId, url: string): void {
    feeds.updateFeedUrl(this.db, id, url);
  }

  // ---- arranging subscriptions ----

  /** A name of the person's own, kept across refreshes; an empty one restores the feed's title. */
  renameFeed(id: FeedId, title: string): FeedSummary {
    if (!organize.renameFeed(this.db, id, title)) throw new TidingsError('not_found', `no feed with id ${id}`);
    return this.feedSummary(id);
  }

  /** Into the folder at `folderPath` (made if missing); an empty path is the top level. */
  moveFeedToFolder(id: FeedId, folderPath: readonly string[]): FeedSummary {
    return this.db.transaction(() => {
      if (!feeds.getFeed(this.db, id)) throw new TidingsError('not_found', `no feed with id ${id}`);
      organize.setFeedFolder(this.db, id, folders.ensureFolderPath(this.db, folderPath, this.accounts.ofFeed(id)));
      return this.feedSummary(id);
    })();
  }

  renameFolder(id: FolderId, name: string): void {
    if (!organize.renameFolder(this.db, id, name)) throw new TidingsError('not_found', `no folder with id ${id}`);
  }

  // ---- import, export, backup (electron/core/library) ----

  /** A whole import in one transaction: it lands entirely or not at all. */
  importLibrary(plan: LibraryWrite, progress?: WriteProgress): LibraryWriteResult {
    return this.db.transaction(() => writeLibrary(this.db, plan, this.clock(), progress))();
  }

  subscriptionTree(): libraryExport.SubscriptionTree {
    return libraryExport.subscriptionTree(this.db);
  }

  streamRows(which: libraryExport.StreamWhich): libraryExport.StreamRow[] {
    return libraryExport.streamRows(this.db, which);
  }

  /** A consistent copy of the live database (SQLite's online backup), safe while the app runs. */
  async backup(file: string): Promise<void> {
    await this.db.backup(file);
  }

  // ---- settings ----

  /**
   * Read on every feed a refresh stores (retention) and by background work, so parsed once and kept
   * until this connection writes them or another connection (the CLI, a second host) commits: SQLite's
   * data_version says so for the price of a pragma.
   */
  settings(): Settings {
    const version = this.db.pragma('data_version', { simple: true }) as number;
    if (this.settingsRead?.version !== version) this.settingsRead = { version, settings: Object.freeze(readSettings(this.db)) };
    return this.settingsRead.settings;
  }

  /** Moves when another connection (another process, or one of this core's worker threads) commits. */
  dataVersion(): number {
    return this.db.pragma('data_version', { simple: true }) as number;
  }

  updateSettings(changes: Partial<Settings>): Settings {
    this.db.transaction(() => writeSettings(this.db, changes))();
    this.settingsRead = null;
    return this.settings();
  }

  // ---- reading ----

  listArticles(input: {
    scope: ArticleScope;
    unreadOnly: boolean;
    order?: ListOrder;
    cursor?: string | null;
    limit: number;
  }): ArticlePage {
    return articles.listArticles(this.db, {
      feedIds: this.feedIdsOf(input.scope),
      kept: keeping.stateListOf(input.scope),
      unreadOnly: input.unreadOnly || input.scope.kind === 'unread',
      order: input.order ?? 'newest',
      cursor: input.cursor ?? null,
      limit: input.limit,
    });
  }

  article(id: ArticleId): Article {
    const article = articles.getArticle(this.db, id);
    if (!article) throw new TidingsError('not_found', `no article with id ${id}`);
    return article;
  }

  setRead(ids: readonly ArticleId[], read: boolean): number {
    return this.db.transaction(() => articles.setRead(this.db, ids, read, this.clock()))();
  }

  setStarred(id: ArticleId, starred: boolean): number {
    return articles.setStarred(this.db, id, starred, this.clock());
  }

  // ---- keeping: likes, notes, labels ----

  setLiked(id: ArticleId, liked: boolean): number {
    this.article(id); // not_found for an unknown id, rather than "0 changed"
    return keeping.setLiked(this.db, id, liked, this.clock());
  }

  setNote(id: ArticleId, note: string | null): number {
    this.article(id);
    return keeping.setNote(this.db, id, note, this.clock());
  }

  labelArticle(id: ArticleId, add: readonly string[], remove: readonly string[]): Label[] {
    this.article(id);
    return this.db.transaction(() => keeping.labelArticle(this.db, id, add, remove))();
  }

  labels(): LabelSummary[] {
    return keeping.labelSummaries(this.db);
  }

  renameLabel(id: LabelId, name: string): LabelSummary {
    return keeping.renameLabel(this.db, id, name);
  }

  deleteLabel(id: LabelId): boolean {
    return keeping.deleteLabel(this.db, id);
  }

  /** With `olderThanDays`, only articles listed at least that many days ago. */
  markAllRead(scope: ArticleScope, olderThanDays?: number): number {
    return articles.markAllRead(this.db, this.feedIdsOf(scope), keeping.stateListOf(scope), this.listedBefore(olderThanDays));
  }

  /** markAllRead, answering what it changed so that markUnreadAgain can take it back. */
  markAllReadUndoable(scope: ArticleScope, olderThanDays?: number): articles.ReadMarks {
    return articles.markAllReadReturning(this.db, this.feedIdsOf(scope), keeping.stateListOf(scope), this.listedBefore(olderThanDays));
  }

  /** The list time before which a mark of "older than N days" takes articles; null: all of them. */
  private listedBefore(olderThanDays: number | undefined): number | null {
    return olderThanDays === undefined ? null : this.clock() - olderThanDays * 86_400_000;
  }

  /** Undoes a markAllReadUndoable, but not for articles read on their own since. */
  markUnreadAgain(marks: articles.ReadMarks): number {
    return articles.markUnreadAgain(this.db, marks);
  }

  search(input: SearchInput): SearchResult {
    return searchLibrary(this.db, input);
  }

  /** Indexes every article the search index has not reached yet (search-index.ts). */
  catchUpSearchIndex(): number {
    return catchUpIndex(this.db);
  }

  /** The feeds a scope covers, or null for "every feed". */
  private feedIdsOf(scope: ArticleScope): FeedId[] | null {
    return feedIdsOf(this.db, scope);
  }
}

/** A search as the contract asks for it. */
export interface SearchInput {
  query: string;
  scope: ArticleScope;
  unreadOnly: boolean;
  since?: string | undefined;
  until?: string | undefined;
  limit: number;
}

/** A search on any connection to the library: the store's own, or a search worker's read-only one. */
function searchLibrary(db: Db, input: SearchInput): SearchResult {
  return searchArticles(db, {
    text: input.query,
    feedIds: feedIdsOf(db, input.scope),
    kept: keeping.stateListOf(input.scope),
    unreadOnly: input.unreadOnly || input.scope.kind === 'unread',
    since: input.since ? Date.parse(input.since) : null,
    until: input.until ? Date.parse(input.until) : null,
    limit: input.limit,
  });
}

/** The feeds a scope covers, or null for "every feed". */
function feedIdsOf(db: Db, scope: ArticleScope): FeedId[] | null {
  switch (scope.kind) {
    case 'all':
    case 'unread':
    case 'starred':
    case 'shared':
    case 'liked':
    case 'notes':
    case 'label':
    case 'filtered':
      return null;
    case 'feed':
      return [scope.feedId];
    case 'folder':
      return feeds.feedIdsInFolders(db, folders.folderSubtree(db, scope.folderId));
  }
}

function toFeedSummary(row: feeds.FeedSummaryRow): FeedSummary {
  return {
    id: row.id,
    url: row.url,
    siteUrl: row.site_url,
    title: row.custom_title || row.title || row.url,
    folderId: row.folder_id,
    unread: row.unread,
    error:
      row.error_stage && row.error_message
        ? { stage: row.error_stage, message: row.error_message, at: iso(row.error_at) ?? '' }
        : null,
    lastFetchedAt: iso(row.last_fetched_at),
    fullText: row.full_text === 1,
    iconAt: iso(row.icon_changed_at),
    retention: toFeedRetention(row),
  };
}

/**
 * The raw connection, for tests and benches that look at rows directly. Nothing in electron/ outside
 * this folder may call it (test/architecture.test.ts): the app goes through the Store's methods.
 */
export function connectionOf(store: Store): Db {
  return connectionOfStore(store);
}
