// store.library: the library as a whole: its summary for the sidebar, import and export.
import type { Library } from '../../../shared/model';
import { hiddenCount, starredCount } from './articles';
import type { Db } from './database';
import { toFeedSummary } from './feed-summary';
import { listFeedSummaryRows } from './feeds';
import { listFolders } from './folders';
import { keptTotals, labelSummaries } from './keeping';
import { accountGroups } from './account-groups';
import * as libraryExport from './library-export';
import { writeLibrary, type LibraryWrite, type LibraryWriteResult, type WriteProgress } from './library-import';

export class LibraryTables {
  constructor(
    private readonly db: Db,
    private readonly clock: () => number,
  ) {}

  summary(): Library {
    const feedSummaries = listFeedSummaryRows(this.db).map((row) => ({ active: row.active === 1, summary: toFeedSummary(row) }));
    return {
      folders: listFolders(this.db),
      feeds: feedSummaries.filter((feed) => feed.active).map((feed) => feed.summary),
      inactiveFeeds: feedSummaries.filter((feed) => !feed.active).map((feed) => feed.summary),
      labels: labelSummaries(this.db),
      accounts: accountGroups(this.db),
      totals: {
        unread: feedSummaries.reduce((sum, feed) => sum + feed.summary.unread, 0),
        starred: starredCount(this.db),
        ...keptTotals(this.db),
        filtered: hiddenCount(this.db),
      },
    };
  }

  /** A whole import in one transaction: it lands entirely or not at all. */
  import(plan: LibraryWrite, progress?: WriteProgress): LibraryWriteResult {
    return this.db.transaction(() => writeLibrary(this.db, plan, this.clock(), progress))();
  }

  subscriptionTree(): libraryExport.SubscriptionTree {
    return libraryExport.subscriptionTree(this.db);
  }

  streamRows(which: libraryExport.StreamWhich): libraryExport.StreamRow[] {
    return libraryExport.streamRows(this.db, which);
  }
}
