// The rule actions that reach past the library (#18): `share` goes to the webhook share targets
// through the outbox as a person's share does; `notify` is told to the shell as a live event.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RuleNotifier } from '../../../electron/core/rules/notifier';
import { CoreEvents } from '../../../electron/core/events/emitter';
import type { LiveEvent } from '../../../shared/contract';
import { closeRefreshWorld } from '../../support/refresh-world';
import { openRulesWorld, rssWith, type RulesWorld } from './rules-world';

describe('rule actions beyond the library', () => {
  let world: RulesWorld;
  beforeEach(async () => {
    world = await openRulesWorld();
    world.server.set('/feed', {
      body: rssWith('News', [
        { guid: 'a', title: 'Lighthouse reopens' },
        { guid: 'b', title: 'Rain tomorrow' },
      ]),
    });
  });
  afterEach(() => closeRefreshWorld(world));

  it('share at ingest queues an outbox entry for each webhook target, with the article, as a person’s share', async () => {
    world.store.settings.update({
      shareTargets: [
        { id: 'hook', kind: 'webhook', name: 'Hook', url: 'http://127.0.0.1:9/hook' },
        { id: 'link', kind: 'copy-link', name: 'Copy' },
      ],
    });
    await world.addRule({ name: 'share lights', conditions: [{ field: 'title', op: 'contains', value: 'lighthouse' }], actions: ['share'] });
    world.store.feeds.add({ url: world.server.url('/feed') });
    await world.refresher.refresh();
    const entries = world.store.outbox.list();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ target_id: 'hook', article_id: world.ids()['Lighthouse reopens'] });
    expect(JSON.parse(entries[0]?.payload ?? '{}')).toMatchObject({ article: { title: 'Lighthouse reopens', url: 'https://example.org/a' } });
  });

  it('share by applying a rule to stored articles goes through the outbox too', async () => {
    world.store.settings.update({ shareTargets: [{ id: 'hook', kind: 'webhook', name: 'Hook', url: 'http://127.0.0.1:9/hook' }] });
    world.store.feeds.add({ url: world.server.url('/feed') });
    await world.refresher.refresh();
    const ruleId = await world.addRule({ name: 'share rain', conditions: [{ field: 'title', op: 'contains', value: 'rain' }], actions: ['share'] });
    await world.call('applyRule', { ruleId });
    expect(world.store.outbox.list().map((entry) => entry.article_id)).toEqual([world.ids()['Rain tomorrow']]);
  });

  it('notify is told once as a ruleNotified event naming the article and the rule, while somebody listens', async () => {
    await world.addRule({ name: 'tell me', conditions: [{ field: 'title', op: 'contains', value: 'lighthouse' }], actions: ['notify'] });
    world.store.feeds.add({ url: world.server.url('/feed') });
    await world.refresher.refresh();
    const events = new CoreEvents();
    const notifier = new RuleNotifier(world.store, events);
    notifier.tell(); // nobody listens: kept for later
    const heard: LiveEvent[] = [];
    events.subscribe((event) => heard.push(event));
    notifier.tell();
    notifier.tell();
    expect(heard.filter((event) => event.name === 'ruleNotified').map((event) => event.payload)).toEqual([
      { notifications: [{ articleId: world.ids()['Lighthouse reopens'], title: 'Lighthouse reopens', rule: 'tell me' }] },
    ]);
  });
});
