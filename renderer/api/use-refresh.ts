// Refreshing: one call that answers when every feed is done, with progress polled meanwhile.
import { useCallback, useRef, useState } from 'react';
import type { Client } from '../../shared/contract';
import type { FeedId, RefreshResult } from '../../shared/model';
import type { Report } from './use-status';
import { useMounted } from './use-mounted';

const pollMs = 400;

export interface RefreshProgress {
  done: number;
  total: number;
}

export interface RefreshState {
  /** Non-null while a refresh runs. */
  progress: RefreshProgress | null;
  last: RefreshResult | null;
  refresh: (feedIds?: FeedId[]) => Promise<void>;
}

export function useRefresh(client: Client, report: Report, onDone: () => Promise<void>): RefreshState {
  const [progress, setProgress] = useState<RefreshProgress | null>(null);
  const [last, setLast] = useState<RefreshResult | null>(null);
  const running = useRef(false);
  const mounted = useMounted();

  const refresh = useCallback(
    async (feedIds?: FeedId[]) => {
      if (running.current) return;
      running.current = true;
      setProgress({ done: 0, total: 0 });
      let settled = false;
      const timer = window.setInterval(() => {
        client.getRefreshStatus({}).then(
          (status) => {
            if (!settled && mounted.current && status.running) setProgress({ done: status.done, total: status.total });
          },
          () => undefined, // progress is a nicety; the refresh call reports its own failure
        );
      }, pollMs);
      try {
        const result = await client.refresh(feedIds ? { feedIds } : {});
        if (mounted.current) setLast(result);
      } catch (error) {
        report(error, 'Refreshing');
      } finally {
        settled = true;
        window.clearInterval(timer);
        running.current = false;
        if (mounted.current) setProgress(null);
      }
      await onDone();
    },
    [client, report, onDone],
  );

  return { progress, last, refresh };
}
