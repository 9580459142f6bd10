// Work a person may call off while it runs (adding a feed from a slow host), named by an id the
// caller chose, since the call that starts it and the call that cancels it arrive separately.
export class Cancellable {
  private readonly running = new Map<string, AbortController>();

  async run<T>(id: string | undefined, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const controller = new AbortController();
    if (id !== undefined) this.running.set(id, controller);
    try {
      return await work(controller.signal);
    } finally {
      if (id !== undefined && this.running.get(id) === controller) this.running.delete(id);
    }
  }

  /** False when nothing runs under that id (it finished, or never started). */
  cancel(id: string): boolean {
    const controller = this.running.get(id);
    if (!controller) return false;
    controller.abort();
    this.running.delete(id);
    return true;
  }
}
