// The articles a try-out must read besides the index's answer when that answer counts on a `\b`
// bounding a word (word-phrases.ts): those with mixed words, or stored before the flag was kept
// (migration 16: NULL), narrowed by the text the pattern cannot match without, judged as RE2
// would (a superset). The partial index lists the flagged rows, so a library whose words are
// ASCII reads next to none; one stored before the flag reads what LIKE over every text read before.
import { requiredText } from './required-text';
import type { SqlFilter } from './prefilter';

/** A SELECT of article ids with its parameters. */
export interface SqlSelect {
  select: string;
  params: (string | number)[];
}

/** The articles with mixed words (or not known) that may hold what the pattern needs in the field. */
export function mixedWordsCandidates(field: 'title' | 'content', pattern: string, caseSensitive: boolean): SqlSelect {
  const needs = requiredTextFilter(field === 'title' ? 't.title' : 'c.text', pattern, caseSensitive);
  return {
    select: `SELECT c.article_id FROM article_content c${field === 'title' ? ' JOIN articles t ON t.id = c.article_id' : ''}
      WHERE c.mixed_words IS NOT 0${needs ? ` AND (${needs.where})` : ''}`,
    params: needs?.params ?? [],
  };
}

/**
 * The rows whose column holds the text the pattern cannot match without (required-text.ts), as
 * RE2 would find it (a superset); null when the pattern needs no text SQL can look for.
 */
export function requiredTextFilter(column: string, pattern: string, caseSensitive: boolean): SqlFilter | null {
  const sets = (requiredText(pattern) ?? [])
    .map((set) => set.map((text) => (caseSensitive ? instr(column, text) : likeFolded(column, text))))
    .filter((parts): parts is SqlFilter[] => parts.every((part) => part !== null));
  if (sets.length === 0) return null;
  return {
    where: sets.map((parts) => `(${parts.map((part) => `(${part.where})`).join(' OR ')})`).join(' AND '),
    params: sets.flatMap((parts) => parts.flatMap((part) => part.params)),
  };
}

const instr = (column: string, text: string): SqlFilter | null => (text === '' ? null : { where: `instr(${column}, ?) > 0`, params: [text] });

/**
 * Whether the column may hold `text` as RE2 ignoring case finds it: RE2 also takes the Kelvin sign
 * for "k" and the long s "ſ" for "s", which LIKE does not fold, so LIKE's one-character wildcard
 * stands in for those letters (it keeps too many, never too few). null for other than ASCII text.
 */
export function likeFolded(column: string, text: string): SqlFilter | null {
  if (text === '' || !/^[\x20-\x7e]*$/.test(text)) return null;
  const like = `%${text.replace(/[\\%_]/g, (char) => `\\${char}`).replace(/[ks]/gi, '_')}%`;
  return { where: `${column} LIKE ? ESCAPE '\\'`, params: [like] };
}
