// store.articles: listing and reading articles, and marking them read or starred.
import type { Article, ArticleId, ArticlePage, ArticleScope, ListOrder } from '../../../shared/model';
import { TidingsError } from '../../../shared/errors';
import * as articles from './articles';
import type { Db } from './database';
import { stateListOf } from './keeping';
import { feedIdsOf } from './scope-feeds';

export class Articles {
  constructor(
    private readonly db: Db,
    private readonly clock: () => number,
  ) {}

  list(input: { scope: ArticleScope; unreadOnly: boolean; order?: ListOrder; cursor?: string | null; limit: number }): ArticlePage {
    return articles.listArticles(this.db, {
      feedIds: feedIdsOf(this.db, input.scope),
      kept: stateListOf(input.scope),
      unreadOnly: input.unreadOnly || input.scope.kind === 'unread',
      order: input.order ?? 'newest',
      cursor: input.cursor ?? null,
      limit: input.limit,
    });
  }

  get(id: ArticleId): Article {
    const article = articles.getArticle(this.db, id);
    if (!article) throw new TidingsError('not_found', `no article with id ${id}`);
    return article;
  }

  setRead(ids: readonly ArticleId[], read: boolean): number {
    return this.db.transaction(() => articles.setRead(this.db, ids, read, this.clock()))();
  }

  setStarred(id: ArticleId, starred: boolean): number {
    return articles.setStarred(this.db, id, starred, this.clock());
  }

  /** With `olderThanDays`, only articles listed at least that many days ago. */
  markAllRead(scope: ArticleScope, olderThanDays?: number): number {
    return articles.markAllRead(this.db, feedIdsOf(this.db, scope), stateListOf(scope), this.listedBefore(olderThanDays));
  }

  /** markAllRead, answering what it changed so that markUnreadAgain can take it back. */
  markAllReadUndoable(scope: ArticleScope, olderThanDays?: number): articles.ReadMarks {
    return articles.markAllReadReturning(this.db, feedIdsOf(this.db, scope), stateListOf(scope), this.listedBefore(olderThanDays));
  }

  /** Undoes a markAllReadUndoable, but not for articles read on their own since. */
  markUnreadAgain(marks: articles.ReadMarks): number {
    return articles.markUnreadAgain(this.db, marks);
  }

  /** The list time before which a mark of "older than N days" takes articles; null: all of them. */
  private listedBefore(olderThanDays: number | undefined): number | null {
    return olderThanDays === undefined ? null : this.clock() - olderThanDays * 86_400_000;
  }
}
