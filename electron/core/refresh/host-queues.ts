// The feeds a refresh has yet to ask for, by host, handed out longest queue first. A host can be
// asked only a request or two at a time, so the one with the most feeds left bounds how soon the
// refresh can end: served first, it never becomes a tail that the network works through while the
// cores wait. Hosts with as many feeds left take turns, in the order they reached that count.

export class HostQueues<T> {
  private readonly queues = new Map<string, T[]>();
  /** Feeds left → the hosts with that many, in the order they came to it. */
  private readonly byCount = new Map<number, Set<string>>();

  constructor(items: Iterable<T>, hostOf: (item: T) => string) {
    for (const item of items) {
      const host = hostOf(item);
      const queue = this.queues.get(host);
      if (queue) queue.push(item);
      else this.queues.set(host, [item]);
    }
    for (const [host, queue] of this.queues) this.file(host, queue.length);
  }

  get empty(): boolean {
    return this.queues.size === 0;
  }

  /** The host with the most feeds left among those `ready` accepts, or null. */
  nextHost(ready: (host: string) => boolean): string | null {
    const counts = [...this.byCount.keys()].sort((a, b) => b - a);
    for (const count of counts) {
      for (const host of this.byCount.get(count) ?? []) if (ready(host)) return host;
    }
    return null;
  }

  /** The host's next feed; the host goes behind the others left with as many. */
  take(host: string): T | undefined {
    const queue = this.queues.get(host);
    const item = queue?.shift();
    if (!queue || item === undefined) return undefined;
    this.unfile(host, queue.length + 1);
    if (queue.length > 0) this.file(host, queue.length);
    else this.queues.delete(host);
    return item;
  }

  /** Every feed the host has left, which it no longer has. */
  takeAll(host: string): T[] {
    const queue = this.queues.get(host) ?? [];
    if (queue.length > 0) this.unfile(host, queue.length);
    this.queues.delete(host);
    return queue;
  }

  clear(): void {
    this.queues.clear();
    this.byCount.clear();
  }

  private file(host: string, count: number): void {
    const hosts = this.byCount.get(count);
    if (hosts) hosts.add(host);
    else this.byCount.set(count, new Set([host]));
  }

  private unfile(host: string, count: number): void {
    const hosts = this.byCount.get(count);
    hosts?.delete(host);
    if (hosts?.size === 0) this.byCount.delete(count);
  }
}
