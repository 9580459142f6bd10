// `tidings import`, `tidings export` and `tidings backup`: the library in and out, through the same
// handlers the UI calls. `import --json` prints the summary object; exports go to stdout unless
// --out names a file.
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { CallInput, CallName, CallOutput } from '../../shared/contract';
import { dispatch, unwrap } from '../../shared/dispatch';
import type { ImportSummary } from '../../shared/model';
import type { Core } from '../core/core';
import { openCliCore } from './context';
import { text, UsageError, type Flags } from './args';
import { printJson } from './output';
import { count } from './plural';

export interface LibraryContext {
  dbFile: string;
  flags: Flags;
  positionals: string[];
}

async function withCall<T>(context: LibraryContext, work: (call: <K extends CallName>(name: K, input: CallInput<K>) => Promise<CallOutput<K>>) => Promise<T>): Promise<T> {
  const core: Core = openCliCore(context, { outbox: { run: false } });
  try {
    return await work(async (name, input) => unwrap(await dispatch(core.handlers, name, input)));
  } finally {
    core.close();
  }
}

export async function importCommand(context: LibraryContext): Promise<void> {
  const source = context.positionals[0];
  if (!source || context.positionals.length > 1) throw new UsageError('usage: tidings import <file-or-folder> [--json]');
  const summary = await withCall(context, async (call) => {
    const showProgress = !context.flags.json && process.stderr.isTTY;
    // The import runs in its worker thread, so this thread polls its progress through every phase.
    const timer = showProgress
      ? setInterval(() => {
          void call('getImportStatus', {}).then((status) => {
            if (status.running && status.phase) process.stderr.write(`\r${status.phase} ${status.done}/${status.total}   `);
          });
        }, 250)
      : null;
    try {
      return await call('importLibrary', { path: resolve(source) });
    } finally {
      if (timer) {
        clearInterval(timer);
        process.stderr.write('\r\x1b[K');
      }
    }
  });
  if (context.flags.json) return printJson(summary);
  console.log(summaryText(source, summary));
}

const SKIPS_SHOWN = 10;

function summaryText(source: string, s: ImportSummary): string {
  const lines = [
    `Imported ${source} (${s.format}) in ${s.ms} ms: ${count(s.feeds, 'feed')} (${s.feedsAdded} new), ${count(s.folders, 'new folder')}, ` +
      `${count(s.articles, 'new article')}${s.inactiveFeeds ? `, ${count(s.inactiveFeeds, 'inactive feed')} for them` : ''}`,
  ];
  if (s.format !== 'opml') {
    lines.push(`  starred ${s.starred}, shared ${s.shared}, liked ${s.liked}, notes ${s.notes}, labels ${s.labels}`);
  }
  if (s.skippedCount > 0) {
    lines.push(`  skipped ${s.skippedCount}:`);
    for (const skip of s.skipped.slice(0, SKIPS_SHOWN)) lines.push(`    ${skip.item}: ${skip.reason}`);
    if (s.skippedCount > SKIPS_SHOWN) lines.push(`    ... and ${s.skippedCount - SKIPS_SHOWN} more (--json lists ${s.skipped.length})`);
  }
  if (s.rules) {
    lines.push(`  rules added ${s.rules.added}${s.rules.skipped.length > 0 ? `, not carried over ${s.rules.skipped.length}:` : ''}`);
    for (const skip of s.rules.skipped) lines.push(`    ${skip.name}: ${skip.reason}`);
  }
  return lines.join('\n');
}

const EXPORTS = { opml: 'exportOpml', starred: 'exportStarred', shared: 'exportShared' } as const;

export async function exportCommand(context: LibraryContext): Promise<void> {
  const what = context.positionals[0];
  if (what !== 'opml' && what !== 'starred' && what !== 'shared') {
    throw new UsageError('usage: tidings export opml|starred|shared [--out FILE]');
  }
  const file = await withCall(context, (call) => call(EXPORTS[what], {}));
  const out = text(context.flags.out);
  if (!out) {
    process.stdout.write(file.text);
    return;
  }
  // Subscription addresses can carry credentials and notes are private: 0600 like the library.
  await writeFile(resolve(out), file.text, { mode: 0o600 });
  console.log(`Wrote ${count(file.count, what === 'opml' ? 'feed' : 'item')} to ${resolve(out)}`);
}

export async function backupCommand(context: LibraryContext): Promise<void> {
  const target = context.positionals[0];
  if (!target || context.positionals.length > 1) throw new UsageError('usage: tidings backup <file> [--force]');
  const force = context.flags.force === true;
  const result = await withCall(context, (call) => call('backupLibrary', { path: resolve(target), force }));
  if (context.flags.json) return printJson(result);
  console.log(`Backed up the library to ${result.path} (${result.bytes} bytes)`);
}
