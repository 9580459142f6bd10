// The entirety of the storage API: the store's one door. Everything above the store speaks in
// shared/model.ts types and parsed feeds; rows, SQL and the connection itself stay below this file
// (the architecture test keeps them there). Work that needs the connection for something of its
// own (a worker's pragma, a checkpoint, a backup) asks for it by name here.
import { openDatabase, prepared, type Db, type OpenOptions } from './database';
import { dailyBackup, type DailyBackup } from './backups';
import { returnFreeSpace } from './free-space';
import { OfflineStore } from './offline';
import { IconStore } from './icons';
import { Outbox } from './outbox';
import { Shares } from './shares';
import { Accounts } from './accounts';
import { SyncQueue } from './sync-queue';
import { SyncMirror } from './sync-mirror';
import { SavedSearches } from './saved-searches';
import { Rules } from './rules';
import { RuleEngine } from '../rules/engine';
import { queueRuleShare } from '../rules/share-outbox';
import { Feeds } from './feeds-group';
import { Folders } from './folders-group';
import { Articles } from './articles-group';
import { Keeping } from './keeping-group';
import { SettingsTable } from './settings-group';
import { LibraryTables } from './library-group';
import { Search } from './search-group';
import { feedIdsOf } from './scope-feeds';

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
export type { SearchInput } from './search-group';

/** What a WAL checkpoint did, in pages: the log's length, and how much of it is now in the file. */
export interface WalCheckpointRow {
  busy: number;
  log: number;
  checkpointed: number;
}

let connectionOfStore: (store: Store) => Db;

export class Store {
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
    return (this.ruleEngine ??= new RuleEngine({ rules: this.rules, shares: this.shares, sendShare: (id, mark) => queueRuleShare(this, id, mark) }));
  }

  // ---- the library's tables (one file each: feeds-group.ts, articles-group.ts, ...) ----

  private feedsTable: Feeds | undefined;
  private foldersTable: Folders | undefined;
  private articlesTable: Articles | undefined;
  private keepingTables: Keeping | undefined;
  private settingsTable: SettingsTable | undefined;
  private libraryTables: LibraryTables | undefined;
  private searchTables: Search | undefined;

  get feeds(): Feeds {
    return (this.feedsTable ??= new Feeds(this.db, this.clock, this));
  }

  get folders(): Folders {
    return (this.foldersTable ??= new Folders(this.db));
  }

  get articles(): Articles {
    return (this.articlesTable ??= new Articles(this.db, this.clock));
  }

  /** Likes, notes, labels. */
  get keeping(): Keeping {
    return (this.keepingTables ??= new Keeping(this.db, this.clock, this));
  }

  get settings(): SettingsTable {
    return (this.settingsTable ??= new SettingsTable(this.db));
  }

  /** The library as a whole: its summary, import and export. */
  get library(): LibraryTables {
    return (this.libraryTables ??= new LibraryTables(this.db, this.clock));
  }

  get search(): Search {
    return (this.searchTables ??= new Search(this.db));
  }

  // ---- the file as a whole ----

  now(): number {
    return this.clock();
  }

  /** A consistent copy of the live database (SQLite's online backup), safe while the app runs. */
  async backup(file: string): Promise<void> {
    await this.db.backup(file);
  }

  /** Moves when another connection (another process, or one of this core's worker threads) commits. */
  dataVersion(): number {
    return this.db.pragma('data_version', { simple: true }) as number;
  }
}

/**
 * The raw connection, for tests and benches that look at rows directly. Nothing in electron/ outside
 * this folder may call it (test/architecture.test.ts): the app goes through the Store's methods.
 */
export function connectionOf(store: Store): Db {
  return connectionOfStore(store);
}
