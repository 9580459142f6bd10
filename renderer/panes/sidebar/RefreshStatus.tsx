// What the last or the running refresh did, announced politely. When feeds failed, "N failed"
// opens the list of them with the reason in plain words, each with a retry.
import { useEffect, useId, useState } from 'react';
import type { FeedId, RefreshResult } from '../../../shared/model';
import type { RefreshProgress } from '../../api/use-refresh';

function summary(result: RefreshResult): string {
  return `Refreshed ${result.feeds} ${result.feeds === 1 ? 'feed' : 'feeds'}: ${result.newArticles} new ${result.newArticles === 1 ? 'article' : 'articles'}`;
}

interface Props {
  progress: RefreshProgress | null;
  last: RefreshResult | null;
  onRetry: (feedIds: FeedId[]) => void;
}

export function RefreshStatus({ progress, last, onRetry }: Props) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  const failures = last?.failures ?? [];
  useEffect(() => {
    if (failures.length === 0) setOpen(false);
  }, [failures.length]);
  return (
    <div className="refresh-status">
      <div role="status" aria-label="Refresh status" className="refresh-summary">
        {progress ? (
          <>
            <span>{progress.total > 0 ? `Refreshing ${progress.done} of ${progress.total}…` : 'Refreshing…'}</span>
            <progress
              aria-label="Refresh progress"
              max={progress.total || 1}
              value={progress.total > 0 ? progress.done : undefined}
            />
          </>
        ) : last ? (
          <span>
            {summary(last)}
            {last.failed > 0 ? (
              <>
                {', '}
                <button type="button" className="link-button" aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)}>
                  {last.failed} failed
                </button>
              </>
            ) : null}
          </span>
        ) : null}
      </div>
      {open && !progress && failures.length > 0 ? (
        <section id={listId} className="refresh-failures" aria-label="Feeds that failed">
          <ul>
            {failures.map((failure) => (
              <li key={failure.feedId}>
                <span className="failure-title" title={failure.url}>
                  {failure.title}
                </span>
                <span className="failure-reason">{failure.reason}</span>
                <button type="button" className="link-button" aria-label={`Retry ${failure.title}`} onClick={() => onRetry([failure.feedId])}>
                  Retry
                </button>
              </li>
            ))}
          </ul>
          {failures.length > 1 ? (
            <button type="button" className="button" onClick={() => onRetry(failures.map((failure) => failure.feedId))}>
              Retry all
            </button>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
