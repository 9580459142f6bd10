// Miniflux's keep and block rules (feed JSON from /v1/feeds, the person's from /v1/me) read into
// rules scoped to the same feeds here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rulesFromMiniflux } from '../../../electron/core/rules/import';
import { ruleInputSchema, type RuleInput } from '../../../shared/rules';
import { library } from './library-names';

const fixture = (name: string): unknown => JSON.parse(readFileSync(new URL(`../../fixtures/rules-import/${name}`, import.meta.url), 'utf8'));
const feeds = fixture('miniflux-feeds.json') as Record<string, unknown>[];
const user = fixture('miniflux-me.json');

describe('Miniflux keep and block rules', () => {
  const { rules, skipped } = rulesFromMiniflux({ feeds, user }, library);
  const rule = (name: string): RuleInput | undefined => rules.find((one) => one.name === name);

  it('makes valid rules, each scoped to its feed here, blocked articles hidden', () => {
    expect(rules.map((one) => one.name)).toEqual([
      'Miniflux: block (all feeds)',
      'Miniflux: block list in Harbour Light',
      'Miniflux: keep list in Field Notes',
      'Miniflux: block in Daily News',
      'Miniflux: keep list in Code Log',
    ]);
    for (const one of rules) {
      expect(ruleInputSchema.safeParse(one).success, one.name).toBe(true);
      expect(one.actions).toEqual(['hide']);
    }
  });

  it.each<[string, Partial<RuleInput>]>([
    // The person's own rules are for every feed; Go matches case as written.
    ['Miniflux: block (all feeds)', { match: 'any', conditions: [{ field: 'link', op: 'contains', value: '/sponsored/', caseSensitive: true }] }],
    // The older one-regex list looks at the title, address, author and tags; (?i) is "ignoring case".
    [
      'Miniflux: block list in Harbour Light',
      {
        scope: { feeds: [1] },
        match: 'any',
        conditions: ['title', 'link', 'author', 'category'].map((field) => ({ field, op: 'contains', value: 'sponsored' })) as RuleInput['conditions'],
      },
    ],
    // Keep: hide what contains none of the words, in none of the fields.
    [
      'Miniflux: keep list in Field Notes',
      {
        scope: { feeds: [2] },
        match: 'all',
        conditions: ['heron', 'egret'].flatMap((value) =>
          ['title', 'link', 'author', 'category'].map((field) => ({ field, op: 'notContains', value })),
        ) as RuleInput['conditions'],
      },
    ],
    // Field=Regex lines: each its field; a real pattern stays a pattern.
    [
      'Miniflux: block in Daily News',
      {
        scope: { feeds: [3] },
        match: 'any',
        conditions: [
          { field: 'title', op: 'matches', value: '^live:' },
          { field: 'author', op: 'contains', value: 'Wire Service', caseSensitive: true },
          { field: 'category', op: 'contains', value: 'horoscope' },
        ],
      },
    ],
    // Keep with a real pattern: hide what the pattern matches in none of the fields (notMatches); Go matches case as written.
    [
      'Miniflux: keep list in Code Log',
      {
        match: 'all',
        conditions: ['title', 'link', 'author', 'category'].map((field) => ({
          field,
          op: 'notMatches',
          value: '^(Release|Security) v\\d+',
          caseSensitive: true,
        })) as RuleInput['conditions'],
      },
    ],
  ])('%s', (name, expected) => {
    expect(rule(name)).toMatchObject(expected);
  });

  it.each([
    ['Miniflux: block (all feeds): EntryContent=(?s)unsubscribe.*newsletter', /\(\?s\) flag has no equivalent/],
    ['Miniflux: block rules of Daily News: EntryDate=max-age:30d', /do not match on dates/],
    ['Miniflux: block rules of Daily News: EntryCommentsURL=reddit\\.com', /no comments address/],
    ['Miniflux: rules of Gone Blog', /https:\/\/gone\.example\/feed is not subscribed here/],
  ])('lists %s as skipped, with the reason', (name, reason) => {
    expect(skipped.find((one) => one.name === name)?.reason).toMatch(reason);
  });

  it('with keep rules of the person’s and a feed’s own, each feed keeps what matches either', () => {
    const withKeep = feeds.map((feed) => (feed.title === 'Quiet Feed' ? { ...feed, keep_filter_entry_rules: 'EntryTitle=(?i)tide' } : feed));
    const { rules: read } = rulesFromMiniflux({ feeds: withKeep, user: { keep_filter_entry_rules: 'EntryAuthor=Ada' } }, library);
    expect(read.find((one) => one.name === 'Miniflux: keep (all feeds)')).toBeUndefined();
    expect(read.find((one) => one.name === 'Miniflux: keep in Quiet Feed')).toEqual({
      name: 'Miniflux: keep in Quiet Feed',
      scope: { feeds: [5] },
      match: 'all',
      conditions: [
        { field: 'author', op: 'notContains', value: 'Ada', caseSensitive: true },
        { field: 'title', op: 'notContains', value: 'tide' },
      ],
      actions: ['hide'],
    });
    // Feeds with rules of their own get the person's keep rule too; and the keep list gives way to Field=Regex rules.
    expect(read.find((one) => one.name === 'Miniflux: keep in Harbour Light')?.conditions).toEqual([
      { field: 'author', op: 'notContains', value: 'Ada', caseSensitive: true },
    ]);
    expect(read.find((one) => one.name === 'Miniflux: keep list in Field Notes')).toBeUndefined();
  });

  it('the person’s keep rules alone are one rule for every feed', () => {
    const { rules: read } = rulesFromMiniflux({ feeds: [], user: { keep_filter_entry_rules: 'EntryTitle=(?i)(rust|zig)' } }, library);
    expect(read).toEqual([
      {
        name: 'Miniflux: keep (all feeds)',
        match: 'all',
        conditions: [
          { field: 'title', op: 'notContains', value: 'rust' },
          { field: 'title', op: 'notContains', value: 'zig' },
        ],
        actions: ['hide'],
      },
    ]);
  });

  it('refuses what is not a Miniflux export in plain words', () => {
    expect(() => rulesFromMiniflux({ feeds: [{ title: 'no address' }] }, library)).toThrow(/^not a Miniflux export: feeds\.0\.feed_url/);
    expect(() => rulesFromMiniflux([], library)).toThrow(/^not a Miniflux export/);
  });
});
