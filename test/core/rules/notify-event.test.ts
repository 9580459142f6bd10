// A rule's `notify` through the whole core (#18): a refresh lands, and a listener (the desktop
// shell) hears one ruleNotified naming the article and the rule; the next refresh tells it no more.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../electron/core/core';
import type { LiveEvent } from '../../../shared/contract';
import { FeedServer, rss } from '../../support/feed-server';
import { tempDir } from '../../support/temp';

describe('notify at ingest, as a live event', () => {
  let dir: ReturnType<typeof tempDir>;
  let core: Core;
  let server: FeedServer;
  beforeEach(async () => {
    dir = tempDir('tidings-notify-');
    server = await new FeedServer().start();
    core = openCore({ dbFile: dir.file('library.db'), outbox: { run: false }, icons: false });
  });
  afterEach(async () => {
    core.close();
    await server.stop();
    dir.remove();
  });

  it('tells ruleNotified once for an arriving article a notify rule matches', async () => {
    const heard: LiveEvent[] = [];
    core.events.subscribe((event) => heard.push(event));
    await core.handlers.addRule({ rule: { name: 'tell me', match: 'all', conditions: [{ field: 'title', op: 'contains', value: 'ferry' }], actions: ['notify'], stop: false, enabled: true } });
    server.set('/a.xml', { body: rss('Feed A', [{ guid: 'a', title: 'Ferry strike ends' }, { guid: 'b', title: 'Quiet day' }]) });
    await core.handlers.addFeed({ url: server.url('/a.xml') });
    await core.handlers.refresh({});
    await core.handlers.refresh({});
    const told = heard.flatMap((event) => (event.name === 'ruleNotified' ? event.payload.notifications : []));
    expect(told.map((note) => [note.title, note.rule])).toEqual([['Ferry strike ends', 'tell me']]);
  });
});
