// `tidings`: the command line. Commands, flags and --json shapes are a public interface.
import { defaultDatabaseFile } from './core/paths';
import { expectOnlyFlags, readArgs, text, UsageError, type Flags } from './cli/args';
import type { Context } from './cli/context';
import type { Access } from './cli/library-access';
import { tidingsVersion } from './cli/version';
import { rulesAccess, rulesFlags } from './cli/rules-flags';

// Each command's code is loaded when it is run, not before: `tidings refresh` starts its workers
// sooner when it does not first load the web host, import and export, sync… (scripts/build.mjs
// splits the bundle at these imports).
const commandsFile = () => import('./cli/commands');
const importExport = () => import('./cli/import-export');
const shareCommands = () => import('./cli/share-commands');
const keepCommands = () => import('./cli/keep-commands');
const syncCommands = () => import('./cli/sync-command');

const usage = `usage: tidings [--db FILE [--create]] <command>
       tidings --version | help

commands:
  serve [--port N] [--token T | --token-file FILE] [--no-auto-refresh]
                                                     the UI and API on http://127.0.0.1; the token
                                                     (16+ characters of A-Z a-z 0-9 - . _ ~ + /) comes
                                                     from --token, --token-file, else $TIDINGS_TOKEN,
                                                     else a new one; a file or the environment keeps
                                                     it out of \`ps\`
  add <url> [--folder PATH] [--keep] [--json]        subscribe to a feed (or a site: example.com) and fetch it;
                                                     --keep subscribes even if no feed can be had there now
  add <url> --account ID [--folder NAME] [--json]    subscribe on a sync account's server
  refresh [--json]                                   fetch every feed now; lists the ones that failed
  list feeds [--json]
  list articles [--feed ID | --starred | --liked | --notes | --label NAME] [--account ID] [--unread] [--limit N] [--json]
  read <article-id>... [--off] [--json]              mark articles read (--off: unread)
  account add greader <url> --user NAME --password-stdin [--json]
                                                     a Google Reader API server (Miniflux, FreshRSS); the
                                                     password is read from standard input and not kept
  account list [--json] | account remove <id>        sync accounts (1 is this computer)
  account login <id> --password-stdin [--json]       sign in again when the server refused the token
  sync [--account ID] [--json]                       send changes made here to the servers, read theirs
  parse <file-or-url> --json                         parse a feed without storing it
  discover <site-url> [--json]                       the feeds a web page links to
  search <query> [--feed ID | --folder PATH | --starred] [--unread] [--since DATE] [--limit N] [--json]
  searches [--json]                                  the saved searches, each with its unread articles
  import <file-or-folder> [--json]                   OPML, a Google Reader Takeout (zip or folder), Reader JSON
  export opml|starred|shared [--out FILE]            subscriptions as OPML, items as Reader JSON (stdout by default)
  backup <file> [--force]                            a consistent copy of the library file (--force: replace the file)
  restore <backup-file> [--json]                     put a backup in the library's place (refused while in use)
  share <article-id> [--note TEXT] [--target ID] [--json]   share (a webhook target goes through the outbox)
  outbox [--deliver] [--retry ID] [--cancel ID] [--json]    list the outbox; --deliver tries what is due now
  publish [--out DIR] [--json]                       write shared.atom, shared.json, index.html now
  star <article-id>... [--off] [--json]              star articles (--off: unstar)
  like <article-id>... [--off] [--json]              like articles (--off: unlike)
  note <article-id> [TEXT | --clear] [--json]        write, show or clear your note on an article
  label <article-id> [--add NAME] [--remove NAME] [--json]   label an article, or show its labels
  labels [--json]                                    every label and how many articles carry it
  retention <feed-id> [--days N | --forever | --default] [--max N | --no-max] [--json]
                                                     show or set how long a feed keeps read articles
  rules [--json]                                     the rules, in the order they run on new articles
  rules add|test <rule.json> [--json]                save a rule; or count the stored articles it matches
  rules apply|remove <id> [--json]                   run a rule once on stored articles; or delete it
  rules move <id> --to N [--json]                    run a rule at position N (1 first)

--db FILE defaults to ${defaultDatabaseFile()}. A command that only reads never creates a library;
one that writes makes a missing folder only for the default library, or with --create.`;

interface Command {
  run: (context: Context) => Promise<void>;
  /** Its own flags; any other is refused rather than ignored. */
  flags: readonly string[] | ((positionals: readonly string[]) => readonly string[]);
  /** What it does with the library, given what it was asked. */
  access: Access | ((flags: Flags, positionals: readonly string[]) => Access);
}

const changesAnyOf =
  (...names: string[]) =>
  (flags: Flags): Access =>
    names.some((name) => flags[name] !== undefined) ? 'write' : 'read';

const commands: Record<string, Command> = {
  serve: { run: async (context) => (await commandsFile()).serveCommand(context), flags: ['port', 'token', 'token-file', 'no-auto-refresh'], access: 'write' },
  add: { run: async (context) => (context.flags.account !== undefined ? (await syncCommands()).addToAccountCommand(context) : (await commandsFile()).addCommand(context)), flags: ['folder', 'json', 'keep', 'account'], access: 'write' },
  refresh: { run: async (context) => (await import('./cli/refresh-command')).refreshCommand(context), flags: ['json'], access: 'write' },
  list: {
    run: async (context) => (await commandsFile()).listCommand(context),
    flags: ([what]) => (what === 'articles' ? ['feed', 'starred', 'liked', 'notes', 'label', 'unread', 'limit', 'json', 'account'] : ['json']),
    access: 'read',
  },
  parse: { run: async (context) => (await commandsFile()).parseCommand(context), flags: ['json'], access: 'none' },
  discover: { run: async (context) => (await commandsFile()).discoverCommand(context), flags: ['json'], access: 'none' },
  search: { run: async (context) => (await import('./cli/search-command')).searchCommand(context), flags: ['feed', 'folder', 'starred', 'unread', 'since', 'limit', 'json'], access: 'read' },
  searches: { run: async (context) => (await import('./cli/searches-command')).searchesCommand(context), flags: ['json'], access: 'read' },
  import: { run: async (context) => (await importExport()).importCommand(context), flags: ['json'], access: 'write' },
  export: { run: async (context) => (await importExport()).exportCommand(context), flags: ['out'], access: 'read' },
  backup: { run: async (context) => (await importExport()).backupCommand(context), flags: ['json', 'force'], access: 'read' },
  restore: { run: async (context) => (await import('./cli/restore-command')).restoreCommand(context), flags: ['json'], access: 'write' },
  share: { run: async (context) => (await shareCommands()).shareCommand(context), flags: ['note', 'target', 'json'], access: 'write' },
  outbox: { run: async (context) => (await shareCommands()).outboxCommand(context), flags: ['deliver', 'retry', 'cancel', 'json'], access: changesAnyOf('deliver', 'retry', 'cancel') },
  publish: { run: async (context) => (await shareCommands()).publishCommand(context), flags: ['out', 'json'], access: 'write' },
  star: { run: async (context) => (await keepCommands()).starCommand(context), flags: ['off', 'json'], access: 'write' },
  like: { run: async (context) => (await keepCommands()).likeCommand(context), flags: ['off', 'json'], access: 'write' },
  note: { run: async (context) => (await keepCommands()).noteCommand(context), flags: ['clear', 'json'], access: (flags, positionals) => (flags.clear || positionals.length > 1 ? 'write' : 'read') },
  label: { run: async (context) => (await keepCommands()).labelCommand(context), flags: ['add', 'remove', 'json'], access: changesAnyOf('add', 'remove') },
  labels: { run: async (context) => (await keepCommands()).labelsCommand(context), flags: ['json'], access: 'read' },
  read: { run: async (context) => (await syncCommands()).readCommand(context), flags: ['off', 'json'], access: 'write' },
  account: {
    run: async (context) => (await import('./cli/account-command')).accountCommand(context),
    flags: ([what]) => (what === 'add' ? ['user', 'password-stdin', 'json'] : what === 'login' ? ['password-stdin', 'json'] : ['json']),
    access: (_flags, [what]) => (what === 'list' ? 'read' : 'write'),
  },
  sync: { run: async (context) => (await syncCommands()).syncCommand(context), flags: ['account', 'json'], access: 'write' },
  retention: {
    run: async (context) => (await import('./cli/retention-command')).retentionCommand(context),
    flags: ['days', 'forever', 'default', 'max', 'no-max', 'json'],
    access: changesAnyOf('days', 'forever', 'default', 'max', 'no-max'),
  },
  rules: { run: async (context) => (await import('./cli/rules-command')).rulesCommand(context), flags: rulesFlags, access: (_flags, positionals) => rulesAccess(positionals) },
};

async function main(argv: string[]): Promise<void> {
  const { flags, positionals } = readArgs(argv, {
    port: { type: 'string' },
    token: { type: 'string' },
    'token-file': { type: 'string' },
    'no-auto-refresh': { type: 'boolean' },
    folder: { type: 'string' },
    keep: { type: 'boolean' },
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
    force: { type: 'boolean' },
    account: { type: 'string' },
    user: { type: 'string' },
    'password-stdin': { type: 'boolean' },
    to: { type: 'string' },
  });
  const [name, ...rest] = positionals;
  if (flags.version) return console.log(`tidings ${tidingsVersion()}`);
  // Nothing here opens a library, whatever --db says.
  if (flags.help || !name || name === 'help') return console.log(usage);
  const command = commands[name];
  if (!command) throw new UsageError(`unknown command "${name}"\n${usage}`);
  expectOnlyFlags((name === 'list' || name === 'account') && rest[0] ? `${name} ${rest[0]}` : name, flags, typeof command.flags === 'function' ? command.flags(rest) : command.flags);
  const given = text(flags.db);
  const context: Context = { dbFile: given ?? defaultDatabaseFile(), flags, positionals: rest, command: name };
  // Its parse workers before anything else is loaded, so that their start overlaps the loading of
  // the core and the library's opening (early-workers.ts). Until then this module loads little.
  if (name === 'refresh') context.parseWorkers = (await import('./cli/early-workers')).startParseWorkersEarly();
  const access = typeof command.access === 'function' ? command.access(flags, rest) : command.access;
  if (access !== 'none') {
    const { prepareLibrary } = await import('./cli/library-access');
    const { readonly, file } = prepareLibrary({ file: context.dbFile, access, create: Boolean(flags.create), isDefault: given === undefined });
    context.readonly = readonly;
    context.dbFile = file;
  }
  await command.run(context);
}

main(process.argv.slice(2)).catch(async (error: unknown) => {
  const { plainMessage } = await import('./cli/error-words');
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`tidings: ${plainMessage(error)}\n`);
  if (error instanceof UsageError && message.includes('\n')) process.stderr.write(`${message.split('\n').slice(1).join('\n')}\n`);
  process.exitCode = error instanceof UsageError ? 2 : 1;
});
