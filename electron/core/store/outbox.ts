// The outbox table (migration 6): shares on their way to a network target. Every change of state
// is one guarded UPDATE, so two processes on the same library (the app and `tidings outbox
// --deliver`) can never both claim an entry, and a delivered entry never goes back to pending.
import { TidingsError } from '../../../shared/errors';
import type { OutboxState } from '../../../shared/sharing';
import { prepared, type Db } from './database';

export interface OutboxRow {
  id: number;
  idempotency_key: string;
  target_id: string;
  article_id: number | null;
  article_title: string | null;
  payload: string;
  state: OutboxState;
  attempts: number;
  next_attempt_at: number;
  last_error: string | null;
  created_at: number;
  delivered_at: number | null;
}

export interface NewOutboxEntry {
  idempotencyKey: string;
  targetId: string;
  articleId: number;
  payload: string;
}

const columns = `o.id, o.idempotency_key, o.target_id, o.article_id, a.title AS article_title, o.payload, o.state,
  o.attempts, o.next_attempt_at, o.last_error, o.created_at, o.delivered_at`;

export class Outbox {
  constructor(
    private readonly db: Db,
    private readonly clock: () => number,
  ) {}

  /** Due at once; call inside the share's transaction. */
  add(entry: NewOutboxEntry): number {
    const now = this.clock();
    return Number(
      prepared(
        this.db,
        `INSERT INTO outbox (idempotency_key, target_id, article_id, payload, next_attempt_at, created_at)
         VALUES (?, ?, ?, ?, ?, ?)`,
      ).run(entry.idempotencyKey, entry.targetId, entry.articleId, entry.payload, now, now).lastInsertRowid,
    );
  }

  /** Newest first. */
  list(limit = 500): OutboxRow[] {
    return prepared<[number], OutboxRow>(
      this.db,
      `SELECT ${columns} FROM outbox o LEFT JOIN articles a ON a.id = o.article_id
       ORDER BY o.created_at DESC, o.id DESC LIMIT ?`,
    ).all(limit);
  }

  get(id: number): OutboxRow {
    const row = prepared<[number], OutboxRow>(
      this.db,
      `SELECT ${columns} FROM outbox o LEFT JOIN articles a ON a.id = o.article_id WHERE o.id = ?`,
    ).get(id);
    if (!row) throw new TidingsError('not_found', `no outbox entry with id ${id}`);
    return row;
  }

  /** Pending entries whose time has come, oldest due first. */
  dueIds(now: number, limit: number): number[] {
    return prepared<[number, number], { id: number }>(
      this.db,
      `SELECT id FROM outbox WHERE state = 'pending' AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT ?`,
    )
      .all(now, limit)
      .map((row) => row.id);
  }

  /** When the loop must look again: the earliest pending entry, or a sending one's lease end. */
  nextWakeAt(): number | null {
    return (
      prepared<[], { at: number | null }>(
        this.db,
        `SELECT min(next_attempt_at) AS at FROM outbox WHERE state IN ('pending', 'sending')`,
      ).get()?.at ?? null
    );
  }

  /**
   * Takes a due entry for one attempt. While it is `sending`, next_attempt_at holds the end of
   * its lease: a process that dies mid-attempt leaves it to be recovered once the lease is over.
   */
  claim(id: number, leaseUntil: number): boolean {
    return (
      prepared(
        this.db,
        `UPDATE outbox SET state = 'sending', attempts = attempts + 1, next_attempt_at = ?
         WHERE id = ? AND state = 'pending' AND next_attempt_at <= ?`,
      ).run(leaseUntil, id, this.clock()).changes === 1
    );
  }

  delivered(id: number): void {
    prepared(
      this.db,
      `UPDATE outbox SET state = 'delivered', delivered_at = ?, last_error = NULL WHERE id = ? AND state = 'sending'`,
    ).run(this.clock(), id);
  }

  retryAt(id: number, at: number, error: string): void {
    prepared(
      this.db,
      `UPDATE outbox SET state = 'pending', next_attempt_at = ?, last_error = ? WHERE id = ? AND state = 'sending'`,
    ).run(at, error, id);
  }

  failed(id: number, error: string): void {
    prepared(this.db, `UPDATE outbox SET state = 'failed', last_error = ? WHERE id = ? AND state = 'sending'`).run(error, id);
  }

  /**
   * Pending entries whose last attempt never reached their target (no network, refused, timed
   * out; an answer from the target is kept as "HTTP …"): due now. Called when the network was just
   * seen working, so a share made offline does not sit out a backoff of hours once it is back.
   */
  dueAfterNetworkFailure(): number {
    const now = this.clock();
    return prepared(
      this.db,
      `UPDATE outbox SET next_attempt_at = ?
       WHERE state = 'pending' AND next_attempt_at > ? AND last_error IS NOT NULL AND last_error NOT LIKE 'HTTP %'`,
    ).run(now, now).changes;
  }

  /** Entries left `sending` by a process that stopped mid-attempt, once their lease is over. */
  recoverAbandoned(): number {
    return prepared(
      this.db,
      `UPDATE outbox SET state = 'pending' WHERE state = 'sending' AND next_attempt_at <= ?`,
    ).run(this.clock()).changes;
  }

  /** Due now, whatever its backoff said; a failed or canceled entry gets another chance. */
  retryNow(id: number): OutboxRow {
    const row = this.get(id);
    if (row.state === 'delivered') throw new TidingsError('conflict', `outbox entry ${id} was already delivered`);
    if (row.state === 'sending') throw new TidingsError('conflict', `outbox entry ${id} is being delivered now`);
    prepared(this.db, `UPDATE outbox SET state = 'pending', next_attempt_at = ? WHERE id = ?`).run(this.clock(), id);
    return this.get(id);
  }

  cancel(id: number): OutboxRow {
    const changed = prepared(
      this.db,
      `UPDATE outbox SET state = 'canceled' WHERE id = ? AND state IN ('pending', 'failed', 'canceled')`,
    ).run(id).changes;
    if (changed === 0) {
      const row = this.get(id);
      throw new TidingsError('conflict', `outbox entry ${id} is ${row.state === 'sending' ? 'being delivered now' : row.state}`);
    }
    return this.get(id);
  }

  /** An unshare stops what has not gone yet; an entry being sent is left to finish. */
  cancelPendingFor(articleId: number): number {
    return prepared(this.db, `UPDATE outbox SET state = 'canceled' WHERE article_id = ? AND state = 'pending'`).run(
      articleId,
    ).changes;
  }
}
