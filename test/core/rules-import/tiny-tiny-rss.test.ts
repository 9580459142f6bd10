// Tiny Tiny RSS's filters (its OPML export's tt-rss-filters outline) read into rules: what carries
// over, and what is listed as skipped with the reason.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rulesFromTinyTinyRss, tinyTinyRssFiltersFromOpml } from '../../../electron/core/rules/import';
import { ruleInputSchema, type RuleInput } from '../../../shared/rules';
import { library } from './library-names';

const opml = readFileSync(new URL('../../fixtures/rules-import/tt-rss-export.opml', import.meta.url), 'utf8');

describe('Tiny Tiny RSS filters', () => {
  const { rules, skipped } = rulesFromTinyTinyRss(opml, library);
  const rule = (name: string): RuleInput | undefined => rules.find((one) => one.name === name);

  it('reads every filter of the OPML export, in Tiny Tiny RSS order, each a valid rule', () => {
    expect(tinyTinyRssFiltersFromOpml(opml)).toHaveLength(12);
    expect(rules.map((one) => one.name)).toEqual([
      'Quiet the quotes',
      'Star Rust',
      'No sponsored posts',
      'Tech, not Bob',
      'Off-site links',
      'Later',
      'webinar (+1)',
      'Old form: one feed',
      'Not everything but',
    ]);
    for (const one of rules) expect(ruleInputSchema.safeParse(one).success, one.name).toBe(true);
  });

  it.each<[string, Partial<RuleInput>]>([
    // Plain words stay words (Tiny Tiny RSS matches ignoring case, as rules do unless asked).
    ['Quiet the quotes', { match: 'all', conditions: [{ field: 'title', op: 'contains', value: 'quoted' }], actions: ['markRead'] }],
    // "Title or content" is two conditions joined by "any"; a feed named by title is found by it.
    [
      'Star Rust',
      {
        scope: { feeds: [1] },
        match: 'any',
        conditions: [
          { field: 'title', op: 'matches', value: '\\brust(lang)?\\b' },
          { field: 'content', op: 'matches', value: '\\brust(lang)?\\b' },
        ],
        actions: ['star', { label: 'rust' }],
      },
    ],
    // MySQL's "1"/"0" flags; "Delete article" hides (restorable) rather than deletes.
    [
      'No sponsored posts',
      {
        match: 'any',
        conditions: [
          { field: 'title', op: 'matches', value: '^(sponsored|advert)' },
          { field: 'author', op: 'contains', value: 'Promoted' },
        ],
        actions: ['hide'],
      },
    ],
    // An inverted word is "does not contain"; a category is the folder of that name.
    ['Tech, not Bob', { scope: { folder: 'Tech' }, conditions: [{ field: 'author', op: 'notContains', value: 'Bob' }], actions: [{ label: 'tech' }] }],
    // PostgreSQL's "t"/"f" flags: a disabled filter stays disabled; tags are labels; "Stop" is stop.
    ['Later', { enabled: false, stop: true, actions: [{ label: 'later' }, { label: 'reading' }] }],
    // An inverted pattern is "does not match" (notMatches).
    ['Off-site links', { conditions: [{ field: 'link', op: 'notMatches', value: '^https://example\\.org/' }], actions: ['markRead'] }],
    // The older export form names its feed in "feed"; "Publish article" is a share.
    ['Old form: one feed', { scope: { feeds: [2] }, actions: ['share'] }],
    // An inverted filter: not (release and security) = no release or no security.
    [
      'Not everything but',
      {
        match: 'any',
        conditions: [
          { field: 'title', op: 'notContains', value: 'release' },
          { field: 'title', op: 'notContains', value: 'security' },
        ],
      },
    ],
  ])('%s', (name, expected) => {
    expect(rule(name)).toMatchObject(expected);
  });

  it.each([
    ['No sponsored posts', /“Modify score” \(-100\) has no equivalent here; the rest of the filter was carried over/],
    ['Old news', /matches on the article’s date/],
    ['Plugin hook', /“Invoke plugin” \(af_readability:process\) have no equivalent here/],
    ['Gone feed', /“Unsubscribed Blog” is not subscribed here/],
  ])('lists %s as skipped, with the reason', (name, reason) => {
    expect(skipped.find((one) => one.name === name)?.reason).toMatch(reason);
  });

  it('nothing is lost without a word: every filter is a rule, skipped, or both (its dropped action)', () => {
    const names = new Set([...rules.map((one) => one.name), ...skipped.map((one) => one.name)]);
    expect(names.size).toBe(12);
  });

  it('reads the filters as JSON too, and refuses what is not filters in plain words', () => {
    const json = JSON.stringify({ filters: tinyTinyRssFiltersFromOpml(opml) });
    expect(rulesFromTinyTinyRss(json, library).rules).toEqual(rules);
    expect(() => rulesFromTinyTinyRss('{"feeds": 3}', library)).toThrow('not Tiny Tiny RSS filters: expected a list of filters');
    expect(() => rulesFromTinyTinyRss('{nope', library)).toThrow(/not Tiny Tiny RSS filters: the JSON cannot be read/);
    expect(rulesFromTinyTinyRss([{ title: 'x' }], library).skipped).toEqual([{ name: 'filter 1', reason: expect.stringMatching(/^not a Tiny Tiny RSS filter/) }]);
  });

  it('refuses a pattern JavaScript cannot read (PCRE’s possessive quantifier), naming it', () => {
    const filter = { title: 'Possessive', rules: [{ reg_exp: 'a++b', filter_type: 1 }], actions: [{ action_id: 2 }] };
    expect(rulesFromTinyTinyRss([filter], library).skipped).toEqual([
      { name: 'Possessive', reason: expect.stringMatching(/^its pattern "a\+\+b": the pattern cannot be read here/) },
    ]);
  });
});
