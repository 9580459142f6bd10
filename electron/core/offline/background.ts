// Work that happens after the fact (a star, a refresh) and must never fail what caused it: a few
// jobs at a time, a job already waiting is not queued twice, and a failure stays inside its job.
export class BackgroundQueue {
  private readonly waiting: { key: string; run: () => Promise<unknown> }[] = [];
  private readonly keys = new Set<string>();
  private running = 0;
  private stopped = false;
  private idleWaiters: (() => void)[] = [];
  /** The last few failures, for a person (or a test) asking why something was not kept. */
  readonly failures: { key: string; message: string }[] = [];

  constructor(private readonly concurrency = 2) {}

  add(key: string, run: () => Promise<unknown>): void {
    if (this.stopped || this.keys.has(key)) return;
    this.keys.add(key);
    this.waiting.push({ key, run });
    this.pump();
  }

  /** Jobs waiting or running. */
  get pending(): number {
    return this.running + this.waiting.length;
  }

  /** Resolves once nothing is waiting or running. */
  idle(): Promise<void> {
    if (this.running === 0 && this.waiting.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  stop(): void {
    this.stopped = true;
    this.waiting.length = 0;
    this.keys.clear();
    this.settle();
  }

  private pump(): void {
    while (this.running < this.concurrency && this.waiting.length > 0) {
      const job = this.waiting.shift() as { key: string; run: () => Promise<unknown> };
      this.keys.delete(job.key);
      this.running++;
      void Promise.resolve()
        .then(job.run)
        .catch((error: unknown) => {
          this.failures.push({ key: job.key, message: error instanceof Error ? error.message : String(error) });
          if (this.failures.length > 20) this.failures.shift();
        })
        .finally(() => {
          this.running--;
          this.pump();
          this.settle();
        });
    }
  }

  private settle(): void {
    if (this.running > 0 || this.waiting.length > 0) return;
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }
}
