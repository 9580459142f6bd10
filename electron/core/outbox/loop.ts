// The outbox's delivery loop: wakes when something is due (or when told: a share, "Retry now"),
// delivers due entries one at a time, and sleeps until the next one is due. Each entry is claimed
// before it is sent and marked delivered the moment a 2xx arrives, before anything else happens,
// so an entry is never sent again after its target accepted it; a repeat is possible only when
// the process dies between the target's answer and that write, and the idempotency key covers it.
import type { Store } from '../store';
import { defaultBackoff, retryDelay, type Backoff } from './backoff';
import { attemptDelivery, type Attempt } from './deliver';

export interface OutboxOptions {
  /** Run the loop while the core is open (the app and the web host); the CLI delivers on request only. */
  run?: boolean;
  backoff?: Partial<Backoff>;
  /** One POST, connection to last byte. */
  timeoutMs?: number;
  random?: () => number;
  /** Told when an entry is claimed or settled, so windows showing the outbox follow. */
  onChange?: () => void;
}

/** The longest a retry-after from a target is honoured; past that, the usual backoff applies. */
const maxRetryAfterMs = 7 * 86_400_000;
/** The loop also looks again at least this often, so a changed clock or another process's entries are not missed. */
const maxSleepMs = 10 * 60_000;
const batch = 50;
const networkCheckEveryMs = 60_000;

export class OutboxLoop {
  private readonly backoff: Backoff;
  private readonly timeoutMs: number;
  private readonly random: () => number;
  private readonly changed: () => void;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = true;
  private inFlight: { id: number; abort: AbortController } | null = null;
  private networkCheckedAt = -Infinity;

  constructor(
    private readonly store: Store,
    options: OutboxOptions = {},
  ) {
    this.backoff = { ...defaultBackoff, ...options.backoff };
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.random = options.random ?? Math.random;
    this.changed = options.onChange ?? (() => undefined);
  }

  start(): void {
    this.stopped = false;
    this.wake();
  }

  /** Stops waking; an attempt under way is cut short and its entry left pending, due at once. */
  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const current = this.inFlight;
    if (current) {
      this.inFlight = null;
      current.abort.abort();
      this.store.outbox.retryAt(current.id, this.store.now(), 'interrupted: Tidings closed during the attempt');
    }
  }

  /**
   * The network was just seen working (a feed answered): shares that failed for want of it go now
   * rather than after their backoff. Looked at once a minute at most, however many feeds answer.
   */
  networkIsUp(): void {
    const now = this.store.now();
    if (this.stopped || now - this.networkCheckedAt < networkCheckEveryMs) return;
    this.networkCheckedAt = now;
    if (this.store.outbox.dueAfterNetworkFailure() > 0) this.wake();
  }

  /** Something may be due now. */
  wake(): void {
    if (this.stopped) return;
    this.sleep(0);
  }

  /** Every entry due now, one attempt each (`tidings outbox --deliver`, and the loop itself). */
  async deliverDue(): Promise<number> {
    this.store.outbox.recoverAbandoned();
    let attempted = 0;
    const tried = new Set<number>();
    for (;;) {
      const ids = this.store.outbox.dueIds(this.store.now(), batch).filter((id) => !tried.has(id));
      if (ids.length === 0) return attempted;
      for (const id of ids) {
        tried.add(id);
        if (await this.deliverOne(id)) attempted++;
      }
    }
  }

  private async deliverOne(id: number): Promise<boolean> {
    const { outbox } = this.store;
    if (!outbox.claim(id, this.store.now() + this.timeoutMs + 5_000)) return false; // another process has it
    const row = outbox.get(id);
    const target = this.store.settings.get().shareTargets.find((candidate) => candidate.id === row.target_id);
    const abort = new AbortController();
    this.inFlight = { id, abort };
    this.changed();
    const attempt = await attemptDelivery(row, target, { timeoutMs: this.timeoutMs, signal: abort.signal });
    if (this.inFlight?.id !== id) return true; // stop() settled it while we waited
    this.inFlight = null;
    this.settle(id, row.attempts, attempt);
    this.changed();
    return true;
  }

  private settle(id: number, attempts: number, attempt: Attempt): void {
    const { outbox } = this.store;
    if (attempt.kind === 'delivered') return outbox.delivered(id);
    if (attempt.kind === 'failed') return outbox.failed(id, attempt.error);
    const now = this.store.now();
    const backoffAt = now + retryDelay(attempts, this.backoff, this.random);
    const asked = attempt.retryAt !== null && attempt.retryAt - now <= maxRetryAfterMs ? attempt.retryAt : null;
    outbox.retryAt(id, asked !== null ? Math.max(asked, now) : backoffAt, attempt.error);
  }

  private run(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = (async () => {
      do {
        this.again = false;
        await this.deliverDue();
      } while (this.again && !this.stopped);
    })()
      .catch((error: unknown) => {
        if (this.stopped) return; // the library closed under an attempt
        console.error(`tidings: outbox: ${error instanceof Error ? error.message : String(error)}`);
      })
      .finally(() => {
        this.running = null;
        if (this.stopped) return;
        const next = this.store.outbox.nextWakeAt();
        this.sleep(next === null ? maxSleepMs : Math.min(maxSleepMs, Math.max(0, next - this.store.now())));
      });
  }

  private sleep(ms: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.run();
    }, ms);
    this.timer.unref();
  }
}
