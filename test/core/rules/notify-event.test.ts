// A rule's `notify` through the whole core (#18): a refresh lands, and a listener (the desktop
// shell) hears one ruleNotified naming the article and the rule; the next refresh tells it no more.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LiveEvent } from '../../../shared/contract';
import { FeedServer, rss } from '../../support/feed-server';
import { withTempCore } from '../../support/temp-store';

describe('notify at ingest, as a live event', () => {
  const temp = withTempCore({ prefix: 'tidings-notify-', outbox: { run: false }, icons: false });
  let server: FeedServer;
  beforeEach(async () => {
    server = await new FeedServer().start();
  });
  afterEach(async () => {
    await server.stop();
  });

  it('tells ruleNotified once for an arriving article a notify rule matches', async () => {
    const heard: LiveEvent[] = [];
    temp.core.events.subscribe((event) => heard.push(event));
    await temp.core.handlers.addRule({ rule: { name: 'tell me', match: 'all', conditions: [{ field: 'title', op: 'contains', value: 'ferry' }], actions: ['notify'], stop: false, enabled: true } });
    server.set('/a.xml', { body: rss('Feed A', [{ guid: 'a', title: 'Ferry strike ends' }, { guid: 'b', title: 'Quiet day' }]) });
    await temp.core.handlers.addFeed({ url: server.url('/a.xml') });
    await temp.core.handlers.refresh({});
    await temp.core.handlers.refresh({});
    const told = heard.flatMap((event) => (event.name === 'ruleNotified' ? event.payload.notifications : []));
    expect(told.map((note) => [note.title, note.rule])).toEqual([['Ferry strike ends', 'tell me']]);
  });
});
