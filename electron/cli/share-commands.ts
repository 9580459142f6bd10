// `tidings share`, `tidings outbox` and `tidings publish`: sharing from the command line, through
// the same handlers the UI calls. The CLI never runs the outbox loop in the background; the app
// and `tidings serve` do, and `tidings outbox --deliver` makes one pass now.
import { resolve } from 'node:path';
import { dispatch, unwrap } from '../../shared/dispatch';
import type { CallInput, CallName, CallOutput } from '../../shared/contract';
import type { OutboxEntry } from '../../shared/sharing';
import type { Core } from '../core/core';
import { openCliCore } from './context';
import { positiveInt, text, UsageError, type Flags } from './args';
import { printJson } from './output';
import { count } from './plural';

export interface ShareContext {
  dbFile: string;
  flags: Flags;
  positionals: string[];
}

async function call<K extends CallName>(core: Core, name: K, input: CallInput<K>): Promise<CallOutput<K>> {
  return unwrap(await dispatch(core.handlers, name, input));
}

async function withCore<T>(context: ShareContext, work: (core: Core) => Promise<T>): Promise<T> {
  const core = openCliCore(context, { outbox: { run: false } });
  for (const notice of core.notices) process.stderr.write(`tidings: warning: ${notice.message}\n`);
  try {
    return await work(core);
  } finally {
    core.close(); // also writes the shared folder, if a share asked for it
  }
}

function targetsFrom(value: string | boolean | (string | boolean)[] | undefined): string[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).filter((item): item is string => typeof item === 'string');
}

export async function shareCommand(context: ShareContext): Promise<void> {
  const articleId = positiveInt(context.positionals[0], 'the article id');
  if (articleId === undefined) throw new UsageError('usage: tidings share <article-id> [--note TEXT] [--target ID] [--json]');
  const note = text(context.flags.note);
  const targetIds = targetsFrom(context.flags.target as string | string[] | undefined);
  const result = await withCore(context, (core) =>
    call(core, 'shareArticle', { articleId, ...(note !== undefined ? { note } : {}), targetIds }),
  );
  if (context.flags.json) {
    return printJson({ articleId: result.articleId, sharedAt: result.sharedAt, note: result.note, outbox: result.outbox });
  }
  console.log(`Shared article ${articleId}${result.wasShared ? ' (it was already shared)' : ''} at ${result.sharedAt}`);
  for (const entry of result.outbox) console.log(`  outbox ${entry.id}: to ${entry.targetName}, ${entry.state}`);
}

export async function outboxCommand(context: ShareContext): Promise<void> {
  const retry = positiveInt(context.flags.retry as string | undefined, '--retry');
  const cancel = positiveInt(context.flags.cancel as string | undefined, '--cancel');
  const entries = await withCore(context, async (core) => {
    if (retry !== undefined) await call(core, 'retryOutbox', { outboxId: retry });
    if (cancel !== undefined) await call(core, 'cancelOutbox', { outboxId: cancel });
    if (context.flags.deliver) await core.outbox.deliverDue();
    return (await call(core, 'listOutbox', {})).entries;
  });
  if (context.flags.json) return printJson(entries);
  if (entries.length === 0) return console.log('The outbox is empty.');
  for (const entry of entries) console.log(outboxLine(entry));
}

function outboxLine(entry: OutboxEntry): string {
  const when =
    entry.state === 'pending' && entry.nextAttemptAt
      ? `, next try ${entry.nextAttemptAt}`
      : entry.deliveredAt
        ? ` ${entry.deliveredAt}`
        : '';
  const error = entry.lastError && entry.state !== 'delivered' ? `  [${entry.lastError}]` : '';
  return `${String(entry.id).padStart(5)}  ${entry.state.padEnd(9)} ${entry.attempts} tries${when}  → ${entry.targetName}: ${entry.articleTitle}${error}`;
}

export async function publishCommand(context: ShareContext): Promise<void> {
  const out = text(context.flags.out);
  const result = await withCore(context, async (core) => {
    if (out !== undefined) return core.publisher.publishNow(resolve(out));
    return call(core, 'publishShared', {});
  });
  if (result.folder === null) {
    throw new Error('no shared folder is set: choose one in settings, or give one with --out DIR');
  }
  if (context.flags.json) return printJson(result);
  console.log(`Published ${count(result.items, 'shared item')} to ${result.folder}`);
}
