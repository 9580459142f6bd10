// The contract's rule calls (#18). createHandlers (calls/handlers.ts) spreads these in.
import type { Handlers } from '../../../shared/contract';
import type { Store } from '../store';
import { compileRule } from '../rules/compile';
import { queueRuleShare } from '../rules/share-outbox';
import { applyRule, tryRule } from '../rules/try-out';

type RuleCalls = 'listRules' | 'addRule' | 'updateRule' | 'removeRule' | 'moveRule' | 'testRule' | 'applyRule' | 'restoreHidden';

export function ruleHandlers(store: Store): Pick<Handlers, RuleCalls> {
  return {
    listRules: () => ({ rules: store.rules.list() }),
    addRule: ({ rule }) => {
      compileRule(rule); // a bad pattern is refused before anything is saved
      return { id: store.rules.add(rule) };
    },
    updateRule: ({ ruleId, rule }) => {
      compileRule(rule);
      store.rules.update(ruleId, rule);
      return store.rules.get(ruleId);
    },
    removeRule: ({ ruleId }) => ({ removed: store.rules.remove(ruleId) }),
    moveRule: ({ ruleId, to }) => {
      store.rules.move(ruleId, to);
      return { rules: store.rules.list() };
    },
    testRule: ({ rule, limit }) => tryRule(store.rules, rule, limit),
    applyRule: ({ ruleId }) => applyRule({ rules: store.rules, shares: store.shares, sendShare: (id, mark) => queueRuleShare(store, id, mark) }, store.rules.get(ruleId)),
    restoreHidden: ({ articleIds }) => ({ changed: store.rules.restore(articleIds) }),
  };
}
