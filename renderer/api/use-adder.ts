// Adding a subscription from the sidebar's form: the new feed is shown once it is in; a Cancel
// stops the core's fetch, and one that comes too late leaves the feed added.
import { useCallback, useMemo, useRef } from 'react';
import type { Client } from '../../shared/contract';
import { TidingsError } from '../../shared/errors';
import type { ArticleScope } from '../../shared/model';
import type { Adder, AddOptions, AddOutcome } from './adding';
import type { Report } from './use-status';

export function useAdder(client: Client, report: Report, reloadLibrary: () => Promise<void>, selectScope: (scope: ArticleScope) => void): Adder {
  const cancelledAdds = useRef(new Set<string>());
  const addFeed = useCallback(
    async (url: string, folder: string, options: AddOptions): Promise<AddOutcome> => {
      try {
        const { keep, requestId } = options;
        const feed = await client.addFeed({ url, keep, requestId, ...(folder.trim() ? { folder } : {}) });
        // A Cancel that came too late to stop it: the feed is there, so it is shown as added.
        cancelledAdds.current.delete(requestId);
        await reloadLibrary();
        selectScope({ kind: 'feed', feedId: feed.id });
        return { kind: 'added', feed };
      } catch (error) {
        if (cancelledAdds.current.delete(options.requestId)) return { kind: 'cancelled' };
        report(error, 'Adding the subscription');
        return { kind: 'failed', canKeep: error instanceof TidingsError && error.code === 'not_found' };
      }
    },
    [client, report, reloadLibrary, selectScope],
  );
  const cancelAdd = useCallback(
    (requestId: string) => {
      cancelledAdds.current.add(requestId);
      client.cancelAddFeed({ requestId }).catch((error: unknown) => report(error, 'Cancelling'));
    },
    [client, report],
  );
  return useMemo(() => ({ add: addFeed, cancel: cancelAdd }), [addFeed, cancelAdd]);
}
