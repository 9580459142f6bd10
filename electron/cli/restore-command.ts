// `tidings restore <file>`: a backup takes the library's place; the library it replaces is kept
// aside, never deleted. Refused while another process (the app, `tidings serve`) has the library
// open: it would go on writing into the file moved aside, and the person would have two libraries.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { isHealthy, restoreFrom } from '../core/store/backups';
import { identifyLibrary } from '../core/store/library-identity';
import { markInUse, refuseWhileInUse } from '../core/library-file/library-in-use';
import { Store } from '../core/store';
import { UsageError } from './args';
import type { Context } from './context';
import { printJson } from './output';
import { count } from './plural';

export async function restoreCommand(context: Context): Promise<void> {
  const source = context.positionals[0];
  if (!source || context.positionals.length > 1) throw new UsageError('usage: tidings restore <backup-file>');
  const backup = resolve(source);
  if (!existsSync(backup)) throw new UsageError(`cannot read ${source}: no such file`);
  if (!isHealthy(backup) || identifyLibrary(backup) !== 'tidings') {
    throw new Error(`${source} is not a readable Tidings library (or it is damaged); nothing was changed`);
  }
  // Marked first, checked second: a process that opens the library meanwhile sees this mark and waits.
  const replacing = markInUse(context.dbFile, { what: 'tidings restore', stop: 'wait for it to finish', replacing: true });
  let restored: { keptAside: string | null; feeds: number };
  try {
    refuseWhileInUse(context.dbFile, `restore ${source}`);
    const { keptAside } = restoreFrom(backup, context.dbFile);
    // Opening runs any migration the backup needs, so the restored library is ready to use.
    const store = Store.open(context.dbFile);
    const feeds = store.feeds.rows().length;
    store.close();
    restored = { keptAside, feeds };
  } finally {
    replacing.release();
  }
  const { keptAside, feeds } = restored;
  if (context.flags.json) return printJson({ restored: backup, library: context.dbFile, keptAside, feeds });
  console.log(`Restored ${backup} as ${context.dbFile} (${count(feeds, 'feed')}).${keptAside ? ` The previous library is kept at ${keptAside}.` : ''}`);
}
