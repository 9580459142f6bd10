// What the shell shows outside the window — the unread count (tray, badge), the settings it obeys,
// and a notification after a refresh that brought new articles — kept from the core's live events
// like any window's: an ordinary subscriber, no side channel. New articles are the rises in each
// feed's unread count while a refresh runs, told once when it ends (never one per article).
// Pure: tested under Node with a real core.
import type { CallInput, CallName, CallOutput, LiveEvent } from '../../shared/contract';
import type { FeedId, Library } from '../../shared/model';
import type { Settings } from '../../shared/settings';

/** What the shell shows outside the window: the unread count (tray, badge) and the settings it obeys. */
export interface ShellState {
  unread: number;
  settings: Settings;
}

export interface NewArticles {
  feedId: FeedId;
  title: string;
  count: number;
}

export type Request = <K extends CallName>(name: K, input: CallInput<K>) => Promise<CallOutput<K>>;

export interface ShellViewOptions {
  request: Request;
  onState: (state: ShellState) => void;
  onNewArticles: (added: NewArticles[]) => void;
}

export class ShellView {
  private settings: Settings | null = null;
  private unread = 0;
  private counts = new Map<FeedId, number>();
  private titles = new Map<FeedId, string>();
  private refreshing = false;
  private readonly risen = new Map<FeedId, number>();

  constructor(private readonly options: ShellViewOptions) {}

  /** The first look, before any event. */
  async start(): Promise<void> {
    await Promise.all([this.loadLibrary(), this.loadSettings()]);
  }

  hear(event: LiveEvent): void {
    switch (event.name) {
      case 'libraryChanged': {
        const { unread } = event.payload;
        if (!unread || event.payload.subscriptions) return void this.loadLibrary().catch(() => undefined);
        this.takeCounts(unread.total, unread.feeds.map((feed) => [feed.feedId, feed.unread]));
        return;
      }
      case 'settingsChanged':
        return void this.loadSettings().catch(() => undefined);
      case 'refreshProgress':
        if (event.payload.running) this.refreshing = true;
        else if (this.refreshing) this.refreshEnded();
        return;
      default:
        return;
    }
  }

  private refreshEnded(): void {
    this.refreshing = false;
    const added = [...this.risen].map(([feedId, count]) => ({ feedId, count, title: this.titles.get(feedId) ?? `Feed ${feedId}` }));
    this.risen.clear();
    if (added.length > 0) this.options.onNewArticles(added);
  }

  private async loadLibrary(): Promise<void> {
    const library: Library = await this.options.request('listFeeds', {});
    this.titles = new Map(library.feeds.map((feed) => [feed.id, feed.title]));
    this.takeCounts(library.totals.unread, library.feeds.map((feed) => [feed.id, feed.unread]));
  }

  private async loadSettings(): Promise<void> {
    this.settings = await this.options.request('getSettings', {});
    this.tell();
  }

  private takeCounts(total: number, feeds: ReadonlyArray<readonly [FeedId, number]>): void {
    for (const [feedId, unread] of feeds) {
      const rise = unread - (this.counts.get(feedId) ?? (this.refreshing ? 0 : unread));
      if (this.refreshing && rise > 0) this.risen.set(feedId, (this.risen.get(feedId) ?? 0) + rise);
    }
    this.counts = new Map(feeds);
    this.unread = total;
    this.tell();
  }

  private tell(): void {
    if (this.settings) this.options.onState({ unread: this.unread, settings: this.settings });
  }
}
