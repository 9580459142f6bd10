// `tidings retention <feed-id> [--days N | --forever | --default] [--max N | --no-max] [--json]`:
// shows or changes a feed's own retention (docs/keeping.md) through the same call the UI makes.
// A limit left unnamed stays as it is. --json prints {id, title, retention: {days, maxArticles}}.
import type { CallInput, CallName, CallOutput } from '../../shared/contract';
import { dispatch, unwrap } from '../../shared/dispatch';
import type { FeedRetention, FeedSummary } from '../../shared/model';
import { describeRetention } from '../../shared/retention';
import type { Core } from '../core/core';
import { openCliCore } from './context';
import { positiveInt, text, UsageError, type Flags } from './args';
import type { Context } from './commands';
import { printJson } from './output';

const usage = 'usage: tidings retention <feed-id> [--days N | --forever | --default] [--max N | --no-max] [--json]';

async function call<K extends CallName>(core: Core, name: K, input: CallInput<K>): Promise<CallOutput<K>> {
  return unwrap(await dispatch(core.handlers, name, input));
}

/** The days the flags ask for, or undefined when they leave the days alone. */
function daysFrom(flags: Flags): FeedRetention['days'] | undefined {
  const given = [flags.days !== undefined, Boolean(flags.forever), Boolean(flags.default)].filter(Boolean).length;
  if (given > 1) throw new UsageError(`--days, --forever and --default exclude each other\n${usage}`);
  if (flags.forever) return 'forever';
  if (flags.default) return null;
  const days = text(flags.days);
  if (flags.days === undefined) return undefined;
  // 0 is a real choice (every read, unkept article goes at the next refresh); the call checks the range.
  if (days === undefined || !/^\d+$/.test(days)) throw new UsageError(`--days takes a whole number of days, not "${String(flags.days)}"`);
  return Number(days);
}

function maxFrom(flags: Flags): FeedRetention['maxArticles'] | undefined {
  if (flags.max !== undefined && flags['no-max']) throw new UsageError(`--max and --no-max exclude each other\n${usage}`);
  if (flags['no-max']) return null;
  return positiveInt(flags.max, '--max');
}

export async function retentionCommand(context: Context): Promise<void> {
  const given = context.positionals[0];
  if (given === undefined) throw new UsageError(usage);
  const feedId = positiveInt(given, 'the feed id') as number;
  const days = daysFrom(context.flags);
  const maxArticles = maxFrom(context.flags);
  const core = openCliCore(context, { outbox: { run: false } });
  for (const notice of core.notices) process.stderr.write(`tidings: warning: ${notice.message}\n`);
  let feed: FeedSummary;
  try {
    const { feeds, inactiveFeeds } = await call(core, 'listFeeds', {});
    const current = [...feeds, ...inactiveFeeds].find((candidate) => candidate.id === feedId);
    if (!current) throw new Error(`no feed with id ${feedId}`);
    feed =
      days === undefined && maxArticles === undefined
        ? current
        : await call(core, 'setFeedRetention', {
            feedId,
            days: days === undefined ? current.retention.days : days,
            maxArticles: maxArticles === undefined ? current.retention.maxArticles : maxArticles,
          });
  } finally {
    core.close();
  }
  if (context.flags.json) return printJson({ id: feed.id, title: feed.title, retention: feed.retention });
  console.log(`Feed ${feed.id} (${feed.title}) ${describeRetention(feed.retention)}`);
}
