// What the last or the running refresh did, announced politely.
import type { RefreshResult } from '../../../shared/model';
import type { RefreshProgress } from '../../api/use-refresh';

function summary(result: RefreshResult): string {
  const parts = [`${result.newArticles} new ${result.newArticles === 1 ? 'article' : 'articles'}`];
  if (result.failed > 0) parts.push(`${result.failed} failed`);
  return `Refreshed ${result.feeds} ${result.feeds === 1 ? 'feed' : 'feeds'}: ${parts.join(', ')}`;
}

export function RefreshStatus({ progress, last }: { progress: RefreshProgress | null; last: RefreshResult | null }) {
  return (
    <div className="refresh-status" role="status" aria-label="Refresh status">
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
        <span>{summary(last)}</span>
      ) : null}
    </div>
  );
}
