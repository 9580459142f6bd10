// `tidings refresh`: fetch every feed now. A file of its own so that the command loads only the core
// and what it prints with, none of the other commands' code (cli.ts loads each command on demand).
import type { RefreshResult } from '../../shared/model';
import type { Context } from './context';
import { runWorkersInForeground } from './foreground-workers';
import { failuresText, printJson } from './output';
import { call, withCore } from './with-core';

/**
 * Prints and exits as soon as the feeds are stored. Icons are not looked for in a CLI run (they
 * stay due, and the app or `tidings serve` finds them after its next refresh of the feed); full
 * text for feeds that ask for it is fetched after the result is printed (docs/decisions.md).
 */
export async function refreshCommand(context: Context): Promise<void> {
  runWorkersInForeground();
  await withCore(
    context,
    async (core) => {
      core.parsers.warm(); // started while the first feeds are fetched, not after
      const result = await call(core, 'refresh', {});
      printRefresh(result, Boolean(context.flags.json));
      await core.offline.idle(); // full text of new articles, for feeds that ask for it
    },
    { icons: false },
  );
}

function printRefresh(result: RefreshResult, json: boolean): void {
  if (result.stopped) {
    // Not a feed's fault, and nothing was lost; but a script must not think all went well.
    process.stderr.write(`tidings: refresh stopped: ${result.stopped}\n`);
    process.exitCode = 1;
  }
  if (json) return printJson(result);
  console.log(
    `Refreshed ${result.feeds} feeds in ${result.ms} ms: ${result.ok} updated, ${result.notModified} not modified, ` +
      `${result.failed} failed, ${result.newArticles} new articles`,
  );
  if (result.failures.length > 0) console.log(failuresText(result.failures));
}

