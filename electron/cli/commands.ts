// The CLI's commands. Each one opens the core, does one thing through the same handlers the UI
// uses, prints, and closes.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ArticlePage, ArticleScope, ArticleSummary } from '../../shared/model';
import { TidingsError } from '../../shared/errors';
import { plainReason } from '../../shared/failure-reasons';
import type { Core } from '../core/core';
import { openCliCore, type Context } from './context';
import type { FetchedDocument } from '../core/feed-types';
import { fetchFeed } from '../core/fetch/http';
import { findFeeds } from '../core/refresh/subscribe';
import { readFeedDocument } from '../core/refresh/read-feed';
import { startMaintenance } from '../core/library-file/maintenance';
import { startScheduler } from '../core/refresh/scheduler';
import { startWebHost } from '../host/server';
import { sharedDocuments } from '../core/sharing/publisher';
import { positiveInt, text, UsageError, type Flags } from './args';
import { articlesJson, articlesText, feedsJson, feedsText, parsedFeedJson, printJson } from './output';
import { rendererDir } from './renderer-dir';
import { serveToken } from './serve-token';
import { call, withCore } from './with-core';

export type { Context } from './context';
// Its own file, so that `tidings refresh` loads none of the other commands' code (cli.ts).
export { refreshCommand } from './refresh-command';

export async function addCommand(context: Context): Promise<void> {
  const url = context.positionals[0];
  if (!url) throw new UsageError('usage: tidings add <url> [--folder PATH] [--keep]');
  const folder = text(context.flags.folder);
  const keep = Boolean(context.flags.keep);
  // Ctrl-C needs no handler: the feed and its articles are written in one transaction at the very
  // end (core/subscribe.ts), so an add cut short leaves nothing behind.
  const feed = await withCore(context, async (core) => {
    const added = await call(core, 'addFeed', { url, keep, ...(folder ? { folder } : {}) }).catch((error: unknown) => {
      if (error instanceof TidingsError && error.code === 'not_found') {
        throw new TidingsError(error.code, `${error.message}; nothing was added (to subscribe anyway, add --keep)`);
      }
      throw error;
    });
    await core.icons.idle(); // its icon, looked for once now rather than at the next refresh
    return added;
  });
  if (context.flags.json) return printJson(feed);
  const status = feed.error
    ? ` (kept, though it failed: ${plainReason(feed.error.stage, feed.error.message)})`
    : `, ${feed.unread} unread`;
  console.log(`Added ${feed.title || feed.url} <${feed.url}> as feed ${feed.id}${status}`);
}

export async function listCommand(context: Context): Promise<void> {
  const what = context.positionals[0];
  if (what === 'feeds') {
    const [library, accountOf] = await withCore(context, async (core) => [await call(core, 'listFeeds', {}), await feedAccounts(core)] as const);
    return context.flags.json ? printJson(feedsJson(library, accountOf)) : console.log(feedsText(library));
  }
  if (what === 'articles') {
    const articles = await withCore(context, (core) => listAllArticles(core, context.flags));
    return context.flags.json ? printJson(articlesJson(articles)) : console.log(articlesText(articles));
  }
  throw new UsageError('usage: tidings list feeds|articles [--json]');
}

async function listAllArticles(core: Core, flags: Flags): Promise<ArticleSummary[]> {
  const feedId = positiveInt(flags.feed, '--feed');
  const limit = positiveInt(flags.limit, '--limit') ?? Number.POSITIVE_INFINITY;
  if (feedId !== undefined) await expectFeed(core, feedId);
  const scope: ArticleScope = feedId ? { kind: 'feed', feedId } : await keptScope(core, flags);
  const wantStarred = Boolean(flags.starred);
  const accountId = positiveInt(flags.account, '--account');
  const ofAccount = accountId === undefined ? null : await accountFeeds(core, accountId);
  const found: ArticleSummary[] = [];
  let cursor: string | null = null;
  do {
    const page: ArticlePage = await call(core, 'listArticles', { scope, unreadOnly: Boolean(flags.unread), cursor, limit: 500 });
    found.push(...page.items.filter((article) => (!wantStarred || article.starred) && (!ofAccount || ofAccount.has(article.feedId))));
    cursor = page.nextCursor;
  } while (cursor && found.length < limit);
  return found.slice(0, limit);
}

/** Feed id → account id, for every feed of a sync account. */
async function feedAccounts(core: Core): Promise<Map<number, number>> {
  const { accounts } = await call(core, 'listAccounts', {});
  return new Map(accounts.flatMap((account) => account.feedIds.map((feedId) => [feedId, account.id] as const)));
}

async function accountFeeds(core: Core, accountId: number): Promise<Set<number>> {
  const { accounts } = await call(core, 'listAccounts', {});
  const account = accounts.find((candidate) => candidate.id === accountId);
  if (!account) throw new UsageError(`there is no account ${accountId}; tidings account list shows their ids`);
  return new Set(account.feedIds);
}

/** An id that names no feed would list nothing, as if the feed were empty. */
async function expectFeed(core: Core, feedId: number): Promise<void> {
  const { feeds, inactiveFeeds } = await call(core, 'listFeeds', {});
  if (![...feeds, ...inactiveFeeds].some((feed) => feed.id === feedId)) {
    throw new Error(`there is no feed ${feedId}; tidings list feeds shows their ids`);
  }
}

/** --starred, --liked, --notes or --label NAME: a list of kept articles; otherwise all. */
async function keptScope(core: Core, flags: Flags): Promise<ArticleScope> {
  if (flags.starred) return { kind: 'starred' };
  if (flags.liked) return { kind: 'liked' };
  if (flags.notes) return { kind: 'notes' };
  const labelName = text(flags.label);
  if (labelName === undefined) return { kind: 'all' };
  const { labels } = await call(core, 'listFeeds', {});
  const label = labels.find((candidate) => candidate.name === labelName.trim());
  if (!label) throw new UsageError(`no label named "${labelName}"`);
  return { kind: 'label', labelId: label.id };
}

export async function parseCommand(context: Context): Promise<void> {
  const source = context.positionals[0];
  if (!source) throw new UsageError('usage: tidings parse <file-or-url> --json');
  const document = await loadDocument(source);
  const feed = await readFeedDocument(document);
  if (context.flags.json) return printJson(parsedFeedJson(feed));
  console.log(`${feed.title} (${feed.format}, ${feed.items.length} items)`);
  for (const item of feed.items) console.log(`  ${item.published?.toISOString().slice(0, 10) ?? '          '}  ${item.title}`);
}

async function loadDocument(source: string): Promise<FetchedDocument> {
  if (/^(https?|feeds?):/i.test(source)) {
    const outcome = await fetchFeed(source);
    if (outcome.kind !== 'fetched') throw new Error(`fetch: ${source} answered 304 without being asked`);
    return outcome.document;
  }
  const path = resolve(source);
  const body = await readFile(path).catch((error: NodeJS.ErrnoException) => {
    const why = { ENOENT: 'no such file', EISDIR: 'it is a folder', EACCES: 'permission denied' }[error.code ?? ''] ?? error.message;
    throw new UsageError(`cannot read ${source}: ${why}`);
  });
  return { url: pathToFileURL(path).href, body, contentType: null };
}

export async function discoverCommand(context: Context): Promise<void> {
  const url = context.positionals[0];
  if (!url) throw new UsageError('usage: tidings discover <site-url> [--json]');
  // No library needed: discovery reads the web, not the database.
  const feeds = await findFeeds(url, readFeedDocument);
  if (context.flags.json) return printJson(feeds);
  if (feeds.length === 0) throw new Error(`no feed found at ${url}`);
  for (const feed of feeds) console.log(`${feed.url}${feed.title ? `  ${feed.title}` : ''}  (${feed.type})`);
}

export async function serveCommand(context: Context): Promise<void> {
  const port = portFrom(context.flags.port);
  // Hex, so a generated token never starts with '-' and reads as a flag when passed back in.
  const token = serveToken(context.flags);
  const core = openCliCore(context, {
    use: { what: 'tidings serve', stop: `press Ctrl+C where it runs, or: kill ${process.pid}` },
  });
  for (const notice of core.notices) process.stderr.write(`tidings: warning: ${notice.message}\n`);
  const host = await startWebHost({
    handlers: core.handlers,
    images: core.offline,
    events: core.events,
    token,
    port,
    staticDir: rendererDir(),
    shared: (base) => sharedDocuments(core.store, base),
    // Each link opens the app once (so the one in the browser's history opens nothing): print the next.
    onOpenLink: (url) => console.log(`Open ${url}`),
  }).catch((error: unknown) => {
    core.close();
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new Error(`port ${port} is taken by another program; pick another with --port N, or leave --port out to use any free port`);
    }
    throw error;
  });
  const stopScheduler = context.flags['no-auto-refresh'] ? () => undefined : startScheduler(core.store, core.refresher);
  const stopMaintenance = startMaintenance(core.store);
  console.log(`Listening on ${host.url}`);
  console.log(`Open ${host.openUrl()}`);
  console.log(`Library: ${context.dbFile}`);
  const stop = (): void => {
    stopScheduler();
    stopMaintenance();
    void host.close().finally(() => {
      core.close();
      process.exit(0);
    });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

function portFrom(value: string | boolean | undefined): number {
  if (value === undefined) return 0;
  const port = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : NaN;
  if (!(port >= 0 && port <= 65535)) throw new UsageError(`--port takes a number from 1 to 65535 (or 0: any free port), not "${String(value)}"`);
  return port;
}
