// Rules at ingest: run in order on each article a refresh stores for the first time, inside the
// refresh's transaction, so the feed lands with its unread count already right. The compiled
// rules are kept until the rules table's version moves (any connection's change moves it).
import type { ParsedItem } from '../feed-types';
import { htmlToText } from '../sanitize/text';
import type { Rules } from '../store/rules';
import { RuleArticle } from './article-fields';
import { performActions, type ActionTargets } from './actions';
import { compileRules, inScope, type CompiledRule } from './compile';
import { ruleGate, type RuleGate } from './rule-gate';

interface CompiledRules {
  version: number;
  rules: CompiledRule[];
  gate: RuleGate;
}

export class RuleEngine {
  private compiled: CompiledRules | null = null;

  constructor(private readonly targets: ActionTargets) {}

  /** The enabled rules, compiled; a pragma-cheap read of one row when nothing changed. */
  private current(): CompiledRules {
    const version = this.targets.rules.version();
    if (this.compiled?.version !== version) {
      const rules = compileRules(this.targets.rules.list());
      this.compiled = { version, rules, gate: ruleGate(rules) };
    }
    return this.compiled;
  }

  /** Call before storing a feed's items; pass the answer to `afterStore`. */
  beforeStore(): number {
    return this.targets.rules.lastArticleId();
  }

  /**
   * After storeItems, in the same transaction: the feed's new articles get their categories kept
   * and the rules run on them. Answers how many articles a rule changed.
   */
  afterStore(feedId: number, items: readonly ParsedItem[], lastIdBefore: number): number {
    const { rules, gate } = this.current();
    const withCategories = items.some((item) => item.categories && item.categories.length > 0);
    if (rules.length === 0 && !withCategories) return 0;
    const newIds = this.targets.rules.articlesAfter(feedId, lastIdBefore);
    if (newIds.size === 0) return 0;
    const fresh: { id: number; item: ParsedItem }[] = [];
    for (const item of items) {
      const id = newIds.get(item.id);
      if (id === undefined) continue;
      if (item.categories) this.targets.rules.saveCategories(id, item.categories);
      fresh.push({ id, item });
    }
    if (rules.length === 0) return 0;
    const folderPath = rules.some((rule) => rule.scope.kind === 'folder') ? this.targets.rules.folderPathOf(feedId) : '';
    const inThisFeed = rules.filter((rule) => inScope(rule.scope, feedId, folderPath));
    if (inThisFeed.length === 0) return 0;
    let changed = 0;
    // Oldest first, as storeItems inserted them.
    fresh.sort((a, b) => a.id - b.id);
    for (const { id, item } of fresh) {
      const source = {
        id,
        feedId,
        title: item.title,
        text: item.text ?? htmlToText(item.content),
        author: item.author,
        link: item.link,
        categories: item.categories ?? [],
      };
      // In rule order: the rules the gate leaves out could not have matched.
      const toRun = gate.pick(inThisFeed, source);
      if (toRun.length > 0 && runRules(this.targets, toRun, new RuleArticle(source), true)) changed++;
    }
    return changed;
  }
}

/** The rules in order on one article, until one with `stop` matches or the article is deleted. */
export function runRules(targets: ActionTargets, rules: readonly CompiledRule[], article: RuleArticle, arriving: boolean): boolean {
  let changed = false;
  const taken = new Set<string>();
  for (const rule of rules) {
    if (!rule.matches(article)) continue;
    const outcome = performActions(targets, article.id, rule.id, rule.actions, arriving, taken);
    changed = changed || outcome.changed;
    if (outcome.deleted || rule.stop) break;
  }
  return changed;
}
