// store.feeds: subscriptions, what a refresh records about them, and how the person arranges them.
import type { ErrorStage, FeedId, FeedRetention, FeedSummary } from '../../../shared/model';
import { TidingsError } from '../../../shared/errors';
import type { ParsedFeed } from '../feed-types';
import { storeItems, type StoreItemsResult } from './articles';
import type { Db } from './database';
import { toFeedSummary } from './feed-summary';
import * as feeds from './feeds';
import { ensureFolderPath } from './folders';
import * as organize from './organize';
import { applyFeedRetention, setFeedRetention as writeFeedRetention } from './retention';
import { reviveFeed, unsubscribeFeed, type Unsubscribed } from './unsubscribe';
import type { Store } from './index';

export class Feeds {
  constructor(
    private readonly db: Db,
    private readonly clock: () => number,
    private readonly store: Store,
  ) {}

  // ---- subscriptions ----

  /** An inactive feed with this URL (unsubscribed, or a source of imported items) is subscribed again. */
  add(input: { url: string; folderPath?: readonly string[]; title?: string; siteUrl?: string | null }): FeedId {
    const existing = feeds.getFeedByUrl(this.db, input.url);
    if (existing?.active === 1) {
      throw new TidingsError('conflict', `already subscribed to ${input.url}`);
    }
    return this.db.transaction(() => {
      const folderId = ensureFolderPath(this.db, input.folderPath ?? []);
      if (!existing) return feeds.insertFeed(this.db, { ...input, folderId }, this.clock());
      reviveFeed(this.db, existing.id, folderId);
      return existing.id;
    })();
  }

  /** Kept articles stay, under the feed made inactive; without any, the feed is deleted. */
  remove(id: FeedId): Unsubscribed {
    return this.db.transaction(() => unsubscribeFeed(this.db, id, this.clock()))();
  }

  get(id: FeedId): feeds.FeedRow | undefined {
    return feeds.getFeed(this.db, id);
  }

  /** The feed at this URL, subscribed or not. */
  byUrl(url: string): feeds.FeedRow | undefined {
    return feeds.getFeedByUrl(this.db, url);
  }

  rows(): feeds.FeedRow[] {
    return feeds.listFeedRows(this.db);
  }

  /** Feeds the scheduler should refresh now. */
  due(): feeds.FeedRow[] {
    return feeds.dueFeedRows(this.db, this.clock());
  }

  schedule(id: FeedId, nextFetchAt: number): void {
    feeds.scheduleFeed(this.db, id, nextFetchAt);
  }

  markGone(id: FeedId): void {
    feeds.markFeedGone(this.db, id, this.clock());
  }

  summary(id: FeedId): FeedSummary {
    const row = feeds.feedSummaryRow(this.db, id);
    if (!row) throw new TidingsError('not_found', `no feed with id ${id}`);
    return toFeedSummary(row);
  }

  // ---- refresh results ----

  /**
   * One feed's new document (items, metadata, validators and retention in one transaction), stored
   * on its own, then indexed for search (tests and tools). A refresh stores through writeFetched
   * and leaves the index to catch up in the store worker's idle turns.
   */
  saveFetched(id: FeedId, parsed: ParsedFeed, validators: feeds.FetchValidators): StoreItemsResult {
    const result = this.db.transaction(() => this.writeFetched(id, parsed, validators))();
    this.store.search.catchUp();
    return result;
  }

  /**
   * saveFetched inside a transaction the caller holds, without a savepoint of its own: if it
   * throws, the caller must roll the whole transaction back (the store worker does).
   */
  writeFetched(id: FeedId, parsed: ParsedFeed, validators: feeds.FetchValidators): StoreItemsResult {
    const now = this.clock();
    const lastIdBefore = this.store.ruleRunner.beforeStore();
    const result = storeItems(this.db, id, parsed.items, now, parsed.utf8);
    if (result.added > 0) this.store.ruleRunner.afterStore(id, parsed.items, lastIdBefore);
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
    return row ? applyFeedRetention(this.db, row, this.store.settings.get().retentionDays, now) : 0;
  }

  /** The feed's own retention, overriding the global setting; its next refresh applies it. */
  setRetention(id: FeedId, retention: FeedRetention): FeedSummary {
    writeFeedRetention(this.db, id, retention);
    return this.summary(id);
  }

  recordError(id: FeedId, stage: ErrorStage, message: string): void {
    feeds.recordFeedError(this.db, id, stage, message, this.clock());
  }

  /** A permanent redirect moves the subscription, unless another subscription already has that URL. */
  changeUrl(id: FeedId, url: string): void {
    feeds.updateFeedUrl(this.db, id, url);
  }

  // ---- arranging subscriptions ----

  /** A name of the person's own, kept across refreshes; an empty one restores the feed's title. */
  rename(id: FeedId, title: string): FeedSummary {
    if (!organize.renameFeed(this.db, id, title)) throw new TidingsError('not_found', `no feed with id ${id}`);
    return this.summary(id);
  }

  /** Into the folder at `folderPath` (made if missing); an empty path is the top level. */
  moveToFolder(id: FeedId, folderPath: readonly string[]): FeedSummary {
    return this.db.transaction(() => {
      if (!feeds.getFeed(this.db, id)) throw new TidingsError('not_found', `no feed with id ${id}`);
      organize.setFeedFolder(this.db, id, ensureFolderPath(this.db, folderPath, this.store.accounts.ofFeed(id)));
      return this.summary(id);
    })();
  }
}
