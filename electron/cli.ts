// `tidings`: the command line. Commands, flags and --json shapes are a public interface.
import { defaultDatabaseFile } from './core/paths';
import { readArgs, text, UsageError } from './cli/args';
import { addCommand, discoverCommand, listCommand, parseCommand, refreshCommand, serveCommand, type Context } from './cli/commands';
import { searchCommand } from './cli/search-command';
import { backupCommand, exportCommand, importCommand } from './cli/import-export';
import { restoreCommand } from './cli/restore-command';
import { outboxCommand, publishCommand, shareCommand } from './cli/share-commands';
import { labelCommand, labelsCommand, likeCommand, noteCommand, starCommand } from './cli/keep-commands';
import { retentionCommand } from './cli/retention-command';

const usage = `usage: tidings [--db FILE] <command>

commands:
  serve [--port N] [--token T | --token-file FILE] [--no-auto-refresh]
                                                     the UI and API on http://127.0.0.1; the token
                                                     (16+ characters of A-Z a-z 0-9 - . _ ~ + /) comes
                                                     from --token, --token-file, else $TIDINGS_TOKEN,
                                                     else a new one; a file or the environment keeps
                                                     it out of \`ps\`
  add <url> [--folder PATH] [--json]                 subscribe to a feed and fetch it
  refresh [--json]                                   fetch every feed now
  list feeds [--json]
  list articles [--feed ID | --starred | --liked | --notes | --label NAME] [--unread] [--limit N] [--json]
  parse <file-or-url> --json                         parse a feed without storing it
  discover <site-url> [--json]                       the feeds a web page links to
  search <query> [--feed ID | --folder PATH | --starred] [--unread] [--since DATE] [--limit N] [--json]
  import <file-or-folder> [--json]                   OPML, a Google Reader Takeout (zip or folder), Reader JSON
  export opml|starred|shared [--out FILE]            subscriptions as OPML, items as Reader JSON (stdout by default)
  backup <file>                                      a consistent copy of the library file
  restore <backup-file> [--json]                     put a backup in the library's place (app closed)
  share <article-id> [--note TEXT] [--target ID] [--json]   share (a webhook target goes through the outbox)
  outbox [--deliver] [--retry ID] [--cancel ID] [--json]    list the outbox; --deliver tries what is due now
  publish [--out DIR] [--json]                       write shared.atom, shared.json, index.html now
  star <article-id> [--off] [--json]                 star an article (--off: unstar)
  like <article-id> [--off] [--json]                 like an article (--off: unlike)
  note <article-id> [TEXT | --clear] [--json]        write, show or clear your note on an article
  label <article-id> [--add NAME] [--remove NAME] [--json]   label an article, or show its labels
  labels [--json]                                    every label and how many articles carry it
  retention <feed-id> [--days N | --forever | --default] [--max N | --no-max] [--json]
                                                     show or set how long a feed keeps read articles

--db FILE defaults to ${defaultDatabaseFile()}`;

const commands: Record<string, (context: Context) => Promise<void>> = {
  serve: serveCommand,
  add: addCommand,
  refresh: refreshCommand,
  list: listCommand,
  parse: parseCommand,
  discover: discoverCommand,
  search: searchCommand,
  import: importCommand,
  export: exportCommand,
  backup: backupCommand,
  restore: restoreCommand,
  share: shareCommand,
  outbox: outboxCommand,
  publish: publishCommand,
  star: starCommand,
  like: likeCommand,
  note: noteCommand,
  label: labelCommand,
  labels: labelsCommand,
  retention: retentionCommand,
};

async function main(argv: string[]): Promise<void> {
  const { flags, positionals } = readArgs(argv, {
    port: { type: 'string' },
    token: { type: 'string' },
    'token-file': { type: 'string' },
    'no-auto-refresh': { type: 'boolean' },
    folder: { type: 'string' },
    feed: { type: 'string' },
    unread: { type: 'boolean' },
    starred: { type: 'boolean' },
    limit: { type: 'string' },
    since: { type: 'string' },
    out: { type: 'string' },
    note: { type: 'string' },
    target: { type: 'string', multiple: true },
    deliver: { type: 'boolean' },
    retry: { type: 'string' },
    cancel: { type: 'string' },
    off: { type: 'boolean' },
    clear: { type: 'boolean' },
    add: { type: 'string' },
    remove: { type: 'string' },
    liked: { type: 'boolean' },
    notes: { type: 'boolean' },
    label: { type: 'string' },
    days: { type: 'string' },
    forever: { type: 'boolean' },
    default: { type: 'boolean' },
    max: { type: 'string' },
    'no-max': { type: 'boolean' },
  });
  const [name, ...rest] = positionals;
  if (flags.help || !name) {
    console.log(usage);
    return;
  }
  const command = commands[name];
  if (!command) throw new UsageError(`unknown command "${name}"\n${usage}`);
  await command({ dbFile: text(flags.db) ?? defaultDatabaseFile(), flags, positionals: rest });
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`tidings: ${message.split('\n')[0]}\n`);
  if (error instanceof UsageError && message.includes('\n')) process.stderr.write(`${message.split('\n').slice(1).join('\n')}\n`);
  process.exitCode = error instanceof UsageError ? 2 : 1;
});
