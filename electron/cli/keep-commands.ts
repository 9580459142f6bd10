// `tidings star|like|note|label <article-id>` and `tidings labels`: keeping articles from the
// command line, through the same handlers the UI calls. Each --json prints the article's kept
// state afterwards: {id, title, starred, liked, note, labels}.
import type { CallInput, CallName, CallOutput } from '../../shared/contract';
import { dispatch, unwrap } from '../../shared/dispatch';
import type { Article } from '../../shared/model';
import { openCore, type Core } from '../core/core';
import { positiveInt, text, UsageError, type Flags } from './args';
import { printJson } from './output';

export interface KeepContext {
  dbFile: string;
  flags: Flags;
  positionals: string[];
}

async function call<K extends CallName>(core: Core, name: K, input: CallInput<K>): Promise<CallOutput<K>> {
  return unwrap(await dispatch(core.handlers, name, input));
}

/** Opens the core, changes one article, and prints what it keeps now. */
async function changeArticle(
  context: KeepContext,
  usage: string,
  change: (core: Core, articleId: number) => Promise<void>,
  describe: (article: Article) => string,
): Promise<void> {
  const given = context.positionals[0];
  if (given === undefined) throw new UsageError(usage);
  const articleId = positiveInt(given, 'the article id') as number;
  const core = openCore({ dbFile: context.dbFile });
  for (const notice of core.notices) process.stderr.write(`tidings: warning: ${notice.message}\n`);
  try {
    await change(core, articleId);
    const article = await call(core, 'getArticle', { articleId });
    if (context.flags.json) return printJson(keptJson(article));
    console.log(describe(article));
  } finally {
    core.close();
  }
}

/** The public --json shape of an article's kept state. */
function keptJson(article: Article) {
  return {
    id: article.id,
    title: article.title,
    starred: article.starred,
    liked: article.liked,
    note: article.note,
    labels: article.labels.map((label) => label.name),
  };
}

const named = (article: Article): string => `${article.id} (${article.title || 'untitled'})`;

export function starCommand(context: KeepContext): Promise<void> {
  const starred = !context.flags.off;
  return changeArticle(
    context,
    'usage: tidings star <article-id> [--off] [--json]',
    async (core, articleId) => void (await call(core, 'setStarred', { articleId, starred })),
    (article) => `${article.starred ? 'Starred' : 'Unstarred'} ${named(article)}`,
  );
}

export function likeCommand(context: KeepContext): Promise<void> {
  const liked = !context.flags.off;
  return changeArticle(
    context,
    'usage: tidings like <article-id> [--off] [--json]',
    async (core, articleId) => void (await call(core, 'setLiked', { articleId, liked })),
    (article) => `${article.liked ? 'Liked' : 'Unliked'} ${named(article)}`,
  );
}

export function noteCommand(context: KeepContext): Promise<void> {
  const usage = 'usage: tidings note <article-id> [TEXT | --clear] [--json]';
  const words = context.positionals.slice(1).join(' ');
  if (context.flags.clear && words) throw new UsageError(`give a note or --clear, not both\n${usage}`);
  const writing = Boolean(context.flags.clear) || words.length > 0;
  return changeArticle(
    context,
    usage,
    async (core, articleId) => {
      if (writing) await call(core, 'setNote', { articleId, note: context.flags.clear ? null : words });
    },
    (article) => (article.note === null ? `No note on ${named(article)}` : `Note on ${named(article)}: ${article.note}`),
  );
}

export function labelCommand(context: KeepContext): Promise<void> {
  const add = text(context.flags.add);
  const remove = text(context.flags.remove);
  return changeArticle(
    context,
    'usage: tidings label <article-id> [--add NAME] [--remove NAME] [--json]',
    async (core, articleId) => {
      if (add !== undefined || remove !== undefined) {
        await call(core, 'labelArticle', { articleId, add: add === undefined ? [] : [add], remove: remove === undefined ? [] : [remove] });
      }
    },
    (article) =>
      article.labels.length === 0
        ? `No labels on ${named(article)}`
        : `Labels on ${named(article)}: ${article.labels.map((label) => label.name).join(', ')}`,
  );
}

/** `tidings labels [--json]`: every label with how many articles carry it; --json [{id, name, count}]. */
export async function labelsCommand(context: KeepContext): Promise<void> {
  const core = openCore({ dbFile: context.dbFile });
  try {
    const { labels } = await call(core, 'listFeeds', {});
    if (context.flags.json) return printJson(labels);
    if (labels.length === 0) console.log('No labels yet');
    for (const label of labels) console.log(`${String(label.id).padStart(5)}  ${String(label.count).padStart(5)}  ${label.name}`);
  } finally {
    core.close();
  }
}
