// The accounts as the sidebar groups by them (Library.accounts): each account's heading, its active
// feeds and its folders. One query; the library asks for it beside the feeds' summaries.
import type { AccountGroup, AccountKind } from '../../../shared/sync';
import { prepared, type Db } from './database';

interface GroupRow {
  id: number;
  kind: AccountKind;
  url: string | null;
  user: string | null;
  feed_ids: string;
  folder_ids: string;
}

export function accountGroups(db: Db): AccountGroup[] {
  return prepared<[], GroupRow>(
    db,
    `SELECT a.id, a.kind, a.url, a.user,
       (SELECT json_group_array(f.id) FROM feeds f WHERE f.account_id = a.id AND f.active = 1) AS feed_ids,
       (SELECT json_group_array(d.id) FROM folders d WHERE d.account_id = a.id) AS folder_ids
     FROM accounts a ORDER BY a.id`,
  )
    .all()
    .map((row) => ({
      id: row.id,
      kind: row.kind,
      title: accountTitle(row),
      feedIds: JSON.parse(row.feed_ids) as number[],
      folderIds: JSON.parse(row.folder_ids) as number[],
    }));
}

/** "On this computer", or as NetNewsWire names a server account: the service, then user@host. */
export function accountTitle(account: { kind: AccountKind; url: string | null; user: string | null }): string {
  if (account.kind === 'local') return 'On this computer';
  let host = account.url ?? '';
  let path = '';
  try {
    const parsed = new URL(host);
    host = parsed.host;
    path = parsed.pathname;
  } catch {
    // keep the address as given
  }
  // A FreshRSS serves the API under /api/greader.php; any other server is named by its address.
  const service = /\/api\/greader\.php/.test(path) ? 'FreshRSS' : 'Google Reader API';
  return `${service} — ${account.user ?? ''}@${host}`;
}
