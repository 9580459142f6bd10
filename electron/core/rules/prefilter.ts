// SQL that narrows a try-out to the stored articles a rule could match, so a million articles are
// not each read into JavaScript. It only ever keeps too many, never too few: every candidate is
// checked again by the compiled rule. A condition SQL cannot judge (a category, a pattern without
// required text, a word with letters SQLite's lower() leaves alone) narrows nothing.
import type { RuleCondition } from '../../../shared/rules';
import { mixedWordsCandidates, type SqlSelect } from './mixed-words-sql';
import { requiredText } from './required-text';
import { indexPhrases } from './word-phrases';

export interface SqlFilter {
  where: string;
  params: (string | number)[];
}

/** Columns of `articles a` each field reads; content is narrowed through the search index instead. */
const columns: Partial<Record<RuleCondition['field'], string[]>> = {
  title: ['a.title'],
  author: ['a.author'],
  link: ['a.link'],
};

// LIKE in SQLite folds A-Z only; for other letters its answer and JavaScript's can differ.
const ASCII = /^[\x20-\x7e]*$/;

function conditionSql(condition: RuleCondition): SqlFilter | null {
  if (condition.field === 'content' || condition.field === 'title') {
    const indexed = indexedSql(condition);
    if (condition.field === 'content' || indexed === null) return indexed ?? null;
    // The index picks the candidates; LIKE judges the titles it picked as JavaScript would.
    const exact = condition.op === 'matches' ? null : containsSql(['a.title'], condition.op === 'equals' ? condition.value.trim() : condition.value, condition.caseSensitive === true);
    return exact ? { where: `${indexed.where} AND (${exact.where})`, params: [...indexed.params, ...exact.params] } : indexed;
  }
  const fields = columns[condition.field];
  // `any` also reads categories and text; a category could be the match.
  if (!fields) return null;
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
export function containsSql(fields: readonly string[], needle: string, caseSensitive: boolean): SqlFilter | null {
  if (needle === '') return null;
  if (caseSensitive) {
    return { where: fields.map((column) => `instr(${column}, ?) > 0`).join(' OR '), params: fields.map(() => needle) };
  }
  if (!ASCII.test(needle)) return null;
  // LIKE folds A-Z itself, without lower() copying every title first (three times faster here).
  const like = `%${needle.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
  return { where: fields.map((column) => `${column} LIKE ? ESCAPE '\\'`).join(' OR '), params: fields.map(() => like) };
}

/**
 * Text is too much to read a million times in a second, so words in the content (and the title) are looked up in
 * the search index (migration 11) as a prefix phrase; articles past what the index has reached
 * are all candidates. The index finds words from their start, as search does: in a try-out, a
 * needle that begins inside a word of the text ("vert" in "advert") is not found, though at
 * ingest, where the text is at hand, it is (docs/decisions.md, "Rules"). A needle with no word
 * in it reads every article's text.
 */
export function indexedSql(condition: RuleCondition): SqlFilter | null {
  const column = condition.field === 'title' ? 'title' : 'text';
  if (condition.op === 'contains' || condition.op === 'equals') {
    const phrase = indexPhrase(condition.value);
    return phrase === null ? null : indexedMatch(`${column} : ${phrase}`);
  }
  if (condition.op !== 'matches') return null;
  // The pattern's words side by side where it spells them so (word-phrases.ts), else one query for
  // all it needs ("ferry" AND ("compass" OR "pier")); either way one index walk.
  const phrases = indexPhrases(condition.value, false);
  if (phrases) {
    const also = phrases.wordBounds ? mixedWordsCandidates(condition.field === 'title' ? 'title' : 'content', condition.value, condition.caseSensitive === true) : undefined;
    return indexedMatch(`${column} : (${phrases.query})`, also);
  }
  const sets = (requiredText(condition.value) ?? [])
    .map((set) => set.map(indexPhrase))
    .filter((phrases): phrases is string[] => phrases.every((phrase) => phrase !== null));
  if (sets.length === 0) return null;
  return indexedMatch(`${column} : (${sets.map((phrases) => `(${phrases.join(' OR ')})`).join(' AND ')})`);
}

/** A needle's words as a prefix phrase of the search index, or null when it starts with no word. */
function indexPhrase(needle: string): string | null {
  const trimmed = needle.trim();
  if (!/^[\p{L}\p{N}]/u.test(trimmed)) return null;
  const words = trimmed.match(/[\p{L}\p{N}]+/gu);
  if (!words || words.length === 0 || words.length > 20) return null;
  return `"${words.join(' ')}" *`;
}

/** The index's answer to `query`, the articles past its mark, and `also` (articles the index may be wrong about). */
export function indexedMatch(query: string, also?: SqlSelect): SqlFilter {
  // One IN over a union, so SQLite walks the index's answers (and the few rows past its mark)
  // by rowid instead of scanning every article.
  return {
    where: `a.id IN (SELECT rowid FROM article_search WHERE article_search MATCH ?
      UNION ALL SELECT id FROM articles WHERE id > (SELECT indexed_upto FROM search_progress)${also ? `
      UNION ALL ${also.select}` : ''})`,
    params: also ? [query, ...also.params] : [query],
  };
}

function orFilters(filters: readonly SqlFilter[]): SqlFilter {
  return { where: filters.map((filter) => `(${filter.where})`).join(' OR '), params: filters.flatMap((filter) => filter.params) };
}

export function andFilters(...filters: (SqlFilter | null)[]): SqlFilter | null {
  const present = filters.filter((filter): filter is SqlFilter => filter !== null);
  if (present.length === 0) return null;
  return { where: present.map((filter) => `(${filter.where})`).join(' AND '), params: present.flatMap((filter) => filter.params) };
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
