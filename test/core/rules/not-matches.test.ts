// notMatches: a pattern that must not match (what Miniflux's keep rules and Tiny Tiny RSS's
// inverted patterns say), at ingest and in a try-out.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeRefreshWorld } from '../../support/refresh-world';
import { openRulesWorld, rssWith, type RulesWorld } from './rules-world';

describe('a rule with notMatches', () => {
  let world: RulesWorld;
  beforeEach(async () => {
    world = await openRulesWorld();
    world.server.set('/feed', {
      body: rssWith('Code', [
        { guid: 'a', title: 'Release v2 is out' },
        { guid: 'b', title: 'Security v10 advisory' },
        { guid: 'c', title: 'Thoughts on naming' },
        { guid: 'd', title: 'release notes, lower case' },
      ]),
    });
  });
  afterEach(() => closeRefreshWorld(world));

  const keepReleases = {
    name: 'keep releases',
    conditions: [{ field: 'title' as const, op: 'notMatches' as const, value: '^(Release|Security) v\\d+', caseSensitive: true }],
    actions: ['hide' as const],
  };

  it('hides at ingest only what the pattern does not match', async () => {
    await world.addRule(keepReleases);
    const feedId = world.store.feeds.add({ url: world.server.url('/feed') });
    await world.refresher.refresh();
    const listed = world.store.articles.list({ scope: { kind: 'feed', feedId }, unreadOnly: false, limit: 10 }).items.map((item) => item.title);
    expect(listed.sort()).toEqual(['Release v2 is out', 'Security v10 advisory']);
  });

  it('counts in a try-out what the pattern does not match, ignoring case unless asked', async () => {
    world.store.feeds.add({ url: world.server.url('/feed') });
    await world.refresher.refresh();
    const strict = await world.call('testRule', { rule: keepReleases });
    expect(strict.ok && strict.value.count).toBe(2);
    const loose = await world.call('testRule', { rule: { ...keepReleases, conditions: [{ field: 'title', op: 'notMatches', value: 'RELEASE' }] } });
    expect(loose.ok && loose.value.count).toBe(2);
    const naming = await world.call('testRule', { rule: { ...keepReleases, conditions: [{ field: 'title', op: 'notMatches', value: 'nam(e|ing)' }] } });
    expect(naming.ok && naming.value.count).toBe(3);
  });

  it('refuses a bad pattern as matches does, saying where', async () => {
    const added = await world.call('addRule', { rule: { ...keepReleases, conditions: [{ field: 'title', op: 'notMatches', value: 'a(b' }] } });
    expect(added.ok).toBe(false);
    expect(!added.ok && added.error.message).toMatch(/at character \d+/);
  });
});
