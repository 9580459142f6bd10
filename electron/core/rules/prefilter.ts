// SQL that narrows a try-out to the stored articles a rule could match, so a million articles are
// not each read into JavaScript. It only ever keeps too many, never too few: every candidate is
// checked again by the compiled rule. A condition SQL cannot judge (a category, a pattern without
// required text, a word with letters SQLite's lower() leaves alone) narrows nothing.
import type { RuleCondition } from '../../../shared/rules';
import { requiredText } from './required-text';

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
  if (condition.op === 'matches') {
    const needed = requiredText(condition.value);
    if (needed === null) return null;
    // Each set narrows on its own; the sets that SQL can judge are all required.
    const sets = needed
      .map((set) => set.map((text) => containsSql(fields, text, condition.caseSensitive === true)))
      .filter((parts): parts is SqlFilter[] => parts.every((part) => part !== null))
      .map(orFilters);
    if (sets.length === 0) return null;
    return { where: sets.map((set) => `(${set.where})`).join(' AND '), params: sets.flatMap((set) => set.params) };
  }
  if (condition.op !== 'contains' && condition.op !== 'equals') return null;
  const needle = condition.op === 'equals' ? condition.value.trim() : condition.value;
  return containsSql(fields, needle, condition.caseSensitive === true);
}

/** True for a row where one of the columns holds `needle`; null when SQL cannot tell as JavaScript would. */
function containsSql(fields: readonly string[], needle: string, caseSensitive: boolean): SqlFilter | null {
  if (needle === '') return null;
  if (caseSensitive) {
    return { where: fields.map((column) => `instr(${column}, ?) > 0`).join(' OR '), params: fields.map(() => needle) };
  }
  if (!ASCII.test(needle)) return null;
  const lowered = needle.toLowerCase();
  return { where: fields.map((column) => `instr(lower(${column}), ?) > 0`).join(' OR '), params: fields.map(() => lowered) };
}

function orFilters(filters: readonly SqlFilter[]): SqlFilter {
  return { where: filters.map((filter) => `(${filter.where})`).join(' OR '), params: filters.flatMap((filter) => filter.params) };
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
