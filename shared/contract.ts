// Every call the UI can make, declared once: its name, a validator for its input, and the type
// of its output. The preload bridge, the IPC handlers and the HTTP web host are all derived from
// this table; no call name is written anywhere else.
import { z } from 'zod';
import type {
  Article,
  DiscoveredFeed,
  ArticlePage,
  FeedIcon,
  FeedSummary,
  Library,
  LibraryNotice,
  RefreshResult,
  RefreshStatus,
  SearchResult,
  BackupResult,
  ExportedFile,
  ImportStatus,
  ImportSummary,
  Label,
  LabelSummary,
} from './model';
import type { CallResult } from './errors';
import { event, readTable, type EventOf } from './event-table';
import { settingsChangeSchema, type Settings } from './settings';
import type { OutboxEntry, PublishResult, ShareResult, UnshareResult } from './sharing';
import type { RemovedAccount, SyncAccount, SyncRunResult } from './sync';
import { searchPeriods, type SavedSearch } from './saved-searches';
import { ruleInputSchema, type Rule } from './rules';
import { commands, type CommandId } from './keymap';

interface CallSpec<Input extends z.ZodType, Output> {
  input: Input;
  /** Never read at run time; it carries the output type for the compiler. */
  output: Output;
}

function call<Output>() {
  return <Input extends z.ZodType>(input: Input): CallSpec<Input, Output> => ({
    input,
    output: undefined as Output,
  });
}

const id = z.number().int().positive();

/** A feed's or a site's URL, or a bare host ("example.com", "example.com/blog"): the core tries https, then http. */
const feedUrl = z
  .string()
  .trim()
  .min(1, 'type a web address: a site (example.com) or a feed’s URL (https://example.com/feed.xml)')
  .max(4096)
  .refine(
    (value) => !/\s/.test(value),
    'a web address has no spaces: type a site (example.com) or a feed’s URL (https://example.com/feed.xml)',
  );

/** Names one add in flight so the person can cancel it; chosen by the caller. */
const addRequestId = z.string().min(1).max(100);

/** A folder path such as "Tech/Linux"; slashes separate levels. */
const folderPath = z.string().trim().max(1024);

const scope = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all') }),
  z.object({ kind: z.literal('unread') }),
  z.object({ kind: z.literal('starred') }),
  z.object({ kind: z.literal('shared') }),
  z.object({ kind: z.literal('liked') }),
  z.object({ kind: z.literal('notes') }),
  z.object({ kind: z.literal('label'), labelId: id }),
  z.object({ kind: z.literal('feed'), feedId: id }),
  z.object({ kind: z.literal('folder'), folderId: id }),
  z.object({ kind: z.literal('filtered') }),
]);

/** A user label, e.g. "to cook"; Google Reader's user/-/label/NAME. */
const labelName = z
  .string()
  .trim()
  .min(1, 'a label needs a name')
  .max(200)
  .refine((value) => !/[\u0000-\u001f\u007f]/.test(value), 'a label name cannot contain control characters');

const nothing = z.object({}).strict();

/** A file on the machine the core runs on; relative paths would depend on the host's working folder. */
const absolutePath = z
  .string()
  .min(1)
  .max(4096)
  .refine((value) => /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(value), 'the path must be absolute');

/** A Google Reader API server and the credentials to sign in there. */
const syncSignIn = z
  .object({
    kind: z.literal('greader'),
    url: z.string().trim().url('the server address must be a full URL, such as https://reader.example.com').max(2048),
    user: z.string().trim().min(1, 'type the user name').max(200),
    password: z.string().min(1, 'type the password').max(1000),
  })
  .strict();

export const contract = {
  listFeeds: call<Library>()(nothing),
  /**
   * Fetches the address once and stores the feed it finds. An address that yields no feed is refused
   * (not_found, with the reason) unless `keep`: then it is subscribed with the failure recorded.
   */
  addFeed: call<FeedSummary>()(
    z.object({ url: feedUrl, folder: folderPath.optional(), keep: z.boolean().optional(), requestId: addRequestId.optional() }).strict(),
  ),
  /** Stops the add with this `requestId`; nothing of it is stored. `cancelled`: false when it had already finished. */
  cancelAddFeed: call<{ cancelled: boolean }>()(z.object({ requestId: addRequestId }).strict()),
  /** The feeds a page declares (or the URL itself, if it is a feed). */
  discoverFeeds: call<{ feeds: DiscoveredFeed[] }>()(z.object({ url: feedUrl }).strict()),
  /** A feed with kept articles (starred, shared, liked, noted, labelled) stays as an inactive feed holding them. */
  removeFeed: call<{ removed: boolean; keptArticles: number }>()(z.object({ feedId: id }).strict()),
  listArticles: call<ArticlePage>()(
    z
      .object({
        scope,
        unreadOnly: z.boolean().default(false),
        order: z.enum(['newest', 'oldest']).default('newest'),
        // Only a nextCursor this call gave out ("<page key>.<id>"); anything else is refused, not read as the first page.
        cursor: z.string().regex(/^-?\d{1,16}\.\d{1,16}$/, 'not a cursor this list gave out').nullish(),
        limit: z.number().int().min(1).max(500).default(100),
      })
      .strict(),
  ),
  getArticle: call<Article>()(z.object({ articleId: id }).strict()),
  setRead: call<{ changed: number }>()(
    z.object({ articleIds: z.array(id).min(1).max(10_000), read: z.boolean() }).strict(),
  ),
  setStarred: call<{ changed: number }>()(z.object({ articleId: id, starred: z.boolean() }).strict()),
  setLiked: call<{ changed: number }>()(z.object({ articleId: id, liked: z.boolean() }).strict()),
  /** The person's note on an article; null or blank clears it. */
  setNote: call<{ changed: number }>()(z.object({ articleId: id, note: z.string().max(20_000).nullable() }).strict()),
  /** Adds and removes labels by name (a new name makes the label); answers the article's labels. */
  labelArticle: call<{ labels: Label[] }>()(
    z.object({ articleId: id, add: z.array(labelName).max(100).default([]), remove: z.array(labelName).max(100).default([]) }).strict(),
  ),
  /** A name another label has already is refused. */
  renameLabel: call<LabelSummary>()(z.object({ labelId: id, name: labelName }).strict()),
  /** Takes the label off every article; the articles stay. */
  deleteLabel: call<{ deleted: boolean }>()(z.object({ labelId: id }).strict()),
  /** `undoToken` (when anything changed) takes it back with undoMarkAllRead, for a while. */
  markAllRead: call<{ changed: number; undoToken?: string }>()(
    z.object({ scope, olderThanDays: z.number().int().min(1).max(36_500).optional() }).strict(),
  ),
  /** Those articles are unread again, except ones read on their own since; a token works once. */
  undoMarkAllRead: call<{ changed: number }>()(z.object({ undoToken: z.string().min(1).max(64) }).strict()),
  /** bm25-ranked full-text search over title, author and text, best match first. */
  searchArticles: call<SearchResult>()(
    z
      .object({
        query: z.string().trim().min(1, 'a search needs words').max(500),
        scope: scope.default({ kind: 'all' }),
        unreadOnly: z.boolean().default(false),
        since: z.iso.datetime({ offset: true }).optional(),
        until: z.iso.datetime({ offset: true }).optional(),
        limit: z.number().int().min(1).max(500).default(100),
      })
      .strict(),
  ),
  /** An empty title gives the feed back the title it publishes. */
  renameFeed: call<FeedSummary>()(z.object({ feedId: id, title: z.string().max(1024) }).strict()),
  /** Into the folder at this path, made if missing; "" is the top level. */
  moveFeed: call<FeedSummary>()(z.object({ feedId: id, folder: folderPath }).strict()),
  renameFolder: call<{ renamed: true }>()(z.object({ folderId: id, name: z.string().trim().min(1).max(256) }).strict()),
  refresh: call<RefreshResult>()(z.object({ feedIds: z.array(id).max(100_000).optional() }).strict()),
  getRefreshStatus: call<RefreshStatus>()(nothing),
  /** What the person must be told about the library itself, e.g. that it was restored from a backup. */
  getNotices: call<{ notices: LibraryNotice[] }>()(nothing),
  getSettings: call<Settings>()(nothing),
  /** Changes only the settings named; answers all of them. */
  updateSettings: call<Settings>()(settingsChangeSchema),
  /**
   * OPML, a Google Reader Takeout (zip or unpacked folder) or Reader JSON. A host on the same
   * machine passes the path; a browser upload passes the file's bytes.
   */
  importLibrary: call<ImportSummary>()(
    z.union([
      z.object({ path: absolutePath, followLinks: z.boolean().default(true) }).strict(),
      z
        .object({
          fileName: z.string().trim().min(1).max(1024),
          // 256 MB of file, as base64.
          contentBase64: z.string().min(1).max(360_000_000),
          followLinks: z.boolean().default(true),
        })
        .strict(),
    ]),
  ),
  getImportStatus: call<ImportStatus>()(nothing),
  exportOpml: call<ExportedFile>()(nothing),
  /** Reader JSON (Google Reader's stream format), readable by FreshRSS and Inoreader. */
  exportStarred: call<ExportedFile>()(nothing),
  exportShared: call<ExportedFile>()(nothing),
  /** A consistent copy of the whole library file, taken while it is in use. */
  /** Refuses an existing file unless `force`; never the library itself, under any name or link. */
  backupLibrary: call<BackupResult>()(z.object({ path: absolutePath, force: z.boolean().default(false) }).strict()),
  /** Fetches the article's web page and keeps the article Readability finds there; answers the article with it. */
  loadFullText: call<Article>()(z.object({ articleId: id }).strict()),
  /** "Always load full text": every new article of the feed gets its page's full text after a refresh. */
  setFeedFullText: call<FeedSummary>()(z.object({ feedId: id, enabled: z.boolean() }).strict()),
  /** The feed's own retention (docs/keeping.md): days null follows the global setting; maxArticles null: no count limit. */
  setFeedRetention: call<FeedSummary>()(
    z
      .object({
        feedId: id,
        days: z.union([z.number().int().min(0).max(36_500), z.literal('forever')]).nullable(),
        maxArticles: z.number().int().min(1).max(1_000_000).nullable(),
      })
      .strict(),
  ),

  // ---- sync accounts (issue #17, docs/sync.md) ----
  listAccounts: call<{ accounts: SyncAccount[] }>()(nothing),
  /** Signs in (the password is used for that only, never kept) and keeps the server's token. */
  addAccount: call<SyncAccount>()(syncSignIn),
  /** Signs in and answers whether it worked; nothing is kept. */
  testAccount: call<{ ok: true }>()(syncSignIn),
  /** Its feeds and articles go; kept articles (starred, noted, shared, liked, labelled) move to the local account first. */
  removeAccount: call<RemovedAccount>()(z.object({ accountId: id }).strict()),
  /** Every sync account, or one: local changes first, then the server's state. */
  syncNow: call<SyncRunResult>()(z.object({ accountId: id.optional() }).strict()),
  /** Subscribes on the account's server (queued while it cannot be reached), then syncs that account. */
  addAccountFeed: call<{ feedId: number; sync: SyncRunResult }>()(
    z.object({ accountId: id, url: z.string().trim().url('a feed address for a sync account must be a full URL (https://…)').max(4096), folder: folderPath.optional() }).strict(),
  ),
  // ---- sync accounts in the UI (issue #17, accounts-ui) ----
  /** Signs in again after the server refused the token: keeps the new token, never the password. */
  reauthAccount: call<SyncAccount>()(z.object({ accountId: id, password: z.string().min(1, 'type the password').max(1000) }).strict()),

  // ---- sharing (docs/sharing.md) ----
  /** Shares now; a note replaces the article's note; each webhook target named gets an outbox entry. */
  shareArticle: call<ShareResult>()(
    z
      .object({
        articleId: id,
        note: z.string().max(10_000).optional(),
        targetIds: z.array(z.string().max(64)).max(50).default([]),
      })
      .strict(),
  ),
  /** Cancels the article's pending outbox entries; `restoreNote` (undo) puts the earlier note back. */
  unshareArticle: call<UnshareResult>()(
    z.object({ articleId: id, restoreNote: z.string().max(10_000).nullable().optional() }).strict(),
  ),
  listOutbox: call<{ entries: OutboxEntry[] }>()(nothing),
  retryOutbox: call<OutboxEntry>()(z.object({ outboxId: id }).strict()),
  cancelOutbox: call<OutboxEntry>()(z.object({ outboxId: id }).strict()),
  /** Writes shared.atom, shared.json and index.html into the shared folder now. */
  publishShared: call<PublishResult>()(nothing),
  /** Kept icons as data: URLs (all, or these feeds'); `pending` lookups mean more may come soon. */
  getFeedIcons: call<{ icons: FeedIcon[]; pending: number }>()(
    z.object({ feedIds: z.array(id).max(100_000).optional() }).strict(),
  ),

  // ---- saved searches (views: shared/saved-searches.ts) ----
  /** In the order saved, each with its unread count (up to unreadCap). */
  listSavedSearches: call<{ searches: SavedSearch[] }>()(nothing),
  /** A name already used (in any case) is refused. */
  saveSearch: call<SavedSearch>()(
    z
      .object({
        name: z.string().trim().min(1, 'a saved search needs a name').max(200),
        query: z.string().trim().min(1, 'a search needs words').max(500),
        scope: scope.default({ kind: 'all' }),
        period: z.enum(searchPeriods).default('any'),
      })
      .strict(),
  ),
  renameSavedSearch: call<SavedSearch>()(
    z.object({ savedSearchId: id, name: z.string().trim().min(1, 'a saved search needs a name').max(200) }).strict(),
  ),
  deleteSavedSearch: call<{ deleted: boolean }>()(z.object({ savedSearchId: id }).strict()),
  // ---- rules (#18, electron/core/rules) ----
  /** In the order they run. */
  listRules: call<{ rules: Rule[] }>()(nothing),
  /** Last in order; a pattern RE2 cannot run is refused with its position. */
  addRule: call<{ id: number }>()(z.object({ rule: ruleInputSchema }).strict()),
  updateRule: call<Rule>()(z.object({ ruleId: id, rule: ruleInputSchema }).strict()),
  removeRule: call<{ removed: boolean }>()(z.object({ ruleId: id }).strict()),
  /** To position `to` (1 runs first); answers the rules in their new order. */
  moveRule: call<{ rules: Rule[] }>()(z.object({ ruleId: id, to: z.number().int().min(1).max(100_000) }).strict()),
  /** The stored articles a rule (saved or not) matches, changing nothing: how many, and up to `limit` ids, newest first. */
  testRule: call<{ count: number; ids: number[] }>()(
    z.object({ rule: ruleInputSchema, limit: z.number().int().min(0).max(100_000).default(1000) }).strict(),
  ),
  /** A saved rule's actions, once, on every stored article it matches (never notifying). */
  applyRule: call<{ matched: number; changed: number }>()(z.object({ ruleId: id }).strict()),
  /** Hidden articles back in their lists (unread again if they were); no rule hides them again. */
  restoreHidden: call<{ changed: number }>()(z.object({ articleIds: z.array(id).min(1).max(10_000) }).strict()),
};

export type Contract = typeof contract;
export type CallName = keyof Contract;
/** What a caller sends (fields with defaults may be left out). */
export type CallInput<K extends CallName> = z.input<Contract[K]['input']>;
/** What a handler receives, after validation and defaults. */
export type HandlerInput<K extends CallName> = z.output<Contract[K]['input']>;
export type CallOutput<K extends CallName> = Contract[K]['output'];

export type Handlers = {
  [K in CallName]: (input: HandlerInput<K>) => Promise<CallOutput<K>> | CallOutput<K>;
};
export type Client = {
  [K in CallName]: (input: CallInput<K>) => Promise<CallOutput<K>>;
};

export const callNames = Object.keys(contract) as CallName[];

export function isCallName(name: string): name is CallName {
  return Object.hasOwn(contract, name);
}

export const ipcChannel = (name: CallName): string => `tidings:${name}`;
export const httpPath = (name: CallName): string => `/api/${name}`;
export const httpPathPrefix = '/api/';

/** What the Electron preload exposes as `window.tidings`: one function per call, each answering a CallResult. */
export type Bridge = {
  [K in CallName]: (input: CallInput<K>) => Promise<CallResult<CallOutput<K>>>;
};

// ---- live events (issue #16): what the core tells every window, unasked ----
// Declared once, like the calls: each event's name and a validator for its payload. The IPC channel
// and the Server-Sent Events name are derived from this table; the core emits only these names.

const count = z.number().int().nonnegative();

/**
 * The unread counts after the change, so a window updates its sidebar without asking for the library again;
 * `filtered`, the articles rules hid (the Filtered view's count), since a refresh's rules may hide some.
 */
const unreadCounts = z
  .object({ total: count, feeds: z.array(z.object({ feedId: id, unread: count })), filtered: count.optional() })
  .strict();

const noticeSchema = z.union([
  z.object({
    kind: z.enum(['restored-from-backup', 'started-empty']),
    message: z.string(),
    damagedFile: z.string(),
    backup: z.string().nullable(),
    at: z.string(),
  }),
  z.object({ kind: z.literal('cannot-save'), message: z.string(), at: z.string() }),
]);

export const events = {
  /**
   * The library changed: coalesced, one per call or refresh turn, never one per article. `everything`:
   * anything may have changed (another process wrote, or a reconnect came too late to catch up), so
   * load it all again; otherwise `feeds` gained or lost articles or counts, `articles` changed state
   * (read, starred, noted…), `subscriptions`: feeds, folders or labels themselves were added, removed,
   * renamed or moved. `unread` is null only when the sender could not count.
   */
  libraryChanged: event(
    z
      .object({
        everything: z.boolean(),
        subscriptions: z.boolean(),
        feeds: z.array(id),
        articles: z.array(id),
        unread: unreadCounts.nullable(),
      })
      .strict(),
  ),
  /** A refresh's progress: sent as feeds finish (at most a few times a second) and once when it ends. */
  refreshProgress: event(z.object({ running: z.boolean(), done: count, total: count }).strict()),
  /** An import's progress, like refreshProgress; `error` is the failed import's one line. */
  importProgress: event(
    z
      .object({
        running: z.boolean(),
        phase: z.enum(['reading', 'fetching', 'preparing', 'writing']).nullable(),
        done: count,
        total: count,
        error: z.string().nullable(),
      })
      .strict(),
  ),
  /** An outbox entry was added, delivered, retried or cancelled: listOutbox answers the new state. */
  outboxChanged: event(z.object({}).strict()),
  /** The settings changed (here or in another process): getSettings answers the new ones. */
  settingsChanged: event(z.object({}).strict()),
  /** A sync account's state changed (emitted by sync, electron/core/sync). */
  syncChanged: event(z.object({ accountId: id.nullable() }).strict()),
  /** What the person must be told about the library itself, all of it, whenever it changes. */
  notice: event(z.object({ notices: z.array(noticeSchema) }).strict()),
  // ---- rules (#18): a rule's `notify`, for the desktop shell's notifications ----
  /** Articles that arrived matching a rule with `notify`; each told once. */
  ruleNotified: event(
    z.object({ notifications: z.array(z.object({ articleId: id, title: z.string(), rule: z.string().nullable() }).strict()) }).strict(),
  ),
};

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<K extends EventName> = z.output<Events[K]['payload']>;
/** One event as it travels: its name and payload, kept together so the pair stays typed. */
export type LiveEvent = EventOf<Events>;

const coreEventTable = readTable(events);
export const eventNames: EventName[] = coreEventTable.names;
/** The event's payload checked against its schema; null when it does not fit (a page never trusts a wire). */
export const parseEvent = coreEventTable.parse;

export const ipcEventChannel = (name: EventName): string => `tidings:event:${name}`;
/** The Server-Sent Events stream; each event's SSE name is its name in this table. */
export const eventsHttpPath = '/api/events';
export const sseEventName = (name: EventName): string => name;

// ---- the shell's events (issue #16, shell-events): what the desktop shell tells its one window ----
// Not the core's: a native menu item was chosen, a feed: link or a file was opened with the app.
// Declared like the core's events and derived the same way (an IPC channel each, in the bridge spec);
// the web host has no shell, so none of these is ever an SSE event. The shell holds each until the
// page listens for it (a link that launched the app arrives long before the page has mounted).

const commandIds = commands.map((command) => command.id) as [CommandId, ...CommandId[]];

export const shellEvents = {
  /** A menu item that runs a keyboard command. */
  runCommand: event(z.object({ command: z.enum(commandIds) }).strict()),
  /** Open the add-subscription form with this address filled in, for the person to confirm. */
  offerSubscription: event(z.object({ url: z.string().max(4096) }).strict()),
  /** Import this file (OPML or Takeout), showing progress in the library dialog. */
  importFile: event(z.object({ path: z.string().max(4096), name: z.string().max(1024) }).strict()),
  /** Open the library dialog (import and export). */
  openLibrary: event(z.object({}).strict()),
};

export type ShellEvents = typeof shellEvents;
export type ShellEventName = keyof ShellEvents;
export type ShellEventPayload<K extends ShellEventName> = z.output<ShellEvents[K]['payload']>;
export type ShellEvent = EventOf<ShellEvents>;

const shellEventTable = readTable(shellEvents);
export const shellEventNames: ShellEventName[] = shellEventTable.names;
export const isShellEventName = shellEventTable.has;
/** The shell event's payload checked against its schema; null when it does not fit. */
export const parseShellEvent = shellEventTable.parse;

export const ipcShellEventChannel = (name: ShellEventName): string => `tidings:shell:${name}`;
/** Page → shell, carrying a shell event's name: the page listens for it now; what was held is sent. */
export const ipcShellListeningChannel = 'tidings:shell-listening';
