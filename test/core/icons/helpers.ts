// A site on a real loopback server with a feed, a home page and icons, and a fresh library: what
// icon tests start from. Each test arranges the site's page and icons its own way.
import { readFileSync } from 'node:fs';
import { dispatch, unwrap } from '../../../shared/dispatch';
import type { CallInput, CallName, CallOutput } from '../../../shared/contract';
import { openCore, type Core } from '../../../electron/core/core';
import { FeedServer, rss } from '../../support/feed-server';
import { tempDir } from '../../support/temp';

export function iconFixture(name: string): Buffer {
  return readFileSync(new URL(`../../fixtures/icons/${name}`, import.meta.url));
}

export const png = iconFixture('icon-32.png');
export const ico = iconFixture('favicon.ico');

export interface IconWorld {
  server: FeedServer;
  core: Core;
  call<K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K>>;
  /** Subscribes to /feed.xml (its site: the server's home page) and waits for the icon lookup. */
  subscribe(path?: string): Promise<number>;
  /** Refreshes every feed and waits for the icon lookups the refresh asked for. */
  refresh(): Promise<void>;
  /** The feed's kept icon as bytes and type, or null. */
  icon(feedId: number): Promise<{ type: string; bytes: Buffer } | null>;
  close(): Promise<void>;
}

export function homePage(head: string): { body: string; contentType: string } {
  return { contentType: 'text/html; charset=utf-8', body: `<!doctype html><html><head><title>Site</title>${head}</head><body>Hello</body></html>` };
}

export async function iconWorld(): Promise<IconWorld> {
  const dir = tempDir();
  const server = await new FeedServer().start();
  server.set('/feed.xml', { body: rss('Harbour Notes', [{ guid: 'a', title: 'A' }], server.url('/')), etag: '"v1"' });
  const core = openCore({ dbFile: dir.file('library.db') });
  const call = async <K extends CallName>(name: K, input: CallInput<K>) => unwrap(await dispatch(core.handlers, name, input));
  return {
    server,
    core,
    call,
    subscribe: async (path = '/feed.xml') => {
      const feed = await call('addFeed', { url: server.url(path) });
      await core.icons.idle();
      return feed.id;
    },
    refresh: async () => {
      await call('refresh', {});
      await core.icons.idle();
    },
    icon: async (feedId) => {
      const { icons } = await call('getFeedIcons', { feedIds: [feedId] });
      const found = icons.find((icon) => icon.feedId === feedId);
      const m = found ? /^data:([^;]+);base64,(.*)$/.exec(found.dataUrl) : null;
      return m ? { type: m[1] ?? '', bytes: Buffer.from(m[2] ?? '', 'base64') } : null;
    },
    close: async () => {
      await core.icons.idle();
      core.close();
      await server.stop();
      dir.remove();
    },
  };
}
