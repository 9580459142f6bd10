// Miniflux's keep and block rules (its feed JSON from GET /v1/feeds, and the person's own from
// GET /v1/me) as Tidings rules. Miniflux drops a blocked entry before storing it; here a blocked
// article is hidden instead (kept out of lists and counts, restorable from the Filtered view), so a
// pattern that matches more here than it did there loses nothing. A keep rule hides what matches
// none of its words. See docs/decisions.md, "Reading other readers' filters into rules".
import { z } from 'zod';
import type { RuleCondition, RuleField, RuleInput, RuleScope } from '../../../../shared/rules';
import { fromGoPattern, literalAlternatives, literalOf } from './patterns';
import type { ImportedRules, LibraryNames, SkippedFilter } from './types';

const rulesText = z.string().nullish().transform((text) => text ?? '');

const feedSchema = z.looseObject({
  feed_url: z.string().min(1),
  title: z.string().nullish(),
  blocklist_rules: rulesText,
  keeplist_rules: rulesText,
  block_filter_entry_rules: rulesText,
  keep_filter_entry_rules: rulesText,
});

const exportSchema = z.object({
  feeds: z.array(feedSchema),
  /** The person's settings (GET /v1/me): rules for every feed. */
  user: z
    .looseObject({ block_filter_entry_rules: rulesText, keep_filter_entry_rules: rulesText })
    .nullish(),
});

export type MinifluxExport = z.input<typeof exportSchema>;
type Feed = z.output<typeof feedSchema>;

/** What the one-regex rules of older versions (blocklist_rules, keeplist_rules) are matched against. */
const listFields: readonly RuleField[] = ['title', 'link', 'author', 'category'];

/** The fields of a "Field=Regex" line; EntryDate and EntryCommentsURL have none here. */
const lineFields: Readonly<Record<string, RuleField>> = {
  EntryTitle: 'title',
  EntryURL: 'link',
  EntryContent: 'content',
  EntryAuthor: 'author',
  EntryTag: 'category',
};

const maxConditions = 50;

interface Line {
  field: RuleField;
  pattern: string;
  text: string;
}

/**
 * `input` is `{feeds: [...], user?: {...}}`: Miniflux's feeds as its API gives them and, if
 * exported too, the person's own settings. Rules are scoped to the feed with the same URL here;
 * a feed not subscribed here is listed in `skipped`.
 */
export function rulesFromMiniflux(input: unknown, library: LibraryNames): ImportedRules {
  const parsed = exportSchema.safeParse(input);
  if (!parsed.success) {
    throw new Error(`not a Miniflux export: ${parsed.error.issues.map((issue) => `${issue.path.join('.') || 'file'}: ${issue.message}`).join('; ')}`);
  }
  const rules: RuleInput[] = [];
  const skipped: SkippedFilter[] = [];
  const userBlock = readLines(parsed.data.user?.block_filter_entry_rules ?? '', 'Miniflux: your block rules', skipped);
  const userKeep = parsed.data.user?.keep_filter_entry_rules ?? '';

  const everywhere = blockRule('Miniflux: block (all feeds)', userBlock, undefined, skipped);
  if (everywhere) rules.push(everywhere);

  const feedsWithKeepLines = parsed.data.feeds.filter((feed) => lines(feed.keep_filter_entry_rules).length > 0);
  // Miniflux keeps what matches the person's keep rules or the feed's own: with both, each feed needs
  // its own rule; with the person's alone, one rule for all feeds does.
  const keepPerFeed = feedsWithKeepLines.length > 0;
  if (!keepPerFeed && lines(userKeep).length > 0) {
    const keep = keepRule('Miniflux: keep (all feeds)', userKeep, '', undefined);
    if (keep instanceof Error) skipped.push({ name: 'Miniflux: your keep rules', reason: keep.message });
    else rules.push(keep);
  }

  for (const feed of parsed.data.feeds) {
    const title = feed.title?.trim() || feed.feed_url;
    const hasRules = [feed.blocklist_rules, feed.keeplist_rules, feed.block_filter_entry_rules, feed.keep_filter_entry_rules].some(
      (text) => text.trim() !== '',
    );
    if (!hasRules && !(keepPerFeed && lines(userKeep).length > 0)) continue;
    const feedId = library.feedIdByUrl(feed.feed_url);
    if (feedId === null) {
      if (hasRules) skipped.push({ name: `Miniflux: rules of ${title}`, reason: `${feed.feed_url} is not subscribed here` });
      continue;
    }
    const scope: RuleScope = { feeds: [feedId] };
    rules.push(...feedRules(feed, title, scope, keepPerFeed ? userKeep : '', skipped));
  }
  return { rules, skipped };
}

function feedRules(feed: Feed, title: string, scope: RuleScope, userKeep: string, skipped: SkippedFilter[]): RuleInput[] {
  const rules: RuleInput[] = [];
  const blockLines = readLines(feed.block_filter_entry_rules, `Miniflux: block rules of ${title}`, skipped);
  const block = blockRule(`Miniflux: block in ${title}`, blockLines, scope, skipped);
  if (block) rules.push(block);

  if (feed.blocklist_rules.trim()) {
    const read = fromGoPattern(feed.blocklist_rules);
    if (read instanceof Error) skipped.push({ name: `Miniflux: block list of ${title}`, reason: read.message });
    else {
      rules.push({
        name: `Miniflux: block list in ${title}`,
        scope,
        match: 'any',
        conditions: listFields.map((field) => condition(field, read.pattern, read.caseSensitive)),
        actions: ['hide'],
      });
    }
  }

  // Miniflux reads the "Field=Regex" keep rules when there are any, and the older keep list only without them.
  if (lines(feed.keep_filter_entry_rules).length > 0 || lines(userKeep).length > 0) {
    const keep = keepRule(`Miniflux: keep in ${title}`, userKeep, feed.keep_filter_entry_rules, scope);
    if (keep instanceof Error) skipped.push({ name: `Miniflux: keep rules of ${title}`, reason: keep.message });
    else rules.push(keep);
  } else if (feed.keeplist_rules.trim()) {
    const keep = keepListRule(`Miniflux: keep list in ${title}`, feed.keeplist_rules, scope);
    if (keep instanceof Error) skipped.push({ name: `Miniflux: keep list of ${title}`, reason: keep.message });
    else rules.push(keep);
  }
  return rules;
}

function lines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/** The lines a rule can carry; each other line is listed with its reason. */
function readLines(text: string, name: string, skipped: SkippedFilter[]): Line[] {
  const read: Line[] = [];
  for (const line of lines(text)) {
    const equals = line.indexOf('=');
    const kind = equals < 0 ? '' : line.slice(0, equals).trim();
    const pattern = equals < 0 ? '' : line.slice(equals + 1).trim();
    const field = lineFields[kind];
    if (equals < 0 || !pattern) skipped.push({ name: `${name}: ${line}`, reason: 'not a Field=Regex line (Miniflux ignores it too)' });
    else if (kind === 'EntryDate') skipped.push({ name: `${name}: ${line}`, reason: 'rules here do not match on dates' });
    else if (kind === 'EntryCommentsURL') skipped.push({ name: `${name}: ${line}`, reason: 'articles here have no comments address to match' });
    else if (!field) skipped.push({ name: `${name}: ${line}`, reason: `${kind} is not a field Miniflux knows` });
    else read.push({ field, pattern, text: line });
  }
  return read;
}

function condition(field: RuleField, pattern: string, caseSensitive: boolean): RuleCondition {
  const literal = literalOf(pattern);
  return literal !== null
    ? { field, op: 'contains', value: literal, ...(caseSensitive ? { caseSensitive } : {}) }
    : { field, op: 'matches', value: pattern, ...(caseSensitive ? { caseSensitive } : {}) };
}

function blockRule(name: string, blockLines: readonly Line[], scope: RuleScope | undefined, skipped: SkippedFilter[]): RuleInput | null {
  const conditions: RuleCondition[] = [];
  for (const line of blockLines) {
    const read = fromGoPattern(line.pattern);
    if (read instanceof Error) skipped.push({ name: `${name}: ${line.text}`, reason: read.message });
    else if (conditions.length === maxConditions) skipped.push({ name: `${name}: ${line.text}`, reason: `a rule holds at most ${maxConditions} conditions` });
    else conditions.push(condition(line.field, read.pattern, read.caseSensitive));
  }
  if (conditions.length === 0) return null;
  return { name, ...(scope ? { scope } : {}), match: 'any', conditions, actions: ['hide'] };
}

/**
 * "Keep only what matches one of these" is "hide what contains none of these words" (plain words,
 * rust|golang) or "hide what matches none of these patterns" (notMatches). A keep rule is never carried over in part: leaving out one of its lines would hide what it kept.
 */
function keepRule(name: string, userText: string, feedText: string, scope: RuleScope | undefined): RuleInput | Error {
  const conditions: RuleCondition[] = [];
  for (const line of [...lines(userText), ...lines(feedText)]) {
    const equals = line.indexOf('=');
    const field = lineFields[line.slice(0, Math.max(0, equals)).trim()];
    if (!field) return new Error(`its line "${line}" matches on something rules here cannot (a date, a comments address)`);
    const negated = negatedConditions(line.slice(equals + 1).trim(), [field]);
    if (negated instanceof Error) return negated;
    conditions.push(...negated);
  }
  if (conditions.length > maxConditions) return new Error(`it has more words than a rule can hold (${maxConditions} conditions)`);
  return { name, ...(scope ? { scope } : {}), match: 'all', conditions, actions: ['hide'] };
}

function keepListRule(name: string, pattern: string, scope: RuleScope): RuleInput | Error {
  const conditions = negatedConditions(pattern, listFields);
  if (conditions instanceof Error) return conditions;
  if (conditions.length > maxConditions) return new Error(`it has more words than a rule can hold (${maxConditions} conditions)`);
  return { name, scope, match: 'all', conditions, actions: ['hide'] };
}

function negatedConditions(written: string, fields: readonly RuleField[]): RuleCondition[] | Error {
  const read = fromGoPattern(written);
  if (read instanceof Error) return read;
  const words = literalAlternatives(read.pattern);
  const sensitive = read.caseSensitive ? { caseSensitive: true } : {};
  if (!words) return fields.map((field): RuleCondition => ({ field, op: 'notMatches', value: read.pattern, ...sensitive }));
  return words.flatMap((word) =>
    fields.map((field): RuleCondition => ({ field, op: 'notContains', value: word, ...(read.caseSensitive ? { caseSensitive: true } : {}) })),
  );
}
