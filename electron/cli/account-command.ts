// `tidings account add|list|remove`: sync accounts (docs/sync.md). The password is read from
// standard input, used to sign in, and never kept, printed or logged; nor is the server's token.
import type { SyncAccount } from '../../shared/sync';
import { positiveInt, text, UsageError } from './args';
import type { Context } from './context';
import { call, withCliCore } from './core-call';
import { printJson } from './output';
import { accountLogin } from './account-login';

const usage = 'usage: tidings account add greader <url> --user NAME --password-stdin [--json] | account list [--json] | account remove <id> | account login <id> --password-stdin';

export async function accountCommand(context: Context): Promise<void> {
  const [what, ...rest] = context.positionals;
  if (what === 'add') return addAccount(context, rest);
  if (what === 'list') return listAccounts(context);
  if (what === 'remove') return removeAccount(context, rest);
  if (what === 'login') return accountLogin(context, rest);
  throw new UsageError(usage);
}

async function addAccount(context: Context, [kind, url]: string[]): Promise<void> {
  if (kind !== 'greader' || !url) throw new UsageError('usage: tidings account add greader <url> --user NAME --password-stdin [--json]');
  const user = text(context.flags.user);
  if (!user) throw new UsageError('--user NAME is needed: the user name on the server');
  if (!context.flags['password-stdin']) throw new UsageError('--password-stdin is needed: the password is read from standard input, never from the command line');
  const password = await readPassword();
  const account = await withCliCore(context, (core) => call(core, 'addAccount', { kind, url, user, password }));
  if (context.flags.json) return printJson({ id: account.id, kind: account.kind, url: account.url, user: account.user });
  console.log(`Added account ${account.id}: ${account.user} at ${account.url} (tidings sync brings its feeds)`);
}

async function listAccounts(context: Context): Promise<void> {
  const { accounts } = await withCliCore(context, (core) => call(core, 'listAccounts', {}));
  if (context.flags.json) return printJson(accounts.map(accountJson));
  for (const account of accounts) {
    const where = account.kind === 'local' ? 'On this computer' : `${account.user} at ${account.url}`;
    const synced = account.kind === 'local' ? '' : `, last sync ${account.lastSync ?? 'never'}`;
    const error = account.error ? `  [error: ${account.error}]` : '';
    console.log(`${String(account.id).padStart(5)}  ${account.kind.padEnd(7)}  ${where}: ${account.feeds} feeds, ${account.queued} queued${synced}${error}`);
  }
}

async function removeAccount(context: Context, [given]: string[]): Promise<void> {
  const accountId = positiveInt(given, 'the account id');
  if (accountId === undefined) throw new UsageError('usage: tidings account remove <id>');
  const removed = await withCliCore(context, (core) => call(core, 'removeAccount', { accountId }));
  if (context.flags.json) return printJson(removed);
  console.log(`Removed account ${accountId}: ${removed.feedsRemoved} feeds; ${removed.articlesKept} kept articles moved to this computer`);
}

/** The public --json shape of an account (`tidings account list --json`). */
function accountJson(account: SyncAccount) {
  return {
    id: account.id,
    kind: account.kind,
    url: account.url,
    user: account.user,
    lastSync: account.lastSync,
    error: account.error,
    feeds: account.feeds,
    queued: account.queued,
  };
}

/** All of standard input, without its final line break. */
export async function readPassword(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write('Password: ');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const password = Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
  if (password === '') throw new UsageError('no password on standard input (--password-stdin)');
  return password;
}
