// `tidings restore <file>`: a backup takes the library's place; the library it replaces is kept
// aside, never deleted. Run it with the app closed.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { isHealthy, restoreFrom } from '../core/store/backups';
import { Store } from '../core/store';
import { UsageError } from './args';
import type { Context } from './commands';
import { printJson } from './output';

export async function restoreCommand(context: Context): Promise<void> {
  const source = context.positionals[0];
  if (!source) throw new UsageError('usage: tidings restore <backup-file>');
  const backup = resolve(source);
  if (!existsSync(backup)) throw new UsageError(`cannot read ${source}: no such file`);
  if (!isHealthy(backup)) throw new Error(`${source} is not a readable Tidings library (or it is damaged); nothing was changed`);
  const { keptAside } = restoreFrom(backup, context.dbFile);
  // Opening runs any migration the backup needs, so the restored library is ready to use.
  const store = Store.open(context.dbFile);
  const feeds = store.feedRows().length;
  store.close();
  if (context.flags.json) return printJson({ restored: backup, library: context.dbFile, keptAside, feeds });
  console.log(`Restored ${backup} as ${context.dbFile} (${feeds} feeds).${keptAside ? ` The previous library is kept at ${keptAside}.` : ''}`);
}
