// The sidebar by account (renderer/api/account-sections.ts, sidebar-order.ts): with only this
// computer nothing changes; with a sync account each account's folders and feeds come under it.
// Shift+N across the headings is walked in test/e2e/accounts.spec.ts.
import { describe, expect, it } from 'vitest';
import type { FeedSummary, Library } from '../../shared/model';
import { accountSections } from '../../renderer/api/account-sections';

const feed = (id: number, folderId: number | null): FeedSummary => ({
  id,
  url: `https://example.org/${id}.xml`,
  siteUrl: null,
  title: `Feed ${id}`,
  folderId,
  unread: id,
  error: null,
  lastFetchedAt: null,
  fullText: false,
  iconAt: null,
  retention: { days: null, maxArticles: null },
});

const library = (accounts: Library['accounts']): Library => ({
  folders: [
    { id: 10, name: 'Local news', parentId: null, path: ['Local news'] },
    { id: 20, name: 'Tech', parentId: null, path: ['Tech'] },
  ],
  feeds: [feed(1, 10), feed(2, null), feed(3, 20), feed(4, null)],
  inactiveFeeds: [],
  labels: [],
  totals: { unread: 10, starred: 0, liked: 0, notes: 0 },
  ...(accounts ? { accounts } : {}),
});

const twoAccounts: Library['accounts'] = [
  { id: 1, kind: 'local', title: 'On this computer', feedIds: [1, 2], folderIds: [10] },
  { id: 2, kind: 'greader', title: 'Google Reader API — alice@reader.test', feedIds: [3, 4], folderIds: [20] },
];

describe('the sidebar by account', () => {
  it('shows no heading while the library holds only this computer', () => {
    const only = library([{ id: 1, kind: 'local', title: 'On this computer', feedIds: [1, 2, 3, 4], folderIds: [10, 20] }]);
    expect(accountSections(only)).toEqual([{ account: null, library: only }]);
    expect(accountSections(library(undefined))).toHaveLength(1);
  });

  it("files each account's folders and feeds under its heading, this computer first", () => {
    const sections = accountSections(library(twoAccounts));
    expect(sections.map((section) => section.account?.title)).toEqual(['On this computer', 'Google Reader API — alice@reader.test']);
    expect(sections.map((section) => section.library.feeds.map((one) => one.id))).toEqual([[1, 2], [3, 4]]);
    expect(sections.map((section) => section.library.folders.map((one) => one.id))).toEqual([[10], [20]]);
  });
});
