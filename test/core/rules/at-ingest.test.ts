// Rules at ingest (#18): they run in order on each new article, inside the refresh's transaction,
// so the feed lands with its counts already right.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connectionOf, Store } from '../../../electron/core/store';
import { closeRefreshWorld } from '../../support/refresh-world';
import { openRulesWorld, rssWith, type RulesWorld } from './rules-world';

describe('rules at ingest', () => {
  let world: RulesWorld;
  beforeEach(async () => {
    world = await openRulesWorld();
  });
  afterEach(() => closeRefreshWorld(world));

  const news = rssWith('News', [
    { guid: 'a', title: 'Quoted: the mayor speaks' },
    { guid: 'b', title: 'Rain tomorrow', categories: ['Weather'] },
    { guid: 'c', title: 'A QUOTED remark', author: 'Jo' },
    { guid: 'd', title: 'Sponsored: buy now', body: '<p>An <b>advert</b> for soap</p>' },
  ]);

  it('a rule that marks read leaves the unread count right the moment the feed lands', async () => {
    await world.addRule({ name: 'quiet the quotes', conditions: [{ field: 'title', op: 'contains', value: 'quoted' }], actions: ['markRead'] });
    world.server.set('/feed', { body: news });
    const feedId = world.store.feeds.add({ url: world.server.url('/feed') });
    await world.refresher.refresh();
    expect(world.unread(feedId)).toBe(2);
    const read = world.store.articles.list({ scope: { kind: 'all' }, unreadOnly: false, limit: 10 }).items.filter((item) => item.read);
    expect(read.map((item) => item.title).sort()).toEqual(['A QUOTED remark', 'Quoted: the mayor speaks']);
    // Read by a rule, not by the person: no read time.
    expect(connectionOf(world.store).prepare('SELECT count(*) AS n FROM article_state WHERE read_at IS NOT NULL').get()).toEqual({ n: 0 });
  });

  it('a rule that hides keeps the article out of lists and counts, in Filtered, and restorable', async () => {
    await world.addRule({ name: 'no adverts', conditions: [{ field: 'content', op: 'contains', value: 'ADVERT' }], actions: ['hide'] });
    world.server.set('/feed', { body: news });
    const feedId = world.store.feeds.add({ url: world.server.url('/feed') });
    await world.refresher.refresh();
    const titles = (scope: Parameters<Store['articles']['list']>[0]['scope'], unreadOnly = false) =>
      world.store.articles.list({ scope, unreadOnly, limit: 10 }).items.map((item) => item.title);
    expect(world.unread(feedId)).toBe(3);
    expect(world.store.library.summary().totals.unread).toBe(3);
    expect(titles({ kind: 'all' })).not.toContain('Sponsored: buy now');
    expect(titles({ kind: 'feed', feedId })).not.toContain('Sponsored: buy now');
    expect(titles({ kind: 'unread' }, true)).not.toContain('Sponsored: buy now');
    expect(titles({ kind: 'filtered' })).toEqual(['Sponsored: buy now']);

    const restored = await world.call('restoreHidden', { articleIds: [world.ids()['Sponsored: buy now'] as number] });
    expect(restored).toEqual({ ok: true, value: { changed: 1 } });
    expect(titles({ kind: 'filtered' })).toEqual([]);
    expect(titles({ kind: 'all' })).toContain('Sponsored: buy now');
    expect(world.unread(feedId)).toBe(4);
    // Applying the rule again leaves alone what the person restored.
    await world.call('applyRule', { ruleId: world.store.rules.list()[0]?.id as number });
    expect(titles({ kind: 'filtered' })).toEqual([]);
  });

  it('a rule that labels makes the label and puts it on the matching articles', async () => {
    await world.addRule({ name: 'weather', conditions: [{ field: 'category', op: 'equals', value: 'weather' }], actions: [{ label: 'later' }, 'star'] });
    world.server.set('/feed', { body: news });
    world.store.feeds.add({ url: world.server.url('/feed') });
    await world.refresher.refresh();
    const later = world.store.keeping.labels().find((label) => label.name === 'later');
    expect(later).toMatchObject({ count: 1 });
    const article = world.store.articles.get(world.ids()['Rain tomorrow'] as number);
    expect(article.labels.map((label) => label.name)).toEqual(['later']);
    expect(article.starred).toBe(true);
  });

  it('a catastrophic pattern cannot stall a refresh: matching is linear in the text', async () => {
    await world.addRule({ name: 'evil', conditions: [{ field: 'any', op: 'matches', value: '(a+)+$' }], actions: ['star'] });
    await world.addRule({ name: 'evil too', conditions: [{ field: 'content', op: 'matches', value: '^(\\w+\\s?)*$' }], actions: ['like'] });
    const evil = `${'a'.repeat(40_000)}!`;
    world.server.set('/feed', { body: rssWith('Evil', [{ guid: 'x', title: evil, body: `<p>${'word '.repeat(5_000)}!</p>` }, { guid: 'y', title: 'aaa' }]) });
    const feedId = world.store.feeds.add({ url: world.server.url('/feed') });
    // A backtracking engine would take longer than the universe's age here; the test's timeout is the judge.
    await world.refresher.refresh();
    expect(world.store.articles.list({ scope: { kind: 'feed', feedId }, unreadOnly: false, limit: 10 }).items.map((item) => [item.title.length, item.starred])).toEqual([
      [3, true],
      [40_001, false],
    ]);
  }, 20_000);

  it('stop: later rules do not run on an article a stopping rule matched', async () => {
    await world.addRule({ name: 'first', conditions: [{ field: 'title', op: 'contains', value: 'rain' }], actions: ['star'], stop: true });
    await world.addRule({ name: 'second', conditions: [{ field: 'any', op: 'matches', value: '.' }], actions: ['markRead'] });
    world.server.set('/feed', { body: news });
    const feedId = world.store.feeds.add({ url: world.server.url('/feed') });
    await world.refresher.refresh();
    const items = world.store.articles.list({ scope: { kind: 'feed', feedId }, unreadOnly: false, limit: 10 }).items;
    expect(items.filter((item) => !item.read).map((item) => item.title)).toEqual(['Rain tomorrow']);
    expect(items.filter((item) => item.starred).map((item) => item.title)).toEqual(['Rain tomorrow']);
    expect(world.unread(feedId)).toBe(1);
  });

  it('scope by folder takes the folder and its subfolders, and no other feed', async () => {
    await world.addRule({ name: 'tech only', scope: { folder: 'Tech' }, conditions: [{ field: 'title', op: 'contains', value: 'rain' }], actions: ['markRead'] });
    for (const path of ['tech', 'web', 'other']) world.server.set(`/${path}`, { body: rssWith(path, [{ guid: 'r', title: `Rain in ${path}` }]) });
    const tech = world.store.feeds.add({ url: world.server.url('/tech'), folderPath: ['Tech'] });
    const web = world.store.feeds.add({ url: world.server.url('/web'), folderPath: ['Tech', 'Web'] });
    const other = world.store.feeds.add({ url: world.server.url('/other'), folderPath: ['Technology'] });
    await world.refresher.refresh();
    expect([world.unread(tech), world.unread(web), world.unread(other)]).toEqual([0, 0, 1]);
  });

  it('scope by feeds leaves every other feed alone', async () => {
    world.server.set('/one', { body: rssWith('one', [{ guid: 'r', title: 'Rain one' }]) });
    world.server.set('/two', { body: rssWith('two', [{ guid: 'r', title: 'Rain two' }]) });
    const one = world.store.feeds.add({ url: world.server.url('/one') });
    const two = world.store.feeds.add({ url: world.server.url('/two') });
    await world.addRule({ name: 'two only', scope: { feeds: [two] }, conditions: [{ field: 'title', op: 'contains', value: 'rain' }], actions: ['markRead'] });
    await world.refresher.refresh();
    expect([world.unread(one), world.unread(two)]).toEqual([1, 0]);
  });

  it('a rule deletes an arriving article for good: the feed still listing it does not bring it back', async () => {
    await world.addRule({ name: 'no sponsors', conditions: [{ field: 'title', op: 'matches', value: '^sponsored:' }], actions: ['delete'] });
    world.server.set('/feed', { body: news });
    const feedId = world.store.feeds.add({ url: world.server.url('/feed') });
    await world.refresher.refresh();
    world.store.rules.remove(world.store.rules.list()[0]?.id as number);
    world.server.set('/feed', { body: news.replace('Rain tomorrow', 'Rain today') });
    await world.refresher.refresh();
    expect(Object.keys(world.ids()).sort()).toEqual(['A QUOTED remark', 'Quoted: the mayor speaks', 'Rain today']);
    expect(world.unread(feedId)).toBe(3);
  });

  it('rules run only on new articles: an article already stored is not touched by a refresh', async () => {
    world.server.set('/feed', { body: news });
    const feedId = world.store.feeds.add({ url: world.server.url('/feed') });
    await world.refresher.refresh();
    await world.addRule({ name: 'all read', conditions: [{ field: 'title', op: 'matches', value: '.' }], actions: ['markRead'] });
    world.server.set('/feed', { body: news.replace('Body of Rain tomorrow', 'changed body') });
    await world.refresher.refresh();
    expect(world.unread(feedId)).toBe(4);
  });

  it('a rule saved from another connection (the CLI while the app runs) is used at the next refresh', async () => {
    world.server.set('/feed', { body: rssWith('x', [{ guid: '1', title: 'Rain one' }]) });
    const feedId = world.store.feeds.add({ url: world.server.url('/feed') });
    await world.refresher.refresh(); // the rules are compiled now (none)
    const other = Store.open(world.store.file);
    other.rules.add({ name: 'rain', match: 'all', conditions: [{ field: 'title', op: 'contains', value: 'rain' }], actions: ['markRead'], stop: false, enabled: true });
    other.close();
    world.server.set('/feed', { body: rssWith('x', [{ guid: '1', title: 'Rain one' }, { guid: '2', title: 'Rain two' }]) });
    await world.refresher.refresh();
    expect(world.unread(feedId)).toBe(1);
  });

  it('words several rules look for are each found, and their absence too (one pass screens them all)', async () => {
    await world.addRule({ name: 'soap', conditions: [{ field: 'content', op: 'contains', value: 'SOAP' }], actions: ['star'] });
    await world.addRule({ name: 'mayor', conditions: [{ field: 'any', op: 'matches', value: '\\bmayor\\s+speaks$' }], actions: ['like'] });
    await world.addRule({ name: 'no body', conditions: [{ field: 'content', op: 'notContains', value: 'body of' }], actions: [{ label: 'odd' }] });
    world.server.set('/feed', { body: news });
    world.store.feeds.add({ url: world.server.url('/feed') });
    await world.refresher.refresh();
    const ids = world.ids();
    const state = (title: string) => {
      const article = world.store.articles.get(ids[title] as number);
      return [article.starred, article.liked, article.labels.map((label) => label.name)];
    };
    expect(state('Sponsored: buy now')).toEqual([true, false, ['odd']]);
    expect(state('Quoted: the mayor speaks')).toEqual([false, true, []]);
    expect(state('Rain tomorrow')).toEqual([false, false, []]);
  });

  it('a disabled rule does nothing', async () => {
    await world.addRule({ name: 'off', conditions: [{ field: 'title', op: 'contains', value: 'rain' }], actions: ['markRead'], enabled: false });
    world.server.set('/feed', { body: news });
    const feedId = world.store.feeds.add({ url: world.server.url('/feed') });
    await world.refresher.refresh();
    expect(world.unread(feedId)).toBe(4);
  });

  it('notify records a desktop notification for the shell, once per arriving article', async () => {
    await world.addRule({ name: 'tell me', conditions: [{ field: 'author', op: 'equals', value: 'jo' }], actions: ['notify'] });
    world.server.set('/feed', { body: news });
    world.store.feeds.add({ url: world.server.url('/feed') });
    await world.refresher.refresh();
    await world.refresher.refresh();
    expect(world.store.rules.pendingNotifications().map((note) => note.title)).toEqual(['A QUOTED remark']);
  });
});
