// The gate in front of the rules at ingest (rule-gate.ts): it may let a rule by that then does not
// match, never keep back one that would.
import { describe, expect, it } from 'vitest';
import type { RuleInput } from '../../../shared/rules';
import { ruleInputSchema } from '../../../shared/rules';
import { compileRule, type CompiledRule } from '../../../electron/core/rules/compile';
import { RuleArticle, type RuleArticleSource } from '../../../electron/core/rules/article-fields';
import { ruleGate } from '../../../electron/core/rules/rule-gate';

const compiled = (rules: RuleInput[]): CompiledRule[] => rules.map((rule, index) => compileRule({ ...ruleInputSchema.parse(rule), id: index + 1 }));

const article = (fields: Partial<RuleArticleSource>): RuleArticleSource => ({
  id: 1,
  feedId: 1,
  title: '',
  text: '',
  author: null,
  link: null,
  categories: [],
  ...fields,
});

const rules = compiled([
  { name: 'word in title', conditions: [{ field: 'title', op: 'contains', value: 'lantern gull' }], actions: ['markRead'] },
  { name: 'short word', conditions: [{ field: 'content', op: 'contains', value: 'topic7' }], actions: ['star'] },
  { name: 'longer word it starts', conditions: [{ field: 'content', op: 'contains', value: 'topic777' }], actions: ['star'] },
  { name: 'a word inside another', conditions: [{ field: 'any', op: 'contains', value: 'ab' }, { field: 'any', op: 'contains', value: 'xab' }], actions: ['star'] },
  { name: 'case kept', conditions: [{ field: 'title', op: 'contains', value: 'NASA', caseSensitive: true }], actions: ['star'] },
  { name: 'pattern', match: 'any', conditions: [{ field: 'any', op: 'matches', value: '(?:giveaway|sponsored)\\s*#?3\\b' }, { field: 'author', op: 'equals', value: ' Nobody ' }], actions: ['hide'] },
  { name: 'equals, case kept', conditions: [{ field: 'category', op: 'equals', value: 'Weather', caseSensitive: true }], actions: ['star'] },
  { name: 'kelvin', conditions: [{ field: 'author', op: 'equals', value: 'k' }], actions: ['star'] },
  { name: 'all: one needy, one not', conditions: [{ field: 'link', op: 'contains', value: '/ads/' }, { field: 'title', op: 'notContains', value: 'keep' }], actions: ['hide'] },
  { name: 'lacking a word', conditions: [{ field: 'title', op: 'notContains', value: 'ferry' }], actions: ['star'] },
  { name: 'pattern needing nothing known', conditions: [{ field: 'title', op: 'matches', value: '^\\d+$' }], actions: ['star'] },
  { name: 'any with a lack', match: 'any', conditions: [{ field: 'title', op: 'contains', value: 'zebra' }, { field: 'content', op: 'notMatches', value: 'q' }], actions: ['star'] },
]);

const articles: RuleArticleSource[] = [
  article({ title: 'Nothing here', text: 'plain words and a q' }),
  article({ title: 'A Lantern Gull sighting', text: 'birds' }),
  article({ text: 'see topic777 now', title: 'q' }),
  article({ text: 'see TOPIC70', title: 'q' }),
  article({ title: 'xab', text: 'q' }),
  article({ title: 'NASA news', text: 'q' }),
  article({ title: 'nasa news', text: 'q' }),
  article({ title: 'Win', text: 'a Sponsored #3 post', link: 'http://x.test/ads/1' }),
  article({ title: 'keep this', link: 'http://x.test/ads/2', author: 'nobody' }),
  article({ title: 'Rain', categories: ['Other', 'Weather'], text: 'q' }),
  article({ title: 'Rain', categories: ['weather'], text: 'q' }),
  // The Kelvin sign lower-cases to "k", which a case-insensitive JavaScript pattern for "k" does not find.
  article({ title: 'x', author: '\u212a', text: 'q' }),
  article({ title: '12345', text: 'q' }),
  article({ title: 'a zebra', text: 'q' }),
  article({ title: 'giveaway3', text: 'q', author: 'Someone', link: 'http://x.test/giveaway 3' }),
];

describe('the gate in front of the rules', () => {
  it('lets by every rule that matches an article, in the rules order', () => {
    const gate = ruleGate(rules);
    for (const source of articles) {
      const matching = rules.filter((rule) => rule.matches(new RuleArticle(source)));
      const picked = gate.pick(rules, source);
      expect(picked.filter((rule) => matching.includes(rule)), source.title).toEqual(matching);
      expect([...picked].sort((a, b) => a.id - b.id)).toEqual(picked);
    }
  });

  it('asks only the rules that can match without a text when an article holds none of the texts', () => {
    const gate = ruleGate(rules);
    const picked = gate.pick(rules, articles[0] as RuleArticleSource).map((rule) => rule.name);
    expect(picked).toEqual(['lacking a word', 'pattern needing nothing known', 'any with a lack']);
  });

  it('finds each of two words where one starts inside the other, and both where one starts the other', () => {
    const gate = ruleGate(rules);
    expect(gate.pick(rules, articles[4] as RuleArticleSource).map((rule) => rule.name)).toContain('a word inside another');
    const both = gate.pick(rules, articles[2] as RuleArticleSource).map((rule) => rule.name);
    expect(both).toContain('short word');
    expect(both).toContain('longer word it starts');
  });

  it('keeps back a rule whose words the article lacks, though another rule is let by', () => {
    const gate = ruleGate(rules);
    const picked = gate.pick(rules, articles[1] as RuleArticleSource).map((rule) => rule.name);
    expect(picked).toContain('word in title');
    expect(picked).not.toContain('short word');
    expect(picked).not.toContain('pattern');
  });
});
