// Several rules asking the same thing of one arriving article (overlapping mutes, a label given by
// two filters) write it once: the later ones find it done in the same run (actions.ts, runRules).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeRefreshWorld } from '../../support/refresh-world';
import { openRulesWorld, rssWith, type RulesWorld } from './rules-world';

describe('rules asking the same action of one article', () => {
  let world: RulesWorld;
  beforeEach(async () => {
    world = await openRulesWorld();
  });
  afterEach(() => closeRefreshWorld(world));

  it('marks it read and labels it once, however many rules ask, and still runs each rule that differs', async () => {
    for (const word of ['lantern', 'gull', 'lantern gull']) {
      await world.addRule({ name: `mute ${word}`, conditions: [{ field: 'title', op: 'contains', value: word }], actions: ['markRead', { label: 'birds' }] });
    }
    await world.addRule({ name: 'star it too', conditions: [{ field: 'title', op: 'contains', value: 'gull' }], actions: ['markRead', 'star'] });
    const writes: string[] = [];
    const rules = world.store.rules;
    const count = <K extends 'markRead' | 'label' | 'star'>(name: K): void => {
      const original = rules[name].bind(rules) as (...args: unknown[]) => boolean;
      (rules as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => {
        writes.push(name);
        return original(...args);
      };
    };
    count('markRead');
    count('label');
    count('star');
    world.server.set('/feed', { body: rssWith('Birds', [{ guid: 'a', title: 'A lantern gull at dusk' }, { guid: 'b', title: 'Rain' }]) });
    const feedId = world.store.feeds.add({ url: world.server.url('/feed') });
    await world.refresher.refresh();

    expect(writes.sort()).toEqual(['label', 'markRead', 'star']);
    expect(world.unread(feedId)).toBe(1);
    const gull = world.store.articles.list({ scope: { kind: 'all' }, unreadOnly: false, limit: 10 }).items.find((item) => item.title === 'A lantern gull at dusk');
    expect(gull?.read).toBe(true);
    expect(gull?.starred).toBe(true);
    expect(world.store.articles.get(gull?.id as number).labels.map((label) => label.name)).toEqual(['birds']);
  });
});
