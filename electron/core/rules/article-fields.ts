// What a rule's conditions read of an article. Each field's text is lower-cased at most once per
// article, however many rules ask, since most conditions ignore case.
import type { RuleField } from '../../../shared/rules';

export interface RuleArticleSource {
  id: number;
  feedId: number;
  title: string;
  /** The article's plain text, tags stripped. */
  text: string;
  author: string | null;
  link: string | null;
  categories: readonly string[];
}

export type OneField = Exclude<RuleField, 'any'>;
export const oneFields: readonly OneField[] = ['title', 'content', 'author', 'link', 'category'];

const noValues: readonly string[] = [];

/** One field's values as written: one for most fields (none for a missing author or link), one per category. */
export function oneFieldValues(source: RuleArticleSource, field: OneField): readonly string[] {
  switch (field) {
    case 'title':
      return [source.title];
    case 'content':
      return [source.text];
    case 'author':
      return source.author === null ? noValues : [source.author];
    case 'link':
      return source.link === null ? noValues : [source.link];
    case 'category':
      return source.categories;
  }
}

export class RuleArticle {
  private readonly lowered = new Map<RuleField, readonly string[]>();

  constructor(readonly source: RuleArticleSource) {}

  get id(): number {
    return this.source.id;
  }

  get feedId(): number {
    return this.source.feedId;
  }

  private readonly written = new Map<RuleField, readonly string[]>();

  /** The field's values as written: one for most fields, one per category, all of them for `any`. */
  values(field: RuleField): readonly string[] {
    let values = this.written.get(field);
    if (!values) {
      values = this.read(field);
      this.written.set(field, values);
    }
    return values;
  }

  private read(field: RuleField): readonly string[] {
    return field === 'any' ? oneFields.flatMap((one) => this.values(one)) : oneFieldValues(this.source, field);
  }

  lowerValues(field: RuleField): readonly string[] {
    let values = this.lowered.get(field);
    if (!values) {
      values = this.values(field).map((value) => value.toLowerCase());
      this.lowered.set(field, values);
    }
    return values;
  }
}
