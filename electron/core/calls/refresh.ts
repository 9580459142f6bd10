// The contract's calls for refreshing and for what the person must be told about the library:
// the notices from opening it, and the refresh's "cannot save" while storage is in trouble.
import type { Handlers } from '../../../shared/contract';
import type { LibraryNotice } from '../../../shared/model';
import type { Refresher } from '../refresh/refresher';

type RefreshCalls = 'refresh' | 'getRefreshStatus' | 'getNotices';

export function refreshHandlers(refresher: Refresher, notices: readonly LibraryNotice[]): Pick<Handlers, RefreshCalls> {
  return {
    refresh: ({ feedIds }) => refresher.refresh(feedIds),

    getRefreshStatus: () => refresher.currentStatus(),

    getNotices: () => {
      const trouble = refresher.currentStorageTrouble();
      const cannotSave: LibraryNotice[] = trouble ? [{ kind: 'cannot-save', message: trouble.message, at: trouble.at }] : [];
      return { notices: [...notices, ...cannotSave] };
    },
  };
}
