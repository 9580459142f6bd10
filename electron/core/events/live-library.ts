// Turns what happens to the library into the contract's events. Three sources:
// - calls that write (call-effects.ts) and refresh turns tell it what they changed (`touch`);
// - SQLite's data_version, read every `tickMs` on the main connection, moves when another
//   connection commits: another process (the CLI, a second host, a sync) or this core's own worker
//   threads (the store worker a refresh writes through, the import worker). Moves while none of
//   our own workers wrote are another process's: "everything may have changed";
// - the refresh's and the import's progress, and the notices, looked at on the same tick while
//   somebody listens (in-memory reads, no SQL).
// Changes are merged and told at most once per `flushMs` (calls) or per tick (refresh turns), with
// the unread counts read once per event, never once per article.
import type { EventPayload } from '../../../shared/contract';
import type { FeedId, ImportStatus, Library, LibraryNotice, RefreshStatus } from '../../../shared/model';
import type { CoreEvents } from './emitter';
import { PendingChange, type Change } from './change';

export interface LiveSources {
  /** SQLite's data_version on the main connection. */
  dataVersion(): number;
  /** Write turns this process's threads have taken (write-lock.ts): our own commits through other connections. */
  ownTurns(): number;
  /** Whether a write turn is under way now (its commit may come after this look). */
  turnUnderWay(): boolean;
  library(): Pick<Library, 'feeds' | 'totals'>;
  refreshStatus(): RefreshStatus;
  importStatus(): ImportStatus;
  notices(): LibraryNotice[];
}

export interface LiveOptions {
  /** How often data_version and progress are looked at. */
  tickMs?: number;
  /** How long a call's change waits for others to join it. */
  flushMs?: number;
}

export const defaultTickMs = 250;
const defaultFlushMs = 30;

export class LiveLibrary {
  private readonly pending = new PendingChange();
  private readonly tickMs: number;
  private readonly flushMs: number;
  private tickTimer: NodeJS.Timeout | null = null;
  private flushTimer: NodeJS.Timeout | null = null;
  private version: number | null = null;
  private turns = 0;
  /** Our own worker writes under way, and whether any finished since the last tick. */
  private ownWrites = 0;
  private ownWroteSinceTick = false;
  private lastRefresh = '';
  private lastImport = '';
  private lastNotices = '';
  private stopped = false;

  constructor(
    private readonly events: CoreEvents,
    private readonly sources: LiveSources,
    options: LiveOptions = {},
  ) {
    this.tickMs = options.tickMs ?? defaultTickMs;
    this.flushMs = options.flushMs ?? defaultFlushMs;
    events.whenListened(() => this.start());
  }

  /** Something changed; told soon (`soon`: a call's answer) or on the next tick (a refresh turn). */
  touch(change: Change, soon = true): void {
    if (this.stopped || !this.events.listening) return;
    this.pending.add(change);
    if (soon) this.flushTimer ??= setTimeout(() => this.flush(), this.flushMs);
  }

  /** Runs a write one of our worker threads makes, so the data_version move it causes is not taken for another process's. */
  async ownWrite<T>(work: () => Promise<T>, feedId?: FeedId): Promise<T> {
    this.ownWrites++;
    try {
      return await work();
    } finally {
      this.ownWrites--;
      this.ownWroteSinceTick = true;
      if (feedId !== undefined) this.touch({ feeds: [feedId] }, false);
    }
  }

  /**
   * A refresh started or ended: told now, after what it changed so far, rather than on the next tick.
   * A refresh shorter than a tick would otherwise never be seen running, and a window could not tell
   * which counts it raised.
   */
  refreshTurned(): void {
    if (this.stopped || !this.events.listening) return;
    this.flush();
    this.lookAtProgress();
  }

  stop(): void {
    this.stopped = true;
    if (this.tickTimer) clearInterval(this.tickTimer);
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.tickTimer = this.flushTimer = null;
  }

  /** One look now (tests call it to skip the wait). */
  tick(): void {
    if (this.stopped) return;
    this.lookAtDataVersion();
    this.lookAtProgress();
    if (!this.pending.empty) this.flush();
  }

  private start(): void {
    if (this.stopped || this.tickTimer) return;
    this.version = this.sources.dataVersion();
    this.turns = this.sources.ownTurns();
    // Progress and notices as they stand now are what a window asks for when it opens; only their changes are told.
    this.lastRefresh = this.refreshSeen(this.sources.refreshStatus());
    this.lastImport = this.importSeen(this.sources.importStatus());
    this.lastNotices = JSON.stringify(this.sources.notices());
    this.tickTimer = setInterval(() => this.tick(), this.tickMs);
    // Never what keeps a process alive.
    this.tickTimer.unref();
  }

  private lookAtDataVersion(): void {
    const underWay = this.sources.turnUnderWay();
    const version = this.sources.dataVersion();
    const turns = this.sources.ownTurns();
    const tookTurns = turns !== this.turns;
    if (version === this.version) {
      // A turn still under way may commit after this look: it is kept to be seen with its commit,
      // or the next look would take that commit for another process's and reload every window.
      if (!underWay) this.turns = turns;
      return;
    }
    this.turns = turns;
    this.version = version;
    const ours = this.ownWrites > 0 || this.ownWroteSinceTick || tookTurns;
    this.ownWroteSinceTick = false;
    // While our own workers write, their turns say what changed; another process's commit in the
    // same moment still shows in the unread counts each event carries.
    this.pending.add(ours ? {} : { everything: true });
  }

  private lookAtProgress(): void {
    const refresh = this.sources.refreshStatus();
    const refreshSeen = this.refreshSeen(refresh);
    if (refreshSeen !== this.lastRefresh) {
      this.lastRefresh = refreshSeen;
      this.events.emit('refreshProgress', { running: refresh.running, done: refresh.done, total: refresh.total });
    }
    const imports = this.sources.importStatus();
    const importSeen = this.importSeen(imports);
    if (importSeen !== this.lastImport) {
      this.lastImport = importSeen;
      this.events.emit('importProgress', {
        running: imports.running,
        phase: imports.phase,
        done: imports.done,
        total: imports.total,
        error: imports.error,
      });
    }
    const notices = this.sources.notices();
    const noticesSeen = JSON.stringify(notices);
    if (noticesSeen !== this.lastNotices) {
      this.lastNotices = noticesSeen;
      this.events.emit('notice', { notices });
    }
  }

  private refreshSeen(refresh: RefreshStatus): string {
    return JSON.stringify([refresh.running, refresh.done, refresh.total]);
  }

  private importSeen(imports: ImportStatus): string {
    return JSON.stringify([imports.running, imports.phase, imports.done, imports.total, imports.error]);
  }

  private flush(): void {
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.flushTimer = null;
    if (this.stopped || this.pending.empty) return;
    const change = this.pending.take();
    if (change.library) {
      const payload: EventPayload<'libraryChanged'> = {
        everything: change.everything,
        subscriptions: change.subscriptions,
        feeds: [...change.feeds],
        articles: [...change.articles],
        unread: this.unreadCounts(),
      };
      this.events.emit('libraryChanged', payload);
    }
    if (change.outbox) this.events.emit('outboxChanged', {});
    if (change.settings) this.events.emit('settingsChanged', {});
  }

  private unreadCounts(): EventPayload<'libraryChanged'>['unread'] {
    try {
      const { feeds, totals } = this.sources.library();
      return {
        total: totals.unread,
        feeds: feeds.map((feed) => ({ feedId: feed.id, unread: feed.unread })),
        ...(totals.filtered === undefined ? {} : { filtered: totals.filtered }),
      };
    } catch {
      return null; // the library is closing or cannot be read just now: the window reloads what it needs
    }
  }
}
