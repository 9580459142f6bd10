// SQL that narrows a try-out to the stored articles a rule could match, so a million articles are
// not each read into JavaScript. It only ever keeps too many, never too few: every candidate is
// checked again by the compiled rule. A condition SQL cannot judge (a pattern, a category, a word
// with letters SQLite's lower() leaves alone) narrows nothing.
import type { RuleCondition } from '../../../shared/rules';

export interface SqlFilter {
  where: string;
  params: (string | number)[];
}

/** Columns of `articles a` and `article_content c` each field reads. */
const columns: Partial<Record<RuleCondition['field'], string[]>> = {
  title: ['a.title'],
  author: ['a.author'],
  link: ['a.link'],
  content: ['c.text'],
  any: ['a.title', 'a.author', 'a.link', 'c.text'],
};

// lower() in SQLite folds A-Z only; for other letters its answer and JavaScript's can differ.
const ASCII = /^[\x20-\x7e]*$/;

function conditionSql(condition: RuleCondition): SqlFilter | null {
  const fields = columns[condition.field];
  // `any` also reads categories, which SQL here does not see; a category could be the match.
  if (!fields || condition.field === 'any') return null;
  if (condition.op !== 'contains' && condition.op !== 'equals') return null;
  const needle = condition.op === 'equals' ? condition.value.trim() : condition.value;
  if (needle === '') return null;
  if (condition.caseSensitive) {
    return { where: fields.map((column) => `instr(${column}, ?) > 0`).join(' OR '), params: fields.map(() => needle) };
  }
  if (!ASCII.test(needle)) return null;
  const lowered = needle.toLowerCase();
  return { where: fields.map((column) => `instr(lower(${column}), ?) > 0`).join(' OR '), params: fields.map(() => lowered) };
}

/** The rule's conditions as SQL where they allow it; null when every article must be looked at. */
export function conditionsFilter(rule: { conditions: readonly RuleCondition[]; match: 'all' | 'any' }): SqlFilter | null {
  const parts = rule.conditions.map(conditionSql);
  const usable = parts.filter((part): part is SqlFilter => part !== null);
  if (rule.match === 'any' && usable.length < parts.length) return null;
  if (usable.length === 0) return null;
  return {
    where: usable.map((part) => `(${part.where})`).join(rule.match === 'any' ? ' OR ' : ' AND '),
    params: usable.flatMap((part) => part.params),
  };
}

export function andFilters(...filters: (SqlFilter | null)[]): SqlFilter | null {
  const present = filters.filter((filter): filter is SqlFilter => filter !== null);
  if (present.length === 0) return null;
  return { where: present.map((filter) => `(${filter.where})`).join(' AND '), params: present.flatMap((filter) => filter.params) };
}
