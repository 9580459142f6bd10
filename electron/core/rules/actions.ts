// A matched rule's actions on one article, through the store's rule table group. An action the
// article already shows (read, starred) or the person took back by hand changes nothing.
import type { RuleAction } from '../../../shared/rules';
import type { Rules } from '../store/rules';
import type { ShareMark, Shares } from '../store/shares';

export interface ActionTargets {
  rules: Rules;
  shares: Shares;
  /** Sends a rule's share on to the share targets (the outbox), as a person's share is. */
  sendShare?: (articleId: number, mark: ShareMark) => void;
}

export interface ActionOutcome {
  /** Whether any action changed the article. */
  changed: boolean;
  /** The article was deleted: no later rule sees it. */
  deleted: boolean;
}

/**
 * The actions that, once taken on an article, leave nothing for the same action to do (no action
 * undoes them). Several rules asking for one of them on one article cost one write, not one each.
 * `notify` is per rule and `share` asks the outbox, so they are always taken.
 */
const settledOnce = new Set<string>(['markRead', 'star', 'like', 'hide']);

/** The key of an action in `taken`, or null when it is always taken. */
function onceKey(action: RuleAction): string | null {
  if (typeof action === 'object') return `label\u0000${action.label}`;
  return settledOnce.has(action) ? action : null;
}

/**
 * `notify` only for articles arriving now: applying a rule to stored ones asks for no desktop noise.
 * `taken`: the actions earlier rules took on this article in the same run (runRules), skipped here.
 */
export function performActions(
  targets: ActionTargets,
  articleId: number,
  ruleId: number,
  actions: readonly RuleAction[],
  arriving: boolean,
  taken?: Set<string>,
): ActionOutcome {
  let changed = false;
  // Deleting first would leave nothing to label; it goes last, and only if the article is not kept then.
  let deleteIt = false;
  for (const action of actions) {
    const key = taken ? onceKey(action) : null;
    if (key !== null) {
      if (taken?.has(key)) continue;
      taken?.add(key);
    }
    if (typeof action === 'object') {
      changed = targets.rules.label(articleId, action.label) || changed;
      continue;
    }
    switch (action) {
      case 'markRead':
        changed = targets.rules.markRead(articleId) || changed;
        break;
      case 'star':
        changed = targets.rules.star(articleId) || changed;
        break;
      case 'like':
        changed = targets.rules.like(articleId) || changed;
        break;
      case 'hide':
        changed = targets.rules.hide(articleId) || changed;
        break;
      case 'notify':
        if (arriving) changed = targets.rules.notify(articleId, ruleId) || changed;
        break;
      case 'share':
        if (targets.rules.mayShare(articleId)) {
          const mark = targets.shares.mark(articleId, undefined);
          targets.sendShare?.(articleId, mark);
          changed = true;
        }
        break;
      case 'delete':
        deleteIt = true;
        break;
    }
  }
  const deleted = deleteIt && targets.rules.delete(articleId);
  return { changed: changed || deleted, deleted };
}
