// `tidings rules …` (#18): list, add, try, apply, remove and reorder rules through the calls the UI
// makes. A rule file is the contract's rule object (shared/rules.ts). --json shapes: `rules` prints
// the rules in order; `add` {"id": n}; `test` {"count": n, "ids": [...]}; `apply` {"matched", "changed"};
// `remove` {"removed"}; `move` the rules in their new order.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CallInput, CallName, CallOutput } from '../../shared/contract';
import { dispatch, unwrap } from '../../shared/dispatch';
import type { Rule, RuleAction, RuleInput } from '../../shared/rules';
import type { Core } from '../core/core';
import { explainFileError } from '../core/calls/file-errors';
import { positiveInt, UsageError } from './args';
import type { Context } from './context';
import { openCliCore } from './context';
import { printJson } from './output';
import { count } from './plural';

const usage = `usage: tidings rules [--json]
       tidings rules add <rule.json> [--json]
       tidings rules test <rule.json> [--json]
       tidings rules apply <id> [--json]
       tidings rules remove <id> [--json]
       tidings rules move <id> --to N [--json]`;

export { rulesAccess, rulesFlags } from './rules-flags';

async function call<K extends CallName>(core: Core, name: K, input: CallInput<K>): Promise<CallOutput<K>> {
  return unwrap(await dispatch(core.handlers, name, input));
}

export async function rulesCommand(context: Context): Promise<void> {
  const [what, argument] = context.positionals;
  const json = Boolean(context.flags.json);
  if (what !== undefined && !['add', 'test', 'apply', 'remove', 'move'].includes(what)) {
    throw new UsageError(`unknown rules command "${what}"\n${usage}`);
  }
  // Read before the library is opened: a missing or malformed file changes nothing.
  const rule = what === 'add' || what === 'test' ? readRuleFile(argument) : undefined;
  const ruleId = what === 'apply' || what === 'remove' || what === 'move' ? idFrom(argument) : undefined;
  const to = what === 'move' ? positiveInt(context.flags.to, '--to') : undefined;
  if (what === 'move' && to === undefined) throw new UsageError(`rules move needs --to N (1 runs first)\n${usage}`);

  const core = openCliCore(context, { outbox: { run: false } });
  for (const notice of core.notices) process.stderr.write(`tidings: warning: ${notice.message}\n`);
  try {
    if (what === undefined) {
      const { rules } = await call(core, 'listRules', {});
      if (json) return printJson(rules);
      if (rules.length === 0) return console.log('No rules yet. Add one with: tidings rules add <rule.json>');
      for (const one of rules) console.log(ruleLine(one));
      return;
    }
    if (what === 'add' && rule) {
      const { id } = await call(core, 'addRule', { rule });
      if (json) return printJson({ id });
      return console.log(`Added rule ${id}: ${rule.name}`);
    }
    if (what === 'test' && rule) {
      const result = await call(core, 'testRule', { rule, limit: 100_000 });
      if (json) return printJson({ count: result.count, ids: result.ids });
      console.log(`${count(result.count, 'stored article matches', 'stored articles match')} "${rule.name}".`);
      if (result.ids.length > 0) console.log(`Article ids: ${result.ids.slice(0, 50).join(' ')}${result.ids.length > 50 ? ' …' : ''}`);
      return;
    }
    if (what === 'apply' && ruleId !== undefined) {
      const result = await call(core, 'applyRule', { ruleId });
      if (json) return printJson(result);
      return console.log(`Rule ${ruleId} matched ${count(result.matched, 'article')}; it changed ${count(result.changed, 'article')}.`);
    }
    if (what === 'remove' && ruleId !== undefined) {
      const { removed } = await call(core, 'removeRule', { ruleId });
      if (json) return printJson({ removed });
      if (!removed) throw new UsageError(`there is no rule ${ruleId}`);
      return console.log(`Removed rule ${ruleId}.`);
    }
    if (what === 'move' && ruleId !== undefined && to !== undefined) {
      const { rules } = await call(core, 'moveRule', { ruleId, to });
      if (json) return printJson(rules);
      for (const one of rules) console.log(ruleLine(one));
    }
  } finally {
    core.close();
  }
}

function idFrom(value: string | undefined): number {
  const id = positiveInt(value, 'the rule id');
  if (id === undefined) throw new UsageError(`which rule? Give its id (tidings rules lists them)\n${usage}`);
  return id;
}

function readRuleFile(path: string | undefined): RuleInput {
  if (path === undefined) throw new UsageError(`name the rule file\n${usage}`);
  let body: string;
  try {
    body = readFileSync(resolve(path), 'utf8');
  } catch (error) {
    throw explainFileError(error);
  }
  try {
    return JSON.parse(body) as RuleInput; // the call's validator checks every field
  } catch (error) {
    throw new UsageError(`${path} is not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function actionWords(action: RuleAction): string {
  return typeof action === 'string' ? action : `label "${action.label}"`;
}

function ruleLine(rule: Rule): string {
  const scope = !rule.scope ? 'all feeds' : 'feeds' in rule.scope ? `feeds ${rule.scope.feeds.join(', ')}` : `folder ${rule.scope.folder}`;
  const flags = [rule.enabled ? '' : 'off', rule.stop ? 'stop' : ''].filter(Boolean).join(', ');
  return `${String(rule.position).padStart(3)}. [${rule.id}] ${rule.name}  (${scope}; ${rule.match} of ${rule.conditions.length}) → ${rule.actions
    .map(actionWords)
    .join(', ')}${flags ? `  [${flags}]` : ''}`;
}
