// Trying a rule on stored articles (changing nothing), applying it once, and what a rule never
// does: delete a kept article, or redo what the person took back by hand (#18).
import { connectionOf } from '../../../electron/core/store';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeRefreshWorld } from '../../support/refresh-world';
import { openRulesWorld, rssWith, type RulesWorld } from './rules-world';

describe('trying and applying a rule on stored articles', () => {
  let world: RulesWorld;
  let feedId: number;
  beforeEach(async () => {
    world = await openRulesWorld();
    world.server.set(
      '/feed',
      {
        body: rssWith('News', [
          { guid: 'a', title: 'Quoted: the mayor speaks' },
          { guid: 'b', title: 'Rain tomorrow', categories: ['Weather', 'Local news'] },
          { guid: 'c', title: 'A QUOTED remark', author: 'Jo' },
          { guid: 'd', title: 'Sponsored: buy now', body: '<p>An <b>advert</b> for soap</p>' },
          { guid: 'e', title: 'Ünïcode QUÖTED' },
        ]),
      },
    );
    feedId = world.store.feeds.add({ url: world.server.url('/feed') });
    await world.refresher.refresh();
  });
  afterEach(() => closeRefreshWorld(world));

  const snapshot = () => connectionOf(world.store).prepare('SELECT * FROM article_state ORDER BY article_id').all();

  it('counts and lists the matching articles, newest first, and changes nothing', async () => {
    const before = snapshot();
    const tried = await world.call('testRule', { rule: { name: 't', conditions: [{ field: 'title', op: 'contains', value: 'quoted' }], actions: ['delete'] } });
    const ids = world.ids();
    expect(tried).toEqual({ ok: true, value: { count: 2, ids: [ids['Quoted: the mayor speaks'], ids['A QUOTED remark']] } });
    expect(snapshot()).toEqual(before);
  });

  it('matches letters beyond ASCII regardless of case, where SQL cannot narrow the search', async () => {
    const tried = await world.call('testRule', { rule: { name: 't', conditions: [{ field: 'title', op: 'contains', value: 'quöted' }], actions: ['star'] } });
    expect(tried.ok && tried.value.count).toBe(1);
  });

  it('reads categories, plain text without tags, and any field', async () => {
    const count = async (conditions: { field: 'category' | 'content' | 'any'; op: 'contains' | 'equals' | 'matches'; value: string }[], match: 'all' | 'any' = 'all') => {
      const tried = await world.call('testRule', { rule: { name: 't', match, conditions, actions: ['star'] } });
      if (!tried.ok) throw new Error(tried.error.message);
      return tried.value.count;
    };
    expect(await count([{ field: 'category', op: 'equals', value: 'local NEWS' }])).toBe(1);
    expect(await count([{ field: 'content', op: 'contains', value: 'an advert for' }])).toBe(1);
    expect(await count([{ field: 'content', op: 'contains', value: '<b>' }])).toBe(0);
    expect(await count([{ field: 'any', op: 'contains', value: 'weather' }])).toBe(1);
    expect(await count([{ field: 'any', op: 'matches', value: '^jo$' }])).toBe(1);
    expect(await count([{ field: 'any', op: 'contains', value: 'jo' }, { field: 'category', op: 'contains', value: 'weather' }], 'any')).toBe(2);
  });

  it('finds words in the content through the search index, before and after it caught up', async () => {
    const count = async (value: string, op: 'contains' | 'matches' = 'contains') => {
      const tried = await world.call('testRule', { rule: { name: 't', conditions: [{ field: 'content', op, value }], actions: ['star'] } });
      return tried.ok ? tried.value.count : -1;
    };
    const before = [await count('An ADVERT for'), await count('advert'), await count('\\badvert\\s+for\\b', 'matches'), await count('body of')];
    world.store.search.catchUp();
    expect(connectionOf(world.store).prepare('SELECT indexed_upto AS n FROM search_progress').get()).toEqual({ n: 5 });
    const after = [await count('An ADVERT for'), await count('advert'), await count('\\badvert\\s+for\\b', 'matches'), await count('body of')];
    expect(after).toEqual([1, 1, 1, 4]);
    expect(before).toEqual(after);
  });

  it('narrows a title pattern through the search index by all the words it needs', async () => {
    world.store.search.catchUp();
    const count = async (value: string) => {
      const tried = await world.call('testRule', { rule: { name: 't', conditions: [{ field: 'title', op: 'matches', value }], actions: ['star'] } });
      return tried.ok ? tried.value.count : -1;
    };
    expect(await count('^quoted:\\s+the\\s+(mayor|king)\\b')).toBe(1);
    expect(await count('(remark|mayor)')).toBe(2);
    expect(await count('^(?:rain|snow) tomorrow$')).toBe(1);
    expect(await count('quoted\\s+(?:nothing|none)')).toBe(0);
  });

  it('applies a rule once to the stored articles it matches', async () => {
    const ruleId = await world.addRule({ name: 'q', conditions: [{ field: 'title', op: 'contains', value: 'quoted' }], actions: ['markRead', { label: 'quotes' }] });
    expect(world.unread(feedId)).toBe(5); // saving a rule changes no stored article
    expect(await world.call('applyRule', { ruleId })).toEqual({ ok: true, value: { matched: 2, changed: 2 } });
    expect(world.unread(feedId)).toBe(3);
    expect(world.store.keeping.labels()).toMatchObject([{ name: 'quotes', count: 2 }]);
    expect(await world.call('applyRule', { ruleId })).toEqual({ ok: true, value: { matched: 2, changed: 0 } });
  });

  it('never redoes what a person took back by hand: marked unread, unstarred, unliked', async () => {
    const ids = world.ids();
    const quoted = ids['Quoted: the mayor speaks'] as number;
    const remark = ids['A QUOTED remark'] as number;
    world.store.articles.setRead([quoted], true);
    world.store.articles.setRead([quoted], false);
    world.store.articles.setStarred(remark, true);
    world.store.articles.setStarred(remark, false);
    world.store.keeping.setLiked(remark, true);
    world.store.keeping.setLiked(remark, false);
    const ruleId = await world.addRule({ name: 'q', conditions: [{ field: 'title', op: 'contains', value: 'quoted' }], actions: ['markRead', 'star', 'like'] });
    await world.call('applyRule', { ruleId });
    const state = (id: number) => world.store.articles.get(id);
    expect([state(quoted).read, state(quoted).starred, state(quoted).liked]).toEqual([false, true, true]);
    expect([state(remark).read, state(remark).starred, state(remark).liked]).toEqual([true, false, false]);
  });

  it('a read or starred article stays as the person left it when a rule is applied after', async () => {
    const quoted = world.ids()['Quoted: the mayor speaks'] as number;
    world.store.articles.setRead([quoted], true);
    world.store.articles.setStarred(quoted, true);
    const ruleId = await world.addRule({ name: 'q', conditions: [{ field: 'title', op: 'contains', value: 'mayor' }], actions: ['markRead', 'star', 'delete'] });
    expect(await world.call('applyRule', { ruleId })).toEqual({ ok: true, value: { matched: 1, changed: 0 } });
    const article = world.store.articles.get(quoted);
    expect([article.read, article.starred, article.starredAt !== null]).toEqual([true, true, true]);
  });

  it('delete never touches kept articles: starred, noted, shared or labelled by hand', async () => {
    const ids = world.ids();
    world.store.articles.setStarred(ids['Quoted: the mayor speaks'] as number, true);
    world.store.keeping.setNote(ids['Rain tomorrow'] as number, 'bring an umbrella');
    world.store.keeping.label(ids['A QUOTED remark'] as number, ['mine'], []);
    world.store.shares.mark(ids['Ünïcode QUÖTED'] as number, undefined);
    const ruleId = await world.addRule({ name: 'all', conditions: [{ field: 'title', op: 'matches', value: '.' }], actions: [{ label: 'by rule' }, 'delete'] });
    expect(await world.call('applyRule', { ruleId })).toMatchObject({ ok: true, value: { matched: 5 } });
    // The only unkept one goes, though the rule labelled it first: a rule's own label does not keep.
    expect(Object.keys(world.ids()).sort()).toEqual(['A QUOTED remark', 'Quoted: the mayor speaks', 'Rain tomorrow', 'Ünïcode QUÖTED']);
    expect(world.unread(feedId)).toBe(4);
  });
});

describe('a rule is checked when saved', () => {
  let world: RulesWorld;
  beforeEach(async () => {
    world = await openRulesWorld();
  });
  afterEach(() => closeRefreshWorld(world));

  it('refuses a bad pattern, saying where it goes wrong, and saves nothing', async () => {
    const result = await world.call('addRule', { rule: { name: 'bad', conditions: [{ field: 'title', op: 'matches', value: 'ab[c' }], actions: ['hide'] } });
    expect(result).toMatchObject({ ok: false, error: { code: 'bad_input' } });
    expect(!result.ok && result.error.message).toMatch(/^the pattern "ab\[c" cannot be used, at character 3: missing closing \]/);
    const lookahead = await world.call('testRule', { rule: { name: 'bad', conditions: [{ field: 'title', op: 'matches', value: 'x(?=y)' }], actions: ['hide'] } });
    expect(!lookahead.ok && lookahead.error.message).toMatch(/at character 2: invalid or unsupported Perl syntax/);
    // re2js writes a case-insensitive pattern as "(?i)…" in its message; the person never typed that.
    const unclosed = await world.call('testRule', { rule: { name: 'bad', conditions: [{ field: 'title', op: 'matches', value: 'tide(s' }], actions: ['hide'] } });
    expect(!unclosed.ok && unclosed.error.message).toBe('the pattern "tide(s" cannot be used, at character 5: missing closing ): `tide(s`');
    expect(world.store.rules.list()).toEqual([]);
  });

  it('refuses a rule without conditions or with an unknown action, in plain words', async () => {
    const none = await world.call('addRule', { rule: { name: 'x', conditions: [], actions: ['hide'] } });
    expect(!none.ok && none.error.message).toMatch(/a rule needs at least one condition/);
    const odd = await world.call('addRule', { rule: { name: 'x', conditions: [{ field: 'title', op: 'contains', value: 'a' }], actions: ['explode' as 'hide'] } });
    expect(odd).toMatchObject({ ok: false, error: { code: 'bad_input' } });
  });

  it('keeps rules in order: add, move, update and remove', async () => {
    const rule = (name: string) => ({ name, conditions: [{ field: 'title' as const, op: 'contains' as const, value: name }], actions: ['star' as const] });
    const a = await world.addRule(rule('a'));
    const b = await world.addRule(rule('b'));
    const c = await world.addRule(rule('c'));
    const moved = await world.call('moveRule', { ruleId: c, to: 1 });
    expect(moved.ok && moved.value.rules.map((one) => [one.id, one.position])).toEqual([[c, 1], [a, 2], [b, 3]]);
    const updated = await world.call('updateRule', { ruleId: a, rule: { ...rule('a2'), stop: true, enabled: false } });
    expect(updated).toMatchObject({ ok: true, value: { id: a, position: 2, name: 'a2', stop: true, enabled: false, match: 'all' } });
    expect(await world.call('removeRule', { ruleId: c })).toEqual({ ok: true, value: { removed: true } });
    const listed = await world.call('listRules', {});
    expect(listed.ok && listed.value.rules.map((one) => [one.id, one.position])).toEqual([[a, 1], [b, 2]]);
    expect(await world.call('updateRule', { ruleId: 999, rule: rule('x') })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
