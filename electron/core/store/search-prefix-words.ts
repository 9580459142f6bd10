// The words a page of hits holds that begin with a searched prefix. Without prefix indexes
// (migration 15) FTS5 answers `"ti" *` by merging the doclist of every word beginning "ti", all of
// it, whatever rows are asked for: in a million articles a word in every article makes that 80 ms.
// Marking the page's words asked the index for the prefix a second time; asking for the page's own
// words instead ("tide" OR "tiding") reads only their entries for those rows.

/** More words than this on one page for one prefix, and the prefix is asked for itself. */
const MAX_PAGE_WORDS = 64;

/** A word as unicode61 with `remove_diacritics 2` indexes it: lower case, diacritics off. */
export function indexedForm(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * The distinct words of `texts` that begin with `prefix`, as the index keeps them; null when the
 * prefix is not one word or the page holds too many such words. Words are split as unicode61
 * splits them (letters, numbers and private-use characters make words): a word this misses is
 * only left unmarked.
 */
export function wordsWithPrefix(texts: readonly string[], prefix: string): string[] | null {
  const start = indexedForm(prefix);
  if (!/^[\p{L}\p{N}]+$/u.test(start)) return null;
  const words = new Set<string>();
  for (const text of texts) {
    for (const match of text.matchAll(/[\p{L}\p{N}\p{Co}]+/gu)) {
      const word = indexedForm(match[0]);
      if (!word.startsWith(start)) continue;
      words.add(word);
      if (words.size > MAX_PAGE_WORDS) return null;
    }
  }
  return words.size === 0 ? null : [...words];
}
