// Refreshing many feeds at once: many in flight, only a few per host, and one refresh at a time
// (a second request joins the one running). After each feed, its next due time is set from what
// happened (schedule.ts); a host that answered 429/503 with Retry-After is left alone until then.
import type { FeedId, RefreshResult, RefreshStatus } from '../../../shared/model';
import { plainReason } from '../../../shared/failure-reasons';
import { ingestHere, type FeedIngest, type FeedReader } from './ingest';
import { refreshFeed, type FeedRefreshOutcome } from './refresh';
import { nextFetchAt } from './schedule';
import type { FeedRow, Store } from '../store';
import { explainStorageError, StorageUnavailable } from '../store/storage-errors';
import type { WriteLock } from '../workers/write-lock';
import { WriteTurns } from './write-turns';
import { HostQueues } from './host-queues';

export interface RefresherOptions {
  /** Feeds in flight at once across all hosts; the per-host limit keeps us polite, this bounds memory. */
  concurrency?: number;
  /** Feeds in flight at once on one host: more would be rude. */
  perHost?: number;
  /** How documents are parsed when this thread stores them (ignored when `ingest` is given). */
  read?: FeedReader;
  /** Parse and store elsewhere: the core's worker pool, whose store worker writes through its own connection. */
  ingest?: FeedIngest;
  /** Shared with the threads that `ingest` writes from: this thread's writes take turns with theirs. */
  writeLock?: WriteLock;
  random?: () => number;
  /** Told after a feed stored new articles (first seen at or after `since`); must not throw. */
  afterFeed?: (feedId: FeedId, since: number) => void;
  /** After each run: what it did, and how many new articles each feed got (feeds with none left out). */
  /** Told when a run starts, its status already running; must not throw. */
  onRunStarted?: () => void;
  onRunFinished?: (result: RefreshResult, addedByFeed: ReadonlyMap<FeedId, number>) => void;
  /** Told after every feed that refreshed without error, new articles or not (its icon); must not throw. */
  afterSuccess?: (feedId: FeedId, outcome: FeedRefreshOutcome) => void;
  /** Runs beside each refresh (every feed, or the due ones), which waits for it: the sync with servers; must not reject. */
  alongside?: (which: 'all' | 'due') => Promise<unknown>;
}

/** A 429 without Retry-After still means "not now"; this is how long we stay away. */
const defaultTooManyRequestsMs = 5 * 60_000;

export class Refresher {
  private running: Promise<RefreshResult> | null = null;
  private status: RefreshStatus = { running: false, done: 0, total: 0, last: null };
  /** Host → when we may ask it again. Kept across refreshes; forgotten on restart, which is fine. */
  private readonly hostNotBefore = new Map<string, number>();
  /** Why the last refresh stopped early, while that is still so: the library could not be written. */
  private storageTrouble: StorageUnavailable | null = null;

  constructor(
    private readonly store: Store,
    private readonly options: RefresherOptions = {},
  ) {}

  currentStatus(): RefreshStatus {
    return { ...this.status };
  }

  /** The storage problem that stopped the last refresh, until a refresh saves again. */
  currentStorageTrouble(): StorageUnavailable | null {
    return this.storageTrouble;
  }

  /** Refresh now: the given feeds, or every active feed that is not gone. Joins a refresh under way. */
  refresh(feedIds?: readonly FeedId[]): Promise<RefreshResult> {
    return this.start(feedIds ? null : 'all', () => {
      if (feedIds) {
        const wanted = new Set(feedIds);
        // An inactive feed (unsubscribed, or holding imported items) is never fetched, even by name.
        return this.store.feeds.rows().filter((feed) => wanted.has(feed.id) && feed.active === 1 && feed.account_id === 1);
      }
      // A sync account's feeds are fetched by its server; the sync (`sync` below) brings their articles.
      return this.store.feeds.rows().filter((feed) => feed.active === 1 && feed.gone_at === null && feed.account_id === 1);
    });
  }

  /** Refresh the feeds whose time has come (the scheduler's tick). */
  refreshDue(): Promise<RefreshResult> {
    return this.start('due', () => this.store.feeds.due());
  }

  private start(alongside: 'all' | 'due' | null, select: () => FeedRow[]): Promise<RefreshResult> {
    if (this.running) return this.running;
    const beside = alongside && this.options.alongside ? this.options.alongside(alongside).catch(() => undefined) : null;
    this.running = Promise.all([this.run(select()), beside]).then(([result]) => result).finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async run(feeds: FeedRow[]): Promise<RefreshResult> {
    const started = performance.now();
    const result: RefreshResult = { feeds: feeds.length, ok: 0, notModified: 0, failed: 0, deferred: 0, newArticles: 0, ms: 0, failures: [] };
    this.status = { running: true, done: 0, total: feeds.length, last: this.status.last };
    this.options.onRunStarted?.();
    const intervalMinutes = this.store.settings.get().refreshIntervalMinutes;
    const random = this.options.random ?? Math.random;
    const addedByFeed = new Map<FeedId, number>();

    const turns = new WriteTurns(this.options.writeLock ?? null);
    const write = <T>(work: () => T): Promise<T> => turns.run(work);
    const ingest = this.options.ingest ?? ingestHere(this.store, this.options.read, write);

    const nextDue = (feed: FeedRow, errorCount: number, retryAt: number | null): number =>
      nextFetchAt({
        now: Date.now(),
        intervalMinutes,
        feedIntervalMinutes: feed.refresh_minutes,
        ttlMinutes: feed.ttl_minutes,
        errorCount,
        retryAt,
        random: random(),
      });

    const afterward = async (feed: FeedRow, outcome: FeedRefreshOutcome, since: number): Promise<void> => {
      if (outcome.kind === 'ok') {
        result.ok++;
        result.newArticles += outcome.added;
        if (outcome.added > 0) this.tell(() => this.options.afterFeed?.(feed.id, since));
        if (outcome.added > 0) addedByFeed.set(feed.id, outcome.added);
      } else if (outcome.kind === 'not-modified') result.notModified++;
      else {
        result.failed++;
        result.failures.push({
          feedId: feed.id,
          title: this.titleOf(feed),
          url: feed.url,
          stage: outcome.stage,
          reason: plainReason(outcome.stage, outcome.message),
        });
      }

      if (outcome.kind !== 'failed') this.tell(() => this.options.afterSuccess?.(feed.id, outcome));
      if (outcome.kind === 'failed') {
        const retryAt = this.retryAtFor(outcome.status, outcome.retryAt);
        if (retryAt !== null) this.hostNotBefore.set(hostOf(feed.url), retryAt);
        const next = nextDue(feed, feed.error_count + 1, retryAt);
        await write(() => {
          if (outcome.status === 410) this.store.feeds.markGone(feed.id);
          this.store.feeds.schedule(feed.id, next);
        });
      }
      // A feed that answered without error was scheduled in the same transaction as its articles or its 304.
      this.status.done++;
    };

    const deferrals: Promise<void>[] = [];
    const deferred = (feed: FeedRow, until: number): void => {
      result.deferred++;
      deferrals.push(write(() => this.store.feeds.schedule(feed.id, until)));
      this.status.done++;
    };

    const halt: { by: StorageUnavailable | null } = { by: null };
    await runPerHost(feeds, this.options, {
      work: async (feed, answered) => {
        const since = this.store.now();
        try {
          const scheduleAt = nextDue(feed, 0, null);
          await afterward(feed, await refreshFeed(this.store, feed, { write, ingest, scheduleAt, answered }), since);
        } catch (error) {
          const explained = explainStorageError(error);
          // Every other feed would fail the same way and no feed is to blame: stop asking.
          if (explained instanceof StorageUnavailable) halt.by ??= explained;
          throw explained;
        }
      },
      notBefore: (host) => this.hostNotBefore.get(host) ?? 0,
      deferred,
      stopped: () => halt.by !== null,
    });
    await Promise.allSettled(deferrals);
    result.failures.sort((a, b) => a.feedId - b.feedId);
    this.storageTrouble = halt.by;
    if (halt.by) result.stopped = halt.by.message;
    result.ms = Math.round(performance.now() - started);
    this.status = { running: false, done: feeds.length, total: feeds.length, last: result };
    this.options.onRunFinished?.(result, addedByFeed);
    return result;
  }

  /** Resolves once no refresh is running (at once if none is); never rejects. */
  idle(): Promise<void> {
    return this.running ? this.running.then(() => undefined, () => undefined) : Promise.resolve();
  }

  /** The name the person knows the feed by (their own, else the feed's), else its address. */
  private titleOf(feed: FeedRow): string {
    try {
      return this.store.feeds.summary(feed.id).title || feed.url;
    } catch {
      return feed.title || feed.url;
    }
  }

  private tell(hook: () => void): void {
    try {
      hook();
    } catch {
      // Follow-up work (full text, images, icons) never fails a refresh.
    }
  }

  private retryAtFor(status: number | null, retryAt: number | null): number | null {
    if (retryAt !== null) return retryAt;
    return status === 429 ? Date.now() + defaultTooManyRequestsMs : null;
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

interface HostWork {
  /** Refreshes the feed; calls `answered` once its host is done with it (the rest is parsing and storing here). */
  work: (feed: FeedRow, answered: () => void) => Promise<void>;
  /** A host asked to be left alone until then (ms since epoch). */
  notBefore: (host: string) => number;
  deferred: (feed: FeedRow, until: number) => void;
  /** Start no more work: what is queued is left for the next refresh. */
  stopped: () => boolean;
}

/**
 * Runs work for every feed with a global limit and a per-host limit. The per-host limit counts
 * requests: a host's turn ends when it has answered, so its next feed is fetched while the last one
 * is parsed and stored. The global limit counts feeds until they are stored: it bounds the
 * documents held in memory. The host with the most feeds left goes first (host-queues.ts).
 */
async function runPerHost(feeds: readonly FeedRow[], options: RefresherOptions, host: HostWork): Promise<void> {
  const concurrency = options.concurrency ?? 64;
  const perHost = options.perHost ?? 2;
  const queues = new HostQueues(feeds, (feed) => hostOf(feed.url));
  const asking = new Map<string, number>();
  let inFlight = 0;

  await new Promise<void>((resolve) => {
    const start = (name: string, feed: FeedRow): void => {
      asking.set(name, (asking.get(name) ?? 0) + 1);
      inFlight++;
      let asked = true;
      const hostIsDone = (): void => {
        if (!asked) return;
        asked = false;
        asking.set(name, (asking.get(name) ?? 1) - 1);
        pump();
      };
      void host
        .work(feed, hostIsDone)
        .catch(() => undefined)
        .finally(() => {
          inFlight--;
          if (asked) hostIsDone();
          else pump();
        });
    };
    /** A host that may be asked now; one that asked to be left alone has its feeds deferred instead. */
    const ready = (name: string): boolean => {
      const until = host.notBefore(name);
      if (until > Date.now()) {
        for (const feed of queues.takeAll(name)) host.deferred(feed, until);
        return false;
      }
      return (asking.get(name) ?? 0) < perHost;
    };
    const pump = (): void => {
      if (host.stopped()) queues.clear();
      while (inFlight < concurrency) {
        const name = queues.nextHost(ready);
        if (name === null) break;
        start(name, queues.take(name) as FeedRow);
      }
      if (queues.empty && inFlight === 0) resolve();
    };
    pump();
  });
}
