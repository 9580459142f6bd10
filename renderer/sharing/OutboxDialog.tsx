// The outbox: every share on its way to a webhook, with its state, tries and last error, and
// Retry and Cancel. It looks again on each outboxChanged event, so a delivery shows as it happens;
// the times until the next try move with a display clock (useNow), which fetches nothing.
import { useCallback, useEffect, useState } from 'react';
import type { OutboxEntry } from '../../shared/sharing';
import { useClient } from '../api/context';
import { useLiveEvent } from '../api/events';
import type { Report } from '../api/use-status';
import { untilOrAgo } from './when';
import { Dialog } from '../ui/Dialog';
import { useNow } from '../ui/use-now';
import '../styles/sharing.css';

const stateLabels: Record<OutboxEntry['state'], string> = {
  pending: 'Waiting',
  sending: 'Sending',
  delivered: 'Delivered',
  failed: 'Failed',
  canceled: 'Canceled',
};

export function OutboxDialog({ report, onClose }: { report: Report; onClose: () => void }) {
  const client = useClient();
  const [entries, setEntries] = useState<OutboxEntry[] | null>(null);
  const now = useNow(1_000);

  const load = useCallback(async () => {
    try {
      setEntries((await client.listOutbox({})).entries);
    } catch (error) {
      report(error, 'Reading the outbox');
    }
  }, [client, report]);

  useEffect(() => {
    void load();
  }, [load]);
  useLiveEvent('outboxChanged', () => void load());

  const act = async (what: 'retry' | 'cancel', entry: OutboxEntry) => {
    try {
      if (what === 'retry') await client.retryOutbox({ outboxId: entry.id });
      else await client.cancelOutbox({ outboxId: entry.id });
    } catch (error) {
      report(error, what === 'retry' ? 'Retrying' : 'Canceling');
    }
    await load();
  };

  return (
    <Dialog title="Outbox" className="outbox-dialog" onClose={onClose}>
      {entries === null ? (
        <p className="prompt-hint">Loading…</p>
      ) : entries.length === 0 ? (
        <p className="prompt-hint">Nothing in the outbox. Shares sent to a webhook wait here until they are delivered.</p>
      ) : (
        <table className="outbox-table" aria-label="Outbox entries">
          <thead>
            <tr>
              <th scope="col">Article</th>
              <th scope="col">To</th>
              <th scope="col">State</th>
              <th scope="col">Tries</th>
              <th scope="col">Last error</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id} className={`outbox-${entry.state}`}>
                <th scope="row">{entry.articleTitle}</th>
                <td>{entry.targetName}</td>
                <td>
                  {stateLabels[entry.state]}
                  {entry.state === 'pending' && entry.nextAttemptAt ? (
                    <span className="share-kind"> next try {untilOrAgo(entry.nextAttemptAt, now)}</span>
                  ) : null}
                </td>
                <td>{entry.attempts}</td>
                <td className="outbox-error">{entry.state === 'delivered' ? '' : (entry.lastError ?? '')}</td>
                <td className="outbox-actions">
                  {entry.state === 'pending' || entry.state === 'failed' || entry.state === 'canceled' ? (
                    <button
                      type="button"
                      className="button small"
                      aria-label={`Retry ${entry.articleTitle} to ${entry.targetName}`}
                      onClick={() => void act('retry', entry)}
                    >
                      Retry
                    </button>
                  ) : null}
                  {entry.state === 'pending' || entry.state === 'failed' ? (
                    <button
                      type="button"
                      className="button small"
                      aria-label={`Cancel ${entry.articleTitle} to ${entry.targetName}`}
                      onClick={() => void act('cancel', entry)}
                    >
                      Cancel
                    </button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Dialog>
  );
}
