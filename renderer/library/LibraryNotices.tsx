// What the person must know about the library itself: it was restored from a backup, or it cannot
// be saved just now (disk full, read-only). Asked for at start, then told by notice events, shown
// above the panes until dismissed; a notice that no longer holds disappears by itself.
import { useEffect, useState } from 'react';
import type { LibraryNotice, RefreshResult } from '../../shared/model';
import { useClient } from '../api/context';
import { useMounted } from '../api/use-mounted';
import { useLiveEvent } from '../api/events';
import { Icon } from '../ui/Icon';

const noticeKey = (notice: LibraryNotice) => `${notice.kind}@${notice.at}`;

export function LibraryNotices({ lastRefresh }: { lastRefresh: RefreshResult | null }) {
  const client = useClient();
  const mounted = useMounted();
  const [notices, setNotices] = useState<LibraryNotice[]>([]);
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());

  useEffect(() => {
    client.getNotices({}).then(
      (answer) => {
        if (mounted.current) setNotices(answer.notices);
      },
      () => undefined, // the status line reports a host that is gone; a notice is not worth a second error
    );
  }, [client, mounted, lastRefresh]);
  useLiveEvent('notice', (told) => setNotices(told.notices));

  const shown = notices.filter((notice) => !dismissed.has(noticeKey(notice)));
  if (shown.length === 0) return null;
  return (
    <div className="library-notices">
      {shown.map((notice) => (
        <div key={noticeKey(notice)} className={`library-notice notice-${notice.kind}`} role="alert">
          <Icon name="alert" />
          <span className="library-notice-message">{notice.message}</span>
          <button
            type="button"
            className="icon-button small"
            aria-label="Dismiss"
            onClick={() => setDismissed((before) => new Set([...before, noticeKey(notice)]))}
          >
            <Icon name="close" />
          </button>
        </div>
      ))}
    </div>
  );
}
