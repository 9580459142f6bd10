// `tidings star|like|note|label <article-id>` and `tidings labels`: keeping articles from the
// command line, through the same handlers the UI calls. Each --json prints the article's kept
// state afterwards: {id, title, starred, liked, note, labels}.
import type { CallInput, CallName, CallOutput } from '../../shared/contract';
import { dispatch, unwrap } from '../../shared/dispatch';
import type { Article } from '../../shared/model';
import type { Core } from '../core/core';
import { openCliCore } from './context';
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

/** Opens the core, changes each article named, and prints what each keeps now. */
async function changeArticles(
  context: KeepContext,
  usage: string,
  given: readonly string[],
  change: (core: Core, articleId: number) => Promise<void>,
  describe: (article: Article) => string,
): Promise<void> {
  if (given.length === 0) throw new UsageError(usage);
  // Every id is checked before anything changes, so a typo in the second does not leave the first half done.
  const articleIds = given.map((id) => positiveInt(id, 'the article id') as number);
  const core = openCliCore(context);
  for (const notice of core.notices) process.stderr.write(`tidings: warning: ${notice.message}\n`);
  try {
    for (const articleId of articleIds) await call(core, 'getArticle', { articleId });
    const articles: Article[] = [];
    for (const articleId of articleIds) {
      await change(core, articleId);
      articles.push(await call(core, 'getArticle', { articleId }));
    }
    // One id prints one object, as it always did; several print a list.
    if (context.flags.json) return printJson(articles.length === 1 ? keptJson(articles[0] as Article) : articles.map(keptJson));
    for (const article of articles) console.log(describe(article));
  } finally {
    core.close();
  }
}

/** note and label take one article; a second id would otherwise be silently ignored (label) or read as text. */
function oneArticle(context: KeepContext, usage: string, extra: 'text' | 'none'): string[] {
  const ids = context.positionals.slice(0, 1);
  if (extra === 'none' && context.positionals.length > 1) throw new UsageError(`one article at a time: ${usage.replace(/^usage: /, '')}`);
  return ids;
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
  return changeArticles(
    context,
    'usage: tidings star <article-id>... [--off] [--json]',
    context.positionals,
    async (core, articleId) => void (await call(core, 'setStarred', { articleId, starred })),
    (article) => `${article.starred ? 'Starred' : 'Unstarred'} ${named(article)}`,
  );
}

export function likeCommand(context: KeepContext): Promise<void> {
  const liked = !context.flags.off;
  return changeArticles(
    context,
    'usage: tidings like <article-id>... [--off] [--json]',
    context.positionals,
    async (core, articleId) => void (await call(core, 'setLiked', { articleId, liked })),
    (article) => `${article.liked ? 'Liked' : 'Unliked'} ${named(article)}`,
  );
}

export function noteCommand(context: KeepContext): Promise<void> {
  const usage = 'usage: tidings note <article-id> [TEXT | --clear] [--json]';
  const words = context.positionals.slice(1).join(' ');
  if (context.flags.clear && words) throw new UsageError(`give a note or --clear, not both\n${usage}`);
  const writing = Boolean(context.flags.clear) || words.length > 0;
  return changeArticles(
    context,
    usage,
    oneArticle(context, usage, 'text'),
    async (core, articleId) => {
      if (writing) await call(core, 'setNote', { articleId, note: context.flags.clear ? null : words });
    },
    (article) => (article.note === null ? `No note on ${named(article)}` : `Note on ${named(article)}: ${article.note}`),
  );
}

export function labelCommand(context: KeepContext): Promise<void> {
  const add = text(context.flags.add);
  const remove = text(context.flags.remove);
  const usage = 'usage: tidings label <article-id> [--add NAME] [--remove NAME] [--json]';
  return changeArticles(
    context,
    usage,
    oneArticle(context, usage, 'none'),
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
  const core = openCliCore(context);
  try {
    const { labels } = await call(core, 'listFeeds', {});
    if (context.flags.json) return printJson(labels);
    if (labels.length === 0) return console.log('No labels yet');
    console.log(`${'id'.padStart(5)}  ${'count'.padStart(5)}  label`);
    for (const label of labels) console.log(`${String(label.id).padStart(5)}  ${String(label.count).padStart(5)}  ${label.name}`);
  } finally {
    core.close();
  }
}
