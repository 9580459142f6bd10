// Refreshing many feeds at once: many in flight, but only a few per host, and one refresh at a
// time (a second request joins the one running). Progress is readable while it runs.
import type { FeedId, RefreshResult, RefreshStatus } from '../../shared/model';
import { refreshFeed, type FeedReader, type FeedRefreshOutcome } from './refresh';
import type { FeedRow, Store } from './store';

export interface RefresherOptions {
  /** Feeds in flight at once across all hosts. */
  concurrency?: number;
  /** Feeds in flight at once on one host: more would be rude. */
  perHost?: number;
  /** How documents are parsed; the core passes a worker pool so the UI's event loop stays free. */
  read?: FeedReader;
}

export class Refresher {
  private running: Promise<RefreshResult> | null = null;
  private status: RefreshStatus = { running: false, done: 0, total: 0, last: null };

  constructor(
    private readonly store: Store,
    private readonly options: RefresherOptions = {},
  ) {}

  currentStatus(): RefreshStatus {
    return { ...this.status };
  }

  /** Refresh the given feeds (default: every active feed). Joins a refresh already under way. */
  refresh(feedIds?: readonly FeedId[]): Promise<RefreshResult> {
    if (this.running) return this.running;
    const wanted = feedIds ? new Set(feedIds) : null;
    const feeds = this.store.feedRows().filter((feed) => feed.active === 1 && (!wanted || wanted.has(feed.id)));
    this.running = this.run(feeds).finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async run(feeds: FeedRow[]): Promise<RefreshResult> {
    const started = performance.now();
    const result: RefreshResult = { feeds: feeds.length, ok: 0, notModified: 0, failed: 0, newArticles: 0, ms: 0 };
    this.status = { running: true, done: 0, total: feeds.length, last: this.status.last };
    const tally = (outcome: FeedRefreshOutcome): void => {
      if (outcome.kind === 'ok') {
        result.ok++;
        result.newArticles += outcome.added;
      } else if (outcome.kind === 'not-modified') result.notModified++;
      else result.failed++;
      this.status.done++;
    };
    await runPerHost(feeds, this.options, async (feed) => tally(await refreshFeed(this.store, feed, this.options.read)));
    result.ms = Math.round(performance.now() - started);
    this.status = { running: false, done: feeds.length, total: feeds.length, last: result };
    return result;
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** Runs work for every feed with a global limit and a per-host limit, picking ready hosts first. */
async function runPerHost(
  feeds: readonly FeedRow[],
  options: RefresherOptions,
  work: (feed: FeedRow) => Promise<void>,
): Promise<void> {
  // Sockets are cheap and the per-host limit keeps us polite; the global limit only bounds memory.
  const concurrency = options.concurrency ?? 64;
  const perHost = options.perHost ?? 2;
  const queues = new Map<string, FeedRow[]>();
  for (const feed of feeds) {
    const host = hostOf(feed.url);
    const queue = queues.get(host);
    if (queue) queue.push(feed);
    else queues.set(host, [feed]);
  }
  const active = new Map<string, number>();
  let inFlight = 0;

  await new Promise<void>((resolve) => {
    const pump = (): void => {
      if (queues.size === 0 && inFlight === 0) return resolve();
      for (const [host, queue] of queues) {
        if (inFlight >= concurrency) break;
        while ((active.get(host) ?? 0) < perHost && queue.length > 0 && inFlight < concurrency) {
          const feed = queue.shift() as FeedRow;
          active.set(host, (active.get(host) ?? 0) + 1);
          inFlight++;
          void work(feed)
            .catch(() => undefined)
            .finally(() => {
              active.set(host, (active.get(host) ?? 1) - 1);
              inFlight--;
              pump();
            });
        }
        if (queue.length === 0) queues.delete(host);
      }
    };
    pump();
  });
}
