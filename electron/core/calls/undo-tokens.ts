// What a bulk change needs to be taken back, held for a while under a token the UI gets with the
// change's answer (the "Undo" of "Marked 768 articles as read"). Only the newest few are kept, in
// memory: an undo is offered for seconds, and a restart ends the offer. A token is random, so one
// from before a restart never matches something else.
import { randomUUID } from 'node:crypto';

export class UndoTokens<T> {
  private readonly held = new Map<string, T>();

  constructor(private readonly keep = 5) {}

  remember(value: T): string {
    const token = randomUUID();
    this.held.set(token, value);
    for (const oldest of this.held.keys()) {
      if (this.held.size <= this.keep) break;
      this.held.delete(oldest);
    }
    return token;
  }

  /** The value, once: an undo cannot be run twice. */
  take(token: string): T | undefined {
    const value = this.held.get(token);
    this.held.delete(token);
    return value;
  }
}
