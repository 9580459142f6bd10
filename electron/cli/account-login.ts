// `tidings account login <id> --password-stdin [--json]`: signs a sync account in again after its
// server refused the token. The password is read from standard input, used to sign in and never
// kept or printed; nor is the new token.
import { positiveInt, UsageError } from './args';
import type { Context } from './context';
import { call, withCliCore } from './core-call';
import { printJson } from './output';
import { readPassword } from './account-command';

const usage = 'usage: tidings account login <id> --password-stdin [--json]';

export async function accountLogin(context: Context, [given]: string[]): Promise<void> {
  const accountId = positiveInt(given, 'the account id');
  if (accountId === undefined) throw new UsageError(usage);
  if (!context.flags['password-stdin']) throw new UsageError('--password-stdin is needed: the password is read from standard input, never from the command line');
  const password = await readPassword();
  const account = await withCliCore(context, (core) => call(core, 'reauthAccount', { accountId, password }));
  if (context.flags.json) return printJson({ id: account.id, kind: account.kind, url: account.url, user: account.user });
  console.log(`Signed in again: account ${account.id}, ${account.user} at ${account.url}`);
}
