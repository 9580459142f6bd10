// Rules prefilled from what a person points at: an article ("Make a rule from this…") or a word
// selected in the reader ("Mute this word").
import type { ArticleSummary } from '../../shared/model';
import type { RuleInput } from '../../shared/rules';

/** Its feed as the scope, and its title's words as one `contains` condition to trim. */
export function ruleFromArticle(article: ArticleSummary): RuleInput {
  const words = article.title.replace(/\s+/g, ' ').trim();
  return {
    name: `From “${words.slice(0, 60)}”`,
    scope: { feeds: [article.feedId] },
    match: 'all',
    conditions: [{ field: 'title', op: 'contains', value: words }],
    actions: ['hide'],
  };
}

/** Title or content contains the word → hidden, in every feed. */
export function muteRule(word: string): RuleInput {
  return {
    name: `Mute “${word}”`,
    match: 'any',
    conditions: [
      { field: 'title', op: 'contains', value: word },
      { field: 'content', op: 'contains', value: word },
    ],
    actions: ['hide'],
  };
}

/** A selection worth muting: one short run of text, not a paragraph. */
export function mutableWord(selected: string): string | null {
  const word = selected.replace(/\s+/g, ' ').trim();
  return word.length > 0 && word.length <= 60 ? word : null;
}
