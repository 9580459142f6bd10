// `tidings searches`: the saved searches, each with the unread articles it finds, as the sidebar
// shows them. --json prints [{id, name, query, scope, period, unread}]; `unread` stops at 1000.
import { dispatch, unwrap } from '../../shared/dispatch';
import { unreadCap } from '../../shared/saved-searches';
import { openCliCore } from './context';
import type { Flags } from './args';
import { printJson } from './output';

export interface SearchesContext {
  dbFile: string;
  flags: Flags;
  positionals: string[];
}

export async function searchesCommand(context: SearchesContext): Promise<void> {
  const core = openCliCore(context, { outbox: { run: false } });
  try {
    const { searches } = unwrap(await dispatch(core.handlers, 'listSavedSearches', {}));
    if (context.flags.json) return printJson(searches);
    if (searches.length === 0) return console.log('No saved searches yet');
    console.log(`${'id'.padStart(5)}  ${'unread'.padStart(6)}  name: search`);
    for (const saved of searches) {
      const unread = saved.unread >= unreadCap ? `${unreadCap}+` : String(saved.unread);
      console.log(`${String(saved.id).padStart(5)}  ${unread.padStart(6)}  ${saved.name}: ${saved.query}`);
    }
  } finally {
    core.close();
  }
}
