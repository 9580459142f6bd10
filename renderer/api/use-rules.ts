// The rules (#18): listed in order, written, moved, tried out and applied, and hidden articles shown
// again. The Settings → Rules section, the rule editor and the article's rule actions use these.
import { useCallback, useMemo, useRef, useState } from 'react';
import type { Client } from '../../shared/contract';
import type { ArticleId } from '../../shared/model';
import type { Rule, RuleInput } from '../../shared/rules';
import type { Report } from './use-status';

export interface RulesState {
  rules: readonly Rule[] | null;
  load: () => Promise<void>;
  /** Saves a new rule (ruleId null) or changes one; throws the core's plain-words error for a bad rule. */
  save: (rule: RuleInput, ruleId: number | null) => Promise<void>;
  remove: (rule: Rule) => Promise<void>;
  setEnabled: (rule: Rule, enabled: boolean) => Promise<void>;
  move: (rule: Rule, to: number) => Promise<void>;
  /** How many stored articles the rule (saved or not) matches; throws for a bad pattern. */
  count: (rule: RuleInput) => Promise<number>;
  apply: (rule: Rule) => Promise<{ matched: number; changed: number }>;
  showAgain: (articleIds: ArticleId[]) => Promise<void>;
}

export function useRules(client: Client, report: Report, changed: () => Promise<void>): RulesState {
  const [rules, setRules] = useState<readonly Rule[] | null>(null);
  const latest = useRef(0);

  const load = useCallback(async () => {
    const mine = ++latest.current;
    try {
      const listed = await client.listRules({});
      if (mine === latest.current) setRules(listed.rules);
    } catch (error) {
      report(error, 'Loading rules');
    }
  }, [client, report]);

  const save = useCallback(
    async (rule: RuleInput, ruleId: number | null) => {
      if (ruleId === null) await client.addRule({ rule });
      else await client.updateRule({ ruleId, rule });
      await load();
    },
    [client, load],
  );

  const remove = useCallback(
    async (rule: Rule) => {
      try {
        await client.removeRule({ ruleId: rule.id });
      } catch (error) {
        report(error, 'Deleting a rule');
      }
      await load();
    },
    [client, load, report],
  );

  const setEnabled = useCallback(
    async (rule: Rule, enabled: boolean) => {
      const { id, position, ...definition } = rule;
      void position;
      try {
        await client.updateRule({ ruleId: id, rule: { ...definition, enabled } });
      } catch (error) {
        report(error, 'Changing a rule');
      }
      await load();
    },
    [client, load, report],
  );

  const move = useCallback(
    async (rule: Rule, to: number) => {
      try {
        const moved = await client.moveRule({ ruleId: rule.id, to });
        latest.current += 1;
        setRules(moved.rules);
      } catch (error) {
        report(error, 'Moving a rule');
      }
    },
    [client, report],
  );

  const count = useCallback(async (rule: RuleInput) => (await client.testRule({ rule, limit: 0 })).count, [client]);

  const apply = useCallback(
    async (rule: Rule) => {
      const applied = await client.applyRule({ ruleId: rule.id });
      await changed();
      return applied;
    },
    [client, changed],
  );

  const showAgain = useCallback(
    async (articleIds: ArticleId[]) => {
      try {
        await client.restoreHidden({ articleIds });
      } catch (error) {
        report(error, 'Showing an article again');
      }
      await changed();
    },
    [client, changed, report],
  );

  return useMemo(
    () => ({ rules, load, save, remove, setEnabled, move, count, apply, showAgain }),
    [rules, load, save, remove, setEnabled, move, count, apply, showAgain],
  );
}
