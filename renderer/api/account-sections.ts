// The subscriptions split by account, as the sidebar shows them once the library holds more than
// the local account (as NetNewsWire does): one heading per account, its folders and feeds beneath.
// With only this computer there is one section and no heading. Smart views, labels and inactive
// feeds are not split: they span every account.
import type { Library } from '../../shared/model';
import type { AccountGroup } from '../../shared/sync';

export interface AccountSection {
  /** The heading's account, or null when there is one section and no heading. */
  account: AccountGroup | null;
  /** The library with only this account's folders and feeds. */
  library: Library;
}

export function accountSections(library: Library): AccountSection[] {
  const accounts = library.accounts ?? [];
  if (!accounts.some((account) => account.kind !== 'local')) return [{ account: null, library }];
  const claimedFeeds = new Set(accounts.flatMap((account) => account.feedIds));
  const claimedFolders = new Set(accounts.flatMap((account) => account.folderIds));
  return accounts.map((account) => {
    // A feed or folder no account names (a core that predates accounts) shows under this computer.
    const mine = (ids: readonly number[]) => new Set(account.kind === 'local' ? ids : []);
    const feeds = new Set(account.feedIds);
    const folders = new Set(account.folderIds);
    const strayFeeds = mine(library.feeds.map((feed) => feed.id).filter((id) => !claimedFeeds.has(id)));
    const strayFolders = mine(library.folders.map((folder) => folder.id).filter((id) => !claimedFolders.has(id)));
    return {
      account,
      library: {
        ...library,
        feeds: library.feeds.filter((feed) => feeds.has(feed.id) || strayFeeds.has(feed.id)),
        folders: library.folders.filter((folder) => folders.has(folder.id) || strayFolders.has(folder.id)),
      },
    };
  });
}
