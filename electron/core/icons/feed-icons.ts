// Subscriptions' icons: fetched once, kept in the library, served from there as data: URLs, so the
// sidebar makes no request to any site. A feed is looked at after a refresh that went well (and
// after it is added) when it has no icon yet or its last look is 30 days old; the lookups run in
// the background, four at a time, after the refresh that asked for them, and never fail it.
import type { FeedIcon, FeedId } from '../../../shared/model';
import type { FeedImages } from '../feed-types';
import { BackgroundQueue } from '../offline/background';
import type { FeedRefreshOutcome } from '../refresh/refresh';
import type { IconStore, Store } from '../store';
import { findIcon, type IconLookup, type IconSources } from './find-icon';

export interface FeedIconsOptions {
  /** Resolves when no refresh is running: lookups wait for it so they never slow one down. */
  quiet?: () => Promise<void>;
  concurrency?: number;
  /** Per request. */
  deadlineMs?: number;
  /** Told after each lookup, found or not (the core's live events: the sidebar asks for new icons). */
  onLookedUp?: (feedId: FeedId) => void;
}

const day = 86_400_000;
/** How long an icon, or the finding that a site has none, is trusted. */
export const iconRecheckMs = 30 * day;
/** When no server answered at all, the next look comes sooner. */
const unreachedRecheckMs = day;

export class FeedIcons {
  readonly store: IconStore;
  private readonly queue: BackgroundQueue;
  private readonly stopping = new AbortController();
  /** Same sources → one lookup while the queue is busy: a site whose ten feeds refresh together is asked once. */
  private readonly lookups = new Map<string, Promise<IconLookup>>();
  /** The lookup each host is answering now: a host is asked one thing at a time, as a polite client does. */
  private readonly hostTurns = new Map<string, Promise<unknown>>();

  constructor(
    private readonly library: Store,
    private readonly options: FeedIconsOptions = {},
  ) {
    this.store = library.icons;
    this.queue = new BackgroundQueue(options.concurrency ?? 4);
  }

  /** After a feed refreshed (or was added): queue a lookup if it is due. Never throws. */
  afterRefresh(feedId: FeedId, outcome: FeedRefreshOutcome): void {
    if (outcome.kind === 'failed' || !this.store.isDue(feedId)) return;
    const declared = outcome.kind === 'ok' ? outcome.images : null;
    this.queue.add(`icon:${feedId}`, () =>
      this.lookUp(feedId, declared).finally(() => {
        if (this.queue.pending <= 1) this.lookups.clear(); // this job is the last: forget, so a month on asks afresh
        this.options.onLookedUp?.(feedId);
      }),
    );
  }

  /** The kept icons, of these feeds or of all, as data: URLs. */
  icons(feedIds?: readonly FeedId[]): { icons: FeedIcon[]; pending: number } {
    const icons = this.store.icons(feedIds).map((row) => ({
      feedId: row.feed_id,
      dataUrl: `data:${row.content_type};base64,${row.data.toString('base64')}`,
      // When these bytes were first fetched: a later look that found the same bytes changes nothing.
      fetchedAt: new Date(row.changed_at).toISOString(),
    }));
    return { icons, pending: this.queue.pending };
  }

  /** Resolves when no lookup is waiting or running (tests, and the CLI before it exits). */
  idle(): Promise<void> {
    return this.queue.idle();
  }

  get failures(): readonly { key: string; message: string }[] {
    return this.queue.failures;
  }

  /** Drops waiting lookups and cuts short the running ones. */
  stop(): void {
    this.queue.stop();
    this.stopping.abort();
  }

  private async lookUp(feedId: FeedId, declared: FeedImages | null): Promise<void> {
    await this.options.quiet?.();
    const feed = this.library.feeds.get(feedId);
    // Unsubscribed meanwhile, or looked at by an earlier job.
    if (!feed || !this.store.isDue(feedId) || this.stopping.signal.aborted) return;
    const site = feed.site_url ?? new URL('/', feed.url).href;
    const { icon, reached } = await this.oneAtATime(new URL(site).host, () =>
      this.shared({ declared, pageUrl: reservedForExamples(site) ? null : site }),
    );
    if (this.stopping.signal.aborted) return;
    const now = this.library.now();
    if (icon) this.store.saveFound(feedId, icon, now + iconRecheckMs);
    else this.store.saveNone(feedId, now + (reached ? iconRecheckMs : unreachedRecheckMs));
  }

  private oneAtATime<T>(host: string, work: () => Promise<T>): Promise<T> {
    const turn = (this.hostTurns.get(host) ?? Promise.resolve())
      .catch(() => undefined)
      .then(work);
    this.hostTurns.set(host, turn);
    const forget = () => {
      if (this.hostTurns.get(host) === turn) this.hostTurns.delete(host);
    };
    turn.then(forget, forget);
    return turn;
  }

  private shared(sources: IconSources): Promise<IconLookup> {
    const key = JSON.stringify([sources.declared?.icons ?? [], sources.declared?.logos ?? [], sources.pageUrl]);
    let result = this.lookups.get(key);
    if (!result) {
      result = findIcon(sources, {
        signal: this.stopping.signal,
        ...(this.options.deadlineMs ? { deadlineMs: this.options.deadlineMs } : {}),
      });
      this.lookups.set(key, result);
    }
    return result;
  }
}

/** Names reserved for documentation and tests (RFC 2606, RFC 6761) host no site worth asking. */
function reservedForExamples(url: string): boolean {
  const host = new URL(url).hostname.toLowerCase();
  return /(^|\.)example\.(com|net|org)$/.test(host) || /\.(example|invalid|test)$/.test(host);
}
