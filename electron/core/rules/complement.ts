// "Everything except X": a try-out of a rule with notMatches / notContains counts the articles in
// scope that surely lack X in SQL, and reads into JavaScript only those that may hold it. Without
// this every article in scope was read and run through RE2 (10 s of CPU for a million texts).
//
// For each negative condition, SQL says which articles may hold X ("maybe"): an exact test where
// SQL judges as JavaScript does (a plain word, ASCII or matched by case: LIKE / instr), else a
// superset (a pattern's words through the index when they bound exact phrases, word-phrases.ts; or
// the text the pattern cannot match without, required-text.ts, with LIKE). An article outside every
// "maybe" meets every negative condition; one inside an exact "maybe" fails its condition; the rest
// are decided by the compiled rule. Positive conditions take part only when SQL judges them exactly
// (plain words); a rule of plain words alone is then counted and listed in SQL, no row read here.
import type { RuleCondition } from '../../../shared/rules';
import type { Rules } from '../store/rules';
import { RuleArticle } from './article-fields';
import type { CompiledRule } from './compile';
import { likeFolded, mixedWordsCandidates, requiredTextFilter } from './mixed-words-sql';
import { andFilters, containsSql, indexedMatch, indexedSql, type SqlFilter } from './prefilter';
import { indexPhrases } from './word-phrases';

export interface Complement {
  count: number;
  /** Newest stored first, at most `limit`. */
  ids: number[];
}

interface MaybeHolds {
  filter: SqlFilter;
  /** True when the filter holds for exactly the articles with X; false when for more. */
  exact: boolean;
}

const columnOf: Partial<Record<RuleCondition['field'], string>> = {
  title: 'a.title',
  author: "ifnull(a.author, '')",
  link: "ifnull(a.link, '')",
  content: "ifnull((SELECT c.text FROM article_content c WHERE c.article_id = a.id), '')",
};

/**
 * The rule's matches counted as the complement of what it excludes; null when the rule is not of
 * that shape (match any, or a condition SQL cannot bound).
 */
export function complementTry(rules: Rules, rule: CompiledRule, scope: SqlFilter | null, limit: number): Complement | null {
  if (rule.match !== 'all') return null;
  const exactPositives: SqlFilter[] = [];
  const excluded: SqlFilter[] = [];
  const undecided: SqlFilter[] = [];
  for (const condition of rule.conditions) {
    if (condition.op === 'notContains' || condition.op === 'notMatches') {
      const maybe = maybeHolds(condition);
      if (maybe === null) return null;
      (maybe.exact ? excluded : undecided).push(maybe.filter);
    } else if (condition.op === 'contains') {
      const exact = containsExactly(condition, scope !== null);
      if (exact === null) return null;
      exactPositives.push(exact);
    } else {
      return null;
    }
  }
  const base = andFilters(scope, ...exactPositives, ...excluded.map(not));
  const mayMatch = undecided.length === 0 ? null : andFilters(base, anyOf(undecided));
  const checked: number[] = [];
  let mayCount = 0;
  if (mayMatch) {
    const reads = { text: rule.conditions.some((c) => c.field === 'content'), categories: false };
    for (const row of rules.storedArticles(mayMatch, reads)) {
      mayCount++;
      if (rule.matches(new RuleArticle({ ...row, categories: [] }))) checked.push(row.id);
    }
  }
  // The rest of the base surely matches: counted whole, less the rows read above (which the
  // base holds), without a second pass over them.
  const surely = rules.countStored(base) - mayCount;
  const sure = andFilters(base, ...(undecided.length === 0 ? [] : [not(anyOf(undecided))]));
  const ids = [...rules.storedIdsNewestFirst(sure, limit), ...checked].sort((a, b) => b - a).slice(0, limit);
  return { count: surely + checked.length, ids };
}

const anyOf = (filters: readonly SqlFilter[]): SqlFilter => ({
  where: filters.map((filter) => `(${filter.where})`).join(' OR '),
  params: filters.flatMap((filter) => filter.params),
});

/** The filter's complement; every column a filter reads here is non-NULL (columnOf), so NOT is exact. */
const not = (filter: SqlFilter): SqlFilter => ({ where: `NOT (${filter.where})`, params: filter.params });

/**
 * The articles holding a plain word, judged as JavaScript does (LIKE / instr). Through the index
 * first where that reads fewer rows: in the text always, in the title when every feed is in scope
 * (for a folder, LIKE on its articles' titles is cheaper than the word's whole list in the index).
 * Through the index a word is found from a word's start, as before (docs/decisions.md, "Rules").
 */
function containsExactly(condition: RuleCondition, scoped: boolean): SqlFilter | null {
  const column = columnOf[condition.field];
  const exact = column === undefined ? null : containsSql([column], condition.value, condition.caseSensitive === true);
  if (exact === null) return null;
  const indexed = condition.field === 'content' || (condition.field === 'title' && !scoped) ? indexedSql(condition) : null;
  return indexed ? (andFilters(indexed, exact) as SqlFilter) : exact;
}

/** Which articles may hold what the negative condition excludes; null when SQL cannot bound it. */
function maybeHolds(condition: RuleCondition): MaybeHolds | null {
  const column = columnOf[condition.field];
  if (column === undefined) return null;
  const caseSensitive = condition.caseSensitive === true;
  if (condition.op === 'notContains') {
    const exact = containsSql([column], condition.value, caseSensitive);
    return exact && { filter: exact, exact: true };
  }
  const literals = literalAlternatives(condition.value);
  if (literals) {
    const parts = literals.map((text) => (caseSensitive ? containsSql([column], text, true) : re2Folded(column, text)));
    if (parts.every((part) => part !== null)) return { filter: anyOf(parts as SqlFilter[]), exact: true };
  }
  if (condition.field === 'title' || condition.field === 'content') {
    const phrases = indexPhrases(condition.value, true);
    if (phrases?.exact) {
      const also = phrases.wordBounds ? mixedWordsCandidates(condition.field, condition.value, caseSensitive) : undefined;
      return { filter: indexedMatch(`${condition.field === 'title' ? 'title' : 'text'} : (${phrases.query})`, also), exact: false };
    }
  }
  const needs = requiredTextFilter(column, condition.value, caseSensitive);
  return needs && { filter: needs, exact: false };
}

/**
 * Exactly whether the column holds `text` as RE2 ignoring case finds it: LIKE folds ASCII letters
 * alike, but RE2 also takes the Kelvin sign for "k" and the long s "ſ" for "s"; for a text with
 * those letters a GLOB with each letter's three forms decides the rows LIKE's wildcard lets by.
 */
function re2Folded(column: string, text: string): SqlFilter | null {
  const plain = containsSql([column], text, false);
  if (plain === null || !/[ks]/i.test(text)) return plain;
  const wide = likeFolded(column, text) as SqlFilter;
  const glob = `*${[...text].map(globForms).join('')}*`;
  return { where: `(${plain.where}) OR ((${wide.where}) AND ${column} GLOB ?)`, params: [...plain.params, ...wide.params, glob] };
}

/** The forms RE2 ignoring case takes for one ASCII character, as GLOB reads them. */
function globForms(char: string): string {
  const lower = char.toLowerCase();
  if (lower === 'k') return '[kK\u212a]';
  if (lower === 's') return '[sS\u017f]';
  if (/[a-z]/.test(lower)) return `[${lower}${lower.toUpperCase()}]`;
  return /[*?[\]]/.test(char) ? `[${char}]` : char;
}

/** "kelp|brine|sea\\.salt": the plain texts a pattern is one of; null for a pattern with anything else in it. */
function literalAlternatives(pattern: string): string[] | null {
  const texts: string[] = [];
  for (const alternative of pattern.split('|')) {
    let text = '';
    for (let at = 0; at < alternative.length; at++) {
      const char = alternative[at] as string;
      if (char === '\\') {
        const next = alternative[at + 1] ?? '';
        if (!/[!-/:-@[-`{-~]/.test(next)) return null;
        text += next;
        at++;
      } else if (/[.^$|?*+()[\]{}]/.test(char) || !/[\x20-\x7e]/.test(char)) {
        return null;
      } else {
        text += char;
      }
    }
    if (text === '') return null;
    texts.push(text);
  }
  return texts;
}
