// Most arriving articles match no rule, and asking each rule in turn costs every rule a look at the
// article. The gate answers for all of them at once: one scan of each text for every plain text the
// rules cannot match without, and one look-up of each value an `equals` wants. Only the rules whose
// needs it found are asked, with those that can match without any such text (notContains,
// notMatches, a pattern with no required text) (engine.ts).
import type { RuleCondition } from '../../../shared/rules';
import { oneFields, oneFieldValues, type OneField, type RuleArticleSource } from './article-fields';
import { literalPattern, type CompiledRule } from './compile';
import { requiredText } from './required-text';

export interface RuleGate {
  /** Those of `rules` (in their order) that may match the article; the others surely do not. */
  pick(rules: readonly CompiledRule[], article: RuleArticleSource): readonly CompiledRule[];
}

/** What a condition cannot be met without: one of some plain texts, or a value its field must equal. */
type Need = { kind: 'texts'; texts: readonly string[] } | { kind: 'equals'; value: string } | null;

function conditionNeed(condition: RuleCondition): Need {
  switch (condition.op) {
    case 'contains':
      return condition.value === '' ? null : { kind: 'texts', texts: [condition.value] };
    case 'matches': {
      const needed = requiredText(condition.value)?.flat() ?? [];
      return needed.length === 0 || needed.includes('') ? null : { kind: 'texts', texts: needed };
    }
    // As compile.ts compares: lower-cased and trimmed (lower-casing a case-sensitive value only widens the gate).
    case 'equals':
      return { kind: 'equals', value: condition.value.toLowerCase().trim() };
    case 'notContains':
    case 'notMatches':
      return null;
  }
}

/** A condition's needs as keys of what the gate finds: a text read (its field's, all for `any`) holding one of them. */
function needKeys(condition: RuleCondition): string[] | null {
  const need = conditionNeed(condition);
  if (need === null) return null;
  const texts = condition.field === 'any' ? oneFields : [condition.field];
  return need.kind === 'texts'
    ? texts.flatMap((text) => need.texts.map((literal) => literalKey(text, literal)))
    : texts.map((text) => equalsKey(text, need.value));
}

const literalKey = (text: OneField, literal: string): string => `${text}\u0000${literal}`;
const equalsKey = (text: OneField, value: string): string => `${text}\u0001${value}`;

/** A gated rule: `all` needs one key of each condition found, `any` one key of one condition. */
interface Gated {
  match: 'all' | 'any';
  conditions: readonly (readonly string[])[];
}

/** How a rule gets past the gate; null when it may match an article holding none of its needs. */
function gatedRule(rule: CompiledRule): Gated | null {
  const keys = rule.conditions.map(needKeys);
  const needy = keys.filter((set): set is string[] => set !== null);
  if (rule.match === 'all') return needy.length > 0 ? { match: 'all', conditions: needy } : null;
  return needy.length === keys.length ? { match: 'any', conditions: needy } : null;
}

interface TextScan {
  text: OneField;
  /** Every literal for this text, as one global pattern: finds each place one of them starts. */
  screen: RegExp;
  /** Each literal anchored where the screen stopped, to tell which of them start there. */
  each: readonly { key: string; at: RegExp }[];
}

export function ruleGate(rules: readonly CompiledRule[]): RuleGate {
  const gated = new Map<CompiledRule, Gated>();
  const literals = new Map<OneField, Set<string>>();
  const equals = new Map<OneField, Set<string>>();
  for (const rule of rules) {
    const gate = gatedRule(rule);
    if (gate === null) continue;
    gated.set(rule, gate);
    for (const condition of rule.conditions) {
      const need = conditionNeed(condition);
      if (need === null) continue;
      const into = need.kind === 'texts' ? literals : equals;
      for (const text of condition.field === 'any' ? oneFields : [condition.field]) {
        const set = into.get(text) ?? new Set<string>();
        for (const value of need.kind === 'texts' ? need.texts : [need.value]) set.add(value);
        into.set(text, set);
      }
    }
  }
  // Case is ignored here even for a case-sensitive condition: the gate may let a rule by too often, never too rarely.
  const scans: TextScan[] = [...literals].map(([text, set]) => ({
    text,
    screen: new RegExp(literalPattern([...set], false).source, 'gi'),
    each: [...set].map((literal) => ({ key: literalKey(text, literal), at: new RegExp(literalPattern([literal], false).source, 'iy') })),
  }));
  const wanted = [...equals].map(([text, values]) => ({ text, values }));

  // Allocates nothing for an article that holds none of the needs: most of them.
  const found = (article: RuleArticleSource): Set<string> | null => {
    let keys: Set<string> | null = null;
    for (const scan of scans) {
      const values = oneFieldValues(article, scan.text);
      for (let index = 0; index < values.length; index++) {
        const value = values[index] as string;
        scan.screen.lastIndex = 0;
        if (scan.screen.test(value)) findLiterals(scan, value, (keys ??= new Set<string>()));
      }
    }
    for (const { text, values: wantedValues } of wanted) {
      const values = oneFieldValues(article, text);
      for (let index = 0; index < values.length; index++) {
        const lowered = (values[index] as string).toLowerCase().trim();
        if (wantedValues.has(lowered)) (keys ??= new Set<string>()).add(equalsKey(text, lowered));
      }
    }
    return keys;
  };
  const passes = (gate: Gated, keys: ReadonlySet<string>): boolean => {
    const met = (condition: readonly string[]) => condition.some((key) => keys.has(key));
    return gate.match === 'all' ? gate.conditions.every(met) : gate.conditions.some(met);
  };
  // A refresh asks with the same candidates (a feed's rules) for each of its articles.
  let ungatedOf: { candidates: readonly CompiledRule[]; ungated: readonly CompiledRule[] } | null = null;
  return {
    pick(candidates, article) {
      const keys = found(article);
      if (keys !== null) return candidates.filter((rule) => !gated.has(rule) || passes(gated.get(rule) as Gated, keys));
      if (ungatedOf?.candidates !== candidates) ungatedOf = { candidates, ungated: candidates.filter((rule) => !gated.has(rule)) };
      return ungatedOf.ungated;
    },
  };
}

/** Adds the key of each literal `value` holds: the screen stops at every place one starts, overlapping ones too. */
function findLiterals(scan: TextScan, value: string, keys: Set<string>): void {
  const { screen, each } = scan;
  let remaining = each.filter(({ key }) => !keys.has(key));
  screen.lastIndex = 0;
  let hit = screen.exec(value);
  while (hit !== null && remaining.length > 0) {
    for (const { key, at } of remaining) {
      at.lastIndex = hit.index;
      if (at.test(value)) keys.add(key);
    }
    remaining = remaining.filter(({ key }) => !keys.has(key));
    screen.lastIndex = hit.index + 1;
    hit = remaining.length > 0 ? screen.exec(value) : null;
  }
}
