// What one call, refresh turn or outside write changed, before it is told: changes gathered within
// a moment are merged into one, so a burst of writes becomes one event.
import type { FeedId } from '../../../shared/model';

export interface Change {
  /** Anything may have changed (another connection wrote): windows load everything again. */
  everything?: boolean;
  /** Feeds, folders or labels themselves were added, removed, renamed or moved. */
  subscriptions?: boolean;
  feeds?: readonly FeedId[];
  articles?: readonly number[];
  outbox?: boolean;
  settings?: boolean;
}

/** Past this many article ids a change just says "everything": a window reloads rather than read a huge list. */
export const maxArticleIds = 1_000;

export class PendingChange {
  private everything = false;
  private subscriptions = false;
  private readonly feeds = new Set<FeedId>();
  private readonly articles = new Set<number>();
  private outbox = false;
  private settings = false;
  private touched = false;

  add(change: Change): void {
    this.touched = true;
    this.everything ||= change.everything ?? false;
    this.subscriptions ||= change.subscriptions ?? false;
    this.outbox ||= change.outbox ?? false;
    this.settings ||= change.settings ?? false;
    for (const feedId of change.feeds ?? []) this.feeds.add(feedId);
    for (const articleId of change.articles ?? []) this.articles.add(articleId);
  }

  get empty(): boolean {
    return !this.touched;
  }

  /** The merged change, and this one emptied for the next. */
  take(): Required<Change> & { library: boolean } {
    const everything = this.everything || this.articles.size > maxArticleIds;
    const library = this.everything || this.subscriptions || this.feeds.size > 0 || this.articles.size > 0 || !(this.outbox || this.settings);
    const taken = {
      everything,
      library,
      subscriptions: this.subscriptions || this.everything,
      feeds: [...this.feeds],
      articles: everything ? [] : [...this.articles],
      outbox: this.outbox || this.everything,
      settings: this.settings || this.everything,
    };
    this.everything = this.subscriptions = this.outbox = this.settings = this.touched = false;
    this.feeds.clear();
    this.articles.clear();
    return taken;
  }
}
