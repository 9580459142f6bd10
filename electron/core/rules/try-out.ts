// A rule against the articles already stored: which match (changing nothing), and applying it
// once to them. SQL narrows the candidates (prefilter.ts); the compiled rule decides.
import type { RuleDefinition } from '../../../shared/rules';
import type { Rules } from '../store/rules';
import { RuleArticle } from './article-fields';
import { performActions, type ActionTargets } from './actions';
import { compileRule, inScope, type CompiledRule } from './compile';
import { complementTry } from './complement';
import { andFilters, conditionsFilter, type SqlFilter } from './prefilter';

export interface TryOutcome {
  count: number;
  /** Matching article ids, newest stored first, at most `limit` of them. */
  ids: number[];
}

export function tryRule(rules: Rules, rule: RuleDefinition & { id?: number }, limit = 1000): TryOutcome {
  const compiled = compileRule(rule);
  const scope = scopeFilter(rules, compiled);
  if (scope === 'none') return { count: 0, ids: [] };
  const complement = complementTry(rules, compiled, scope, limit);
  if (complement) return complement;
  const ids = matchingIds(rules, compiled);
  ids.sort((a, b) => b - a);
  return { count: ids.length, ids: ids.slice(0, limit) };
}

/** Runs the rule's actions on every stored article it matches, in one transaction; answers how many changed. */
export function applyRule(targets: ActionTargets, rule: RuleDefinition & { id: number }): { matched: number; changed: number } {
  const compiled = compileRule(rule);
  const ids = matchingIds(targets.rules, compiled);
  let changed = 0;
  targets.rules.transaction(() => {
    for (const id of ids) if (performActions(targets, id, compiled.id, compiled.actions, false).changed) changed++;
  });
  return { matched: ids.length, changed };
}

function matchingIds(rules: Rules, rule: CompiledRule): number[] {
  const scope = scopeFilter(rules, rule);
  if (scope === 'none') return [];
  const complement = complementTry(rules, rule, scope, Number.POSITIVE_INFINITY);
  if (complement) return complement.ids;
  const readsText = rule.conditions.some((condition) => condition.field === 'content' || condition.field === 'any');
  const readsCategories = rule.conditions.some((condition) => condition.field === 'category' || condition.field === 'any');
  const ids: number[] = [];
  for (const row of rules.storedArticles(andFilters(scope, conditionsFilter(rule)), { text: readsText, categories: readsCategories })) {
    const article = new RuleArticle({ ...row, categories: row.categories ? row.categories.split('\n') : [] });
    if (rule.matches(article)) ids.push(row.id);
  }
  return ids;
}

/** The feeds in the rule's scope as SQL; 'none' when no feed is. */
function scopeFilter(rules: Rules, rule: CompiledRule): SqlFilter | null | 'none' {
  if (rule.scope.kind === 'all') return null;
  const feedIds =
    rule.scope.kind === 'feeds'
      ? [...rule.scope.feedIds]
      : rules.feedFolderPaths().filter((feed) => inScope(rule.scope, feed.id, feed.path)).map((feed) => feed.id);
  if (feedIds.length === 0) return 'none';
  return { where: 'a.feed_id IN (SELECT value FROM json_each(?))', params: [JSON.stringify(feedIds)] };
}
