// Refreshing: one call that answers when every feed is done; its progress (and that of a refresh
// the schedule or the tray started) arrives as refreshProgress events.
import { useCallback, useRef, useState } from 'react';
import type { Client } from '../../shared/contract';
import type { FeedId, RefreshResult } from '../../shared/model';
import type { Report } from './use-status';
import { useMounted } from './use-mounted';
import { useLiveEvent } from './events';

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

  useLiveEvent('refreshProgress', (status) => {
    if (status.running) setProgress({ done: status.done, total: status.total });
    // This window's own refresh clears its progress when its call answers.
    else if (!running.current) setProgress(null);
  });

  const refresh = useCallback(
    async (feedIds?: FeedId[]) => {
      if (running.current) return;
      running.current = true;
      setProgress({ done: 0, total: 0 });
      try {
        const result = await client.refresh(feedIds ? { feedIds } : {});
        if (mounted.current) setLast(result);
      } catch (error) {
        report(error, 'Refreshing');
      } finally {
        running.current = false;
        if (mounted.current) setProgress(null);
      }
      await onDone();
    },
    [client, report, onDone],
  );

  return { progress, last, refresh };
}
