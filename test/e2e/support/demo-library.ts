// Serves the demo feeds, their pictures and podcast files from one loopback server, and
// subscribes a web host to them, in their folders.
import { demoFeeds, demoImage, demoRss } from './demo-feeds';
import { startFeedServer, type FeedServer } from './feed-server';
import type { WebHost } from './web-host';

export async function startDemoServer(): Promise<FeedServer> {
  const server = await startFeedServer({});
  for (const feed of demoFeeds) server.set(feed.path, { body: demoRss(feed, server.origin) });
  for (let index = 1; index <= 10; index++) {
    server.set(`/img/${index}.svg`, { body: demoImage(index), contentType: 'image/svg+xml' });
  }
  // A few bytes are enough: the player only needs to exist, not to play.
  for (const episode of ['/media/episode-41.mp3', '/media/episode-42.mp3']) {
    server.set(episode, { body: Buffer.alloc(64), contentType: 'audio/mpeg' });
  }
  return server;
}

/** Subscribes in the demo's order, each feed into its folder; answers the feeds' ids by title. */
export async function subscribeDemo(host: WebHost, server: FeedServer): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const feed of demoFeeds) {
    const added = await host.call('addFeed', { url: server.urlFor(feed.path), ...(feed.folder ? { folder: feed.folder } : {}) });
    ids.set(feed.title, added.id);
  }
  return ids;
}

export const demoArticleCount = demoFeeds.reduce((sum, feed) => sum + feed.items.length, 0);
