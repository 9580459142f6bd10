// A rule compiled once: its conditions become functions over an article's fields, its pattern an
// RE2 program. A pattern RE2 refuses is refused here, so a bad rule is never saved.
import type { Rule, RuleAction, RuleCondition, RuleDefinition, RuleScope } from '../../../shared/rules';
import type { RuleArticle } from './article-fields';
import { compilePattern } from './pattern';
import { requiredText } from './required-text';

export type RuleScopeTest =
  | { kind: 'all' }
  | { kind: 'feeds'; feedIds: ReadonlySet<number> }
  /** A folder path as written, "Tech/Web", matching that folder and the ones below it. */
  | { kind: 'folder'; path: string };

export interface CompiledRule {
  id: number;
  name: string;
  scope: RuleScopeTest;
  actions: readonly RuleAction[];
  stop: boolean;
  /** Whether the article meets the rule's conditions (the scope is checked apart). */
  matches(article: RuleArticle): boolean;
  conditions: readonly RuleCondition[];
  match: 'all' | 'any';
}

type Matcher = (article: RuleArticle) => boolean;

export function compileRule(rule: RuleDefinition & { id?: number }): CompiledRule {
  const matchers = rule.conditions.map(compileCondition);
  const matches: Matcher =
    rule.match === 'any'
      ? (article) => matchers.some((matcher) => matcher(article))
      : (article) => matchers.every((matcher) => matcher(article));
  return {
    id: rule.id ?? 0,
    name: rule.name,
    scope: scopeTest(rule.scope),
    actions: rule.actions,
    stop: rule.stop,
    matches,
    conditions: rule.conditions,
    match: rule.match,
  };
}

/** Every rule, in order; throws for the first one that cannot compile (none should: each was checked when saved). */
export function compileRules(rules: readonly Rule[]): CompiledRule[] {
  return rules.filter((rule) => rule.enabled).map(compileRule);
}

/** A folder path as the rule's scope compares it: "Tech / Web/" is "Tech/Web". */
export function normalFolderPath(path: string): string {
  return path
    .split('/')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .join('/');
}

function scopeTest(scope: RuleScope | undefined): RuleScopeTest {
  if (!scope) return { kind: 'all' };
  if ('feeds' in scope) return { kind: 'feeds', feedIds: new Set(scope.feeds) };
  return { kind: 'folder', path: normalFolderPath(scope.folder) };
}

/** Whether a feed (in the folder at `folderPath`, "" at the top) is in the rule's scope. */
export function inScope(scope: RuleScopeTest, feedId: number, folderPath: string): boolean {
  switch (scope.kind) {
    case 'all':
      return true;
    case 'feeds':
      return scope.feedIds.has(feedId);
    case 'folder':
      return folderPath === scope.path || folderPath.startsWith(`${scope.path}/`);
  }
}

/** A plain string as a JavaScript pattern: no quantifier nests in it, so nothing can backtrack badly. */
export function literalPattern(texts: readonly string[], caseSensitive: boolean): RegExp {
  return new RegExp(texts.map((text) => text.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&')).join('|'), caseSensitive ? '' : 'i');
}

function compileCondition(condition: RuleCondition): Matcher {
  const { field, op, value } = condition;
  const caseSensitive = condition.caseSensitive === true;
  switch (op) {
    // Found by V8's own search for a literal, which ignores case without copying the text lower-cased.
    case 'contains': {
      const needle = literalPattern([value], caseSensitive);
      return (article) => article.values(field).some((text) => needle.test(text));
    }
    case 'notContains': {
      const needle = literalPattern([value], caseSensitive);
      return (article) => !article.values(field).some((text) => needle.test(text));
    }
    case 'equals': {
      const wanted = (caseSensitive ? value : value.toLowerCase()).trim();
      return (article) =>
        (caseSensitive ? article.values(field) : article.lowerValues(field)).some((text) => text.trim() === wanted);
    }
    case 'matches': {
      const pattern = compilePattern(value, caseSensitive);
      // RE2 runs only on text that holds what the pattern cannot match without (required-text.ts).
      const needed = requiredText(value)?.map((set) => literalPattern(set, caseSensitive)) ?? null;
      if (needed === null) return (article) => article.values(field).some((text) => pattern.test(text));
      return (article) => article.values(field).some((text) => needed.every((set) => set.test(text)) && pattern.test(text));
    }
    case 'notMatches': {
      // No screen: an article is matched by lacking something, so every one is read.
      const pattern = compilePattern(value, caseSensitive);
      return (article) => !article.values(field).some((text) => pattern.test(text));
    }
  }
}
