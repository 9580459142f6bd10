// `tidings search <query>`: the same ranked search the UI's "/" box runs, through the same handler.
// --json prints [{id, feedId, title, link, published, snippet}], best match first.
import { dispatch, unwrap } from '../../shared/dispatch';
import type { ArticleScope, Library, MarkedText, SearchHit } from '../../shared/model';
import { openCliCore } from './context';
import { positiveInt, text, UsageError, type Flags } from './args';
import { printJson } from './output';

export interface SearchContext {
  dbFile: string;
  flags: Flags;
  positionals: string[];
}

export async function searchCommand(context: SearchContext): Promise<void> {
  const query = context.positionals.join(' ').trim();
  if (!query) {
    throw new UsageError('usage: tidings search <query> [--feed ID | --folder PATH | --starred] [--unread] [--since DATE] [--limit N] [--json]');
  }
  const since = sinceFlag(context.flags.since);
  const core = openCliCore(context, { outbox: { run: false } });
  try {
    const library = unwrap(await dispatch(core.handlers, 'listFeeds', {}));
    const result = unwrap(
      await dispatch(core.handlers, 'searchArticles', {
        query,
        scope: scopeFrom(context.flags, library),
        unreadOnly: Boolean(context.flags.unread),
        ...(since ? { since } : {}),
        limit: Math.min(positiveInt(context.flags.limit, '--limit') ?? 20, 500),
      }),
    );
    if (context.flags.json) return printJson(result.items.map(hitJson));
    if (result.items.length === 0) console.log(`Nothing found for ${query}`);
    const bold = process.stdout.isTTY ? (words: string) => `\u001b[1m${words}\u001b[22m` : (words: string) => words;
    for (const hit of result.items) {
      const date = hit.published ? hit.published.slice(0, 10) : '          ';
      console.log(`${String(hit.id).padStart(7)}  ${date}  ${hit.feedTitle}: ${marked(hit.titleMarked, bold)}`);
      if (hit.snippet) console.log(`${' '.repeat(20)}${marked(hit.snippetMarked, bold)}`);
    }
  } finally {
    core.close();
  }
}

/** The public --json shape; the highlight ranges stay internal. */
function hitJson(hit: SearchHit) {
  return { id: hit.id, feedId: hit.feedId, title: hit.title, link: hit.link, published: hit.published, snippet: hit.snippet };
}

function marked(value: MarkedText, emphasise: (words: string) => string): string {
  let out = '';
  let at = 0;
  for (const [start, end] of value.marks) {
    out += value.text.slice(at, start) + emphasise(value.text.slice(start, end));
    at = end;
  }
  return out + value.text.slice(at);
}

function scopeFrom(flags: Flags, library: Library): ArticleScope {
  const feedId = positiveInt(flags.feed, '--feed');
  if (feedId) return { kind: 'feed', feedId };
  const folder = text(flags.folder);
  if (folder) {
    const wanted = folder.split('/').map((part) => part.trim()).filter(Boolean).join('/');
    const found = library.folders.find((candidate) => candidate.path.join('/') === wanted);
    if (!found) throw new UsageError(`no folder named "${folder}"`);
    return { kind: 'folder', folderId: found.id };
  }
  return flags.starred ? { kind: 'starred' } : { kind: 'all' };
}

function sinceFlag(value: string | boolean | undefined): string | undefined {
  const given = text(value);
  if (given === undefined) return undefined;
  const time = Date.parse(given);
  if (Number.isNaN(time)) throw new UsageError(`--since takes a date such as 2024-05-01, not "${given}"`);
  return new Date(time).toISOString();
}
