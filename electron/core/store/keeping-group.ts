// store.keeping: what the person keeps of an article: likes, notes, labels.
import type { ArticleId, Label, LabelId, LabelSummary } from '../../../shared/model';
import type { Db } from './database';
import * as keeping from './keeping';
import type { Store } from './index';

export class Keeping {
  constructor(
    private readonly db: Db,
    private readonly clock: () => number,
    private readonly store: Store,
  ) {}

  setLiked(id: ArticleId, liked: boolean): number {
    this.store.articles.get(id); // not_found for an unknown id, rather than "0 changed"
    return keeping.setLiked(this.db, id, liked, this.clock());
  }

  setNote(id: ArticleId, note: string | null): number {
    this.store.articles.get(id);
    return keeping.setNote(this.db, id, note, this.clock());
  }

  label(id: ArticleId, add: readonly string[], remove: readonly string[]): Label[] {
    this.store.articles.get(id);
    return this.db.transaction(() => keeping.labelArticle(this.db, id, add, remove))();
  }

  labels(): LabelSummary[] {
    return keeping.labelSummaries(this.db);
  }

  renameLabel(id: LabelId, name: string): LabelSummary {
    return keeping.renameLabel(this.db, id, name);
  }

  deleteLabel(id: LabelId): boolean {
    return keeping.deleteLabel(this.db, id);
  }
}
