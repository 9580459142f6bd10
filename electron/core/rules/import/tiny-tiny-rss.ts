// Tiny Tiny RSS's filters as Tidings rules. Its "Export OPML" (Preferences → Feeds, with settings)
// writes each filter as JSON inside <outline text="tt-rss-filters">: the ttrss_filters2 row, its
// rules (ttrss_filters2_rules: a PCRE pattern, matched ignoring case, on one field, with its own
// feeds or category) and its actions (ttrss_filters2_actions). What a rule here cannot say is listed
// in `skipped` with the reason; nothing is carried over half-meant.
import { z } from 'zod';
import type { RuleAction, RuleCondition, RuleField, RuleInput, RuleScope } from '../../../../shared/rules';
import { decodeReferences } from '../../library/xml/entities';
import { literalOf, unreadable } from './patterns';
import type { ImportedRules, LibraryNames, SkippedFilter } from './types';

/** PHP's database drivers give booleans as true, 1, "1", "t" or "true". */
const flag = z
  .union([z.boolean(), z.number(), z.string(), z.null()])
  .optional()
  .transform((value) => value === true || value === 1 || (typeof value === 'string' && /^(1|t|true|on|yes)$/i.test(value.trim())));

const id = z.union([z.number(), z.string()]).transform((value) => Number(value));

const ruleSchema = z.looseObject({
  reg_exp: z.string(),
  filter_type: id,
  inverse: flag,
  cat_filter: flag,
  /** Older exports: one feed's or category's title; "" is every feed. */
  feed: z.string().nullish(),
  /** Newer exports: [title or 0, is a category, is an id]. */
  match: z.array(z.tuple([z.union([z.string(), z.number()]), flag, flag])).nullish(),
});

const filterSchema = z.looseObject({
  title: z.string().nullish(),
  enabled: flag,
  match_any_rule: flag,
  inverse: flag,
  order_id: id.nullish(),
  rules: z.array(ruleSchema),
  actions: z.array(z.looseObject({ action_id: id, action_param: z.union([z.string(), z.number()]).nullish() })),
});

type Filter = z.output<typeof filterSchema>;
type FilterRule = z.output<typeof ruleSchema>;

/** ttrss_filter_types. */
const fieldsByType: Readonly<Record<number, RuleField | 'both'>> = { 1: 'title', 2: 'content', 3: 'both', 4: 'link', 6: 'author', 7: 'category' };

/** ttrss_filter_actions: what each is called in Tiny Tiny RSS, for the reasons. */
const actionNames: Readonly<Record<number, string>> = {
  1: 'Delete article',
  2: 'Mark as read',
  3: 'Set starred',
  4: 'Assign tags',
  5: 'Publish article',
  6: 'Modify score',
  7: 'Assign label',
  8: 'Stop',
  9: 'Invoke plugin',
  10: 'Ignore tags',
};

/** The filters' JSON from an OPML export of Tiny Tiny RSS (its <outline filter-type="2"> elements). */
export function tinyTinyRssFiltersFromOpml(opml: string): unknown[] {
  const filters: unknown[] = [];
  const outline = /<outline\b[^>]*\bfilter-type\s*=\s*["']2["'][^>]*>\s*(?:<!\[CDATA\[([\s\S]*?)\]\]>|([^<]*))\s*<\/outline>/g;
  for (const found of opml.matchAll(outline)) {
    const text = found[1] ?? decodeReferences(found[2] ?? '');
    try {
      filters.push(JSON.parse(text));
    } catch {
      filters.push({ unreadable: text.slice(0, 80) });
    }
  }
  return filters;
}

/**
 * `input`: the filters, as an OPML export's text, or JSON (an array of filter objects, or
 * `{"filters": [...]}`). Scopes name feeds and categories by title; `library` finds them here.
 */
export function rulesFromTinyTinyRss(input: string | unknown, library: LibraryNames): ImportedRules {
  const list = filterList(input);
  const read: { order: number; title: string; rule: RuleInput }[] = [];
  const skipped: SkippedFilter[] = [];
  list.forEach((raw, index) => {
    const parsed = filterSchema.safeParse(raw);
    if (!parsed.success) {
      skipped.push({ name: `filter ${index + 1}`, reason: `not a Tiny Tiny RSS filter (${parsed.error.issues[0]?.message ?? 'unreadable'})` });
      return;
    }
    const filter = parsed.data;
    const name = filterName(filter);
    const rule = ruleOf(filter, name, library, skipped);
    if (rule instanceof Error) skipped.push({ name, reason: rule.message });
    else read.push({ order: filter.order_id ?? 0, title: filter.title ?? '', rule });
  });
  // Tiny Tiny RSS runs filters by their order, then by caption.
  read.sort((a, b) => a.order - b.order || a.title.localeCompare(b.title));
  return { rules: read.map((entry) => entry.rule), skipped };
}

function filterList(input: unknown): unknown[] {
  if (typeof input === 'string') {
    const text = input.trim();
    if (text.startsWith('<')) return tinyTinyRssFiltersFromOpml(text);
    try {
      return filterList(JSON.parse(text));
    } catch (error) {
      if (error instanceof SyntaxError) throw new Error(`not Tiny Tiny RSS filters: the JSON cannot be read (${error.message})`);
      throw error;
    }
  }
  if (Array.isArray(input)) return input;
  if (input && typeof input === 'object' && Array.isArray((input as { filters?: unknown }).filters)) return (input as { filters: unknown[] }).filters;
  throw new Error('not Tiny Tiny RSS filters: expected a list of filters, or an OPML export with them');
}

/** As Tiny Tiny RSS shows an untitled filter: its first pattern, and how many more. */
function filterName(filter: Filter): string {
  const title = filter.title?.trim();
  if (title) return title;
  const first = filter.rules[0]?.reg_exp ?? '(no rules)';
  return filter.rules.length > 1 ? `${first} (+${filter.rules.length - 1})` : first;
}

function ruleOf(filter: Filter, name: string, library: LibraryNames, skipped: SkippedFilter[]): RuleInput | Error {
  if (filter.rules.length === 0) return new Error('it has no rules');
  // An inverted filter is its rules inverted, joined the other way (De Morgan).
  const anyRule = filter.match_any_rule !== filter.inverse;
  const scope = filterScope(filter, anyRule, library);
  if (scope instanceof Error) return scope;
  const conditions = conditionsOf(filter, anyRule);
  if (conditions instanceof Error) return conditions;
  const actions = actionsOf(filter, name, skipped);
  if (actions instanceof Error) return actions;
  return {
    name: name.slice(0, 200),
    ...(scope ? { scope } : {}),
    match: conditions.match,
    conditions: conditions.list,
    actions: actions.actions,
    stop: actions.stop,
    enabled: filter.enabled,
  };
}

function conditionsOf(filter: Filter, anyRule: boolean): { match: 'all' | 'any'; list: RuleCondition[] } | Error {
  let match: 'all' | 'any' = anyRule ? 'any' : 'all';
  const list: RuleCondition[] = [];
  for (const rule of filter.rules) {
    const field = fieldsByType[rule.filter_type];
    if (rule.filter_type === 5) return new Error('it matches on the article’s date, which rules here cannot');
    if (!field) return new Error(`it matches on a field Tiny Tiny RSS numbers ${rule.filter_type}, which rules here do not know`);
    const negated = rule.inverse !== filter.inverse;
    const fields: RuleField[] = field === 'both' ? ['title', 'content'] : [field];
    // "Title or content" is two conditions joined by "any" (or, inverted, "neither": joined by "all").
    if (fields.length > 1) {
      const joined = negated ? 'all' : 'any';
      if (filter.rules.length === 1) match = joined;
      else if (joined !== match) return new Error('it combines a “title or content” rule with others in a way one rule here cannot say');
    }
    for (const one of fields) {
      const made = conditionOf(one, rule, negated);
      if (made instanceof Error) return made;
      list.push(made);
    }
  }
  if (list.length > 50) return new Error('it has more rules than a rule here can hold (50 conditions)');
  return { match, list };
}

function conditionOf(field: RuleField, rule: FilterRule, negated: boolean): RuleCondition | Error {
  const literal = literalOf(rule.reg_exp);
  if (literal !== null) return { field, op: negated ? 'notContains' : 'contains', value: literal };
  const refused = unreadable(rule.reg_exp);
  if (refused) return new Error(`its pattern "${rule.reg_exp}": ${refused}`);
  return { field, op: negated ? 'notMatches' : 'matches', value: rule.reg_exp };
}

type ScopeOrAll = RuleScope | null;

/** Each rule has its own feeds in Tiny Tiny RSS; a rule here has one scope, so they must agree. */
function filterScope(filter: Filter, anyRule: boolean, library: LibraryNames): RuleScope | undefined | Error {
  const scopes: ScopeOrAll[] = [];
  for (const rule of filter.rules) {
    const scope = ruleScope(rule, library);
    if (scope instanceof Error) return scope;
    scopes.push(scope);
  }
  const specific = [...new Map(scopes.filter((scope): scope is RuleScope => scope !== null).map((scope) => [JSON.stringify(scope), scope])).values()];
  if (specific.length === 0) return undefined;
  // Under "all", a rule for every feed adds nothing to where the others look; under "any" it would.
  if (specific.length === 1 && (!anyRule || scopes.every((scope) => scope !== null))) return specific[0];
  return new Error('its rules look in different feeds or categories, which one rule here cannot say');
}

function ruleScope(rule: FilterRule, library: LibraryNames): ScopeOrAll | Error {
  const targets: { name: string; category: boolean }[] = [];
  if (rule.match) {
    for (const [name, category, isId] of rule.match) {
      if (isId) {
        if (category) return new Error('it looks in “Uncategorized”, which has no folder here');
        return null; // every feed
      }
      targets.push({ name: String(name), category });
    }
  } else {
    if (!rule.feed?.trim()) return null;
    targets.push({ name: rule.feed, category: rule.cat_filter });
  }
  if (targets.length === 0) return null;
  const categories = targets.filter((target) => target.category);
  if (categories.length > 0) {
    if (targets.length > 1) return new Error('it looks in several categories or feeds at once, which one rule here cannot say');
    const path = library.folderPathByName(categories[0]!.name);
    return path === null ? new Error(`its category “${categories[0]!.name}” is not a folder here`) : { folder: path };
  }
  const feeds: number[] = [];
  for (const target of targets) {
    const feedId = library.feedIdByTitle(target.name);
    if (feedId === null) return new Error(`its feed “${target.name}” is not subscribed here`);
    feeds.push(feedId);
  }
  return { feeds };
}

function actionsOf(filter: Filter, name: string, skipped: SkippedFilter[]): { actions: RuleAction[]; stop: boolean } | Error {
  const actions: RuleAction[] = [];
  const dropped: string[] = [];
  let stop = false;
  for (const action of filter.actions) {
    const param = String(action.action_param ?? '').trim();
    switch (action.action_id) {
      case 1:
        // Hidden, not deleted: a pattern read by another engine may match more here; a hidden
        // article can be restored from the Filtered view.
        actions.push('hide');
        break;
      case 2:
        actions.push('markRead');
        break;
      case 3:
        actions.push('star');
        break;
      case 4:
        for (const tag of param.split(',').map((word) => word.trim()).filter(Boolean)) actions.push({ label: tag.slice(0, 200) });
        break;
      case 5:
        actions.push('share');
        break;
      case 7:
        if (param) actions.push({ label: param.slice(0, 200) });
        break;
      case 8:
        stop = true;
        break;
      default:
        dropped.push(`“${actionNames[action.action_id] ?? `action ${action.action_id}`}”${param ? ` (${param})` : ''}`);
    }
  }
  const unique = [...new Map(actions.map((action) => [JSON.stringify(action), action])).values()].slice(0, 20);
  if (unique.length === 0) {
    return new Error(dropped.length > 0 ? `its actions ${dropped.join(', ')} have no equivalent here` : 'it has no action to carry over');
  }
  if (dropped.length > 0) skipped.push({ name, reason: `its action${dropped.length > 1 ? 's' : ''} ${dropped.join(', ')} ha${dropped.length > 1 ? 've' : 's'} no equivalent here; the rest of the filter was carried over` });
  return { actions: unique, stop };
}
