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
  return matching(rules, compileRule(rule), limit);
}

/** Runs the rule's actions on every stored article it matches, in one transaction; answers how many changed. */
export function applyRule(targets: ActionTargets, rule: RuleDefinition & { id: number }): { matched: number; changed: number } {
  const compiled = compileRule(rule);
  const { ids } = matching(targets.rules, compiled, Number.POSITIVE_INFINITY);
  let changed = 0;
  targets.rules.transaction(() => {
    for (const id of ids) if (performActions(targets, id, compiled.id, compiled.actions, false).changed) changed++;
  });
  return { matched: ids.length, changed };
}

function matching(rules: Rules, rule: CompiledRule, limit: number): TryOutcome {
  const scope = scopeFilter(rules, rule);
  if (scope === 'none') return { count: 0, ids: [] };
  // Plain words and "everything except X" are counted in SQL (complement.ts); the rest read here.
  const inSql = complementTry(rules, rule, scope, limit);
  if (inSql) return inSql;
  const readsText = rule.conditions.some((condition) => condition.field === 'content' || condition.field === 'any');
  const readsCategories = rule.conditions.some((condition) => condition.field === 'category' || condition.field === 'any');
  const ids: number[] = [];
  for (const row of rules.storedArticles(andFilters(scope, conditionsFilter(rule)), { text: readsText, categories: readsCategories })) {
    const article = new RuleArticle({ ...row, categories: row.categories ? row.categories.split('\n') : [] });
    if (rule.matches(article)) ids.push(row.id);
  }
  ids.sort((a, b) => b - a);
  return { count: ids.length, ids: ids.slice(0, limit) };
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
