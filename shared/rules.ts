// A rule: which new articles it picks (scope and conditions) and what it does to them (actions).
// This is the rule file's form (`tidings rules add rule.json`) and the contract's rule object; the
// CLI, the UI and the importers of other readers' filters all produce it.
import { z } from 'zod';

export const ruleFields = ['title', 'content', 'author', 'link', 'category', 'any'] as const;
export type RuleField = (typeof ruleFields)[number];

/** `notMatches`: a regular expression that must not match (Miniflux's keep rules, Tiny Tiny RSS's inverted patterns). */
export const ruleOps = ['contains', 'notContains', 'equals', 'matches', 'notMatches'] as const;
export type RuleOp = (typeof ruleOps)[number];

export const ruleVerbs = ['markRead', 'star', 'like', 'hide', 'delete', 'notify', 'share'] as const;
export type RuleVerb = (typeof ruleVerbs)[number];

const labelAction = z.object({ label: z.string().trim().min(1, 'a label needs a name').max(200) }).strict();

export const ruleActionSchema = z.union([z.enum(ruleVerbs), labelAction]);
export type RuleAction = z.infer<typeof ruleActionSchema>;

export const ruleConditionSchema = z
  .object({
    field: z.enum(ruleFields),
    op: z.enum(ruleOps),
    value: z.string().max(4096),
    /** Words and patterns match regardless of case unless this is true. */
    caseSensitive: z.boolean().optional(),
  })
  .strict();
export type RuleCondition = z.infer<typeof ruleConditionSchema>;

/** Absent: every feed. A folder includes its subfolders; its path is written "Tech/Web". */
export const ruleScopeSchema = z.union([
  z.object({ feeds: z.array(z.number().int().positive()).min(1).max(10_000) }).strict(),
  z.object({ folder: z.string().trim().min(1).max(1024) }).strict(),
]);
export type RuleScope = z.infer<typeof ruleScopeSchema>;

/** What a person writes; stored rules add an id and a position (ruleSchema.extend). */
export const ruleInputSchema = z
  .object({
    name: z.string().trim().min(1, 'a rule needs a name').max(200),
    scope: ruleScopeSchema.optional(),
    match: z.enum(['all', 'any']).default('all'),
    conditions: z.array(ruleConditionSchema).min(1, 'a rule needs at least one condition').max(50),
    actions: z.array(ruleActionSchema).min(1, 'a rule needs at least one action').max(20),
    /** Later rules are not run on an article this rule matched. */
    stop: z.boolean().default(false),
    enabled: z.boolean().default(true),
  })
  .strict();
/** The rule as written (defaults may be left out). */
export type RuleInput = z.input<typeof ruleInputSchema>;
/** The rule with its defaults filled in. */
export type RuleDefinition = z.output<typeof ruleInputSchema>;

export interface Rule extends RuleDefinition {
  id: number;
  /** 1 is run first. */
  position: number;
}
