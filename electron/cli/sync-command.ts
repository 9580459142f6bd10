// `tidings sync`, `tidings add <url> --account ID` and `tidings read <article-id>`: syncing with
// servers from the command line (docs/sync.md). A failed account is one line on stderr and exit 1;
// the other accounts still sync.
import type { SyncRunResult } from '../../shared/sync';
import { positiveInt, text, UsageError } from './args';
import type { Context } from './context';
import { call, withCliCore } from './core-call';
import { printJson } from './output';

export async function syncCommand(context: Context): Promise<void> {
  const accountId = positiveInt(context.flags.account, '--account');
  const result = await withCliCore(context, (core) => call(core, 'syncNow', accountId === undefined ? {} : { accountId }));
  printSync(result, Boolean(context.flags.json));
}

/** `tidings add <url> --account ID [--folder PATH]`: subscribes on that account's server. */
export async function addToAccountCommand(context: Context): Promise<void> {
  const accountId = positiveInt(context.flags.account, '--account') as number;
  const url = context.positionals[0];
  if (!url) throw new UsageError('usage: tidings add <url> --account ID [--folder PATH]');
  const folder = text(context.flags.folder);
  const added = await withCliCore(context, (core) => call(core, 'addAccountFeed', { accountId, url, ...(folder ? { folder } : {}) }));
  if (context.flags.json) return printJson({ id: added.feedId, account: accountId, url, queued: added.sync.queued });
  reportFailures(added.sync);
  const where = added.sync.failed > 0 ? 'queued for the server' : 'subscribed on the server';
  console.log(`Added feed ${added.feedId} to account ${accountId}, ${where}`);
}

/** `tidings read <article-id> [--off] [--json]`. */
export async function readCommand(context: Context): Promise<void> {
  const given = context.positionals;
  if (given.length === 0) throw new UsageError('usage: tidings read <article-id>... [--off] [--json]');
  const articleIds = given.map((id) => positiveInt(id, 'the article id') as number);
  const read = !context.flags.off;
  const articles = await withCliCore(context, async (core) => {
    for (const articleId of articleIds) await call(core, 'getArticle', { articleId });
    await call(core, 'setRead', { articleIds, read });
    return Promise.all(articleIds.map((articleId) => call(core, 'getArticle', { articleId })));
  });
  const shapes = articles.map((article) => ({ id: article.id, title: article.title, read: article.read }));
  if (context.flags.json) return printJson(shapes.length === 1 ? shapes[0] : shapes);
  for (const article of shapes) console.log(`${article.read ? 'Read' : 'Unread'}: ${article.id} ${article.title}`);
}

function printSync(result: SyncRunResult, json: boolean): void {
  reportFailures(result);
  if (json) return printJson(result);
  console.log(
    `Synced ${result.accounts} accounts in ${result.ms} ms: ${result.pushed} changes sent, ${result.pulled} items read, ` +
      `${result.newArticles} new articles, ${result.queued} still queued`,
  );
}

function reportFailures(result: SyncRunResult): void {
  for (const error of result.errors) process.stderr.write(`tidings: account ${error.account}: ${error.message}\n`);
  if (result.failed > 0) process.exitCode = 1;
}
