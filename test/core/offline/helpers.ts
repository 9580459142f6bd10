// A summary-only feed on a real loopback server, with the web pages and images its articles link
// to, subscribed in a fresh library: what offline-reading tests start from.
import { readFileSync } from 'node:fs';
import { dispatch, unwrap } from '../../../shared/dispatch';
import type { CallInput, CallName, CallOutput } from '../../../shared/contract';
import type { ArticleId } from '../../../shared/model';
import { openCore, type Core } from '../../../electron/core/core';
import { FeedServer, rss } from '../../support/feed-server';
import { tempDir } from '../../support/temp';

export function offlineFixture(name: string): Buffer {
  return readFileSync(new URL(`../../fixtures/offline/${name}`, import.meta.url));
}

export const pages = {
  lighthouse: { title: "The Lighthouse Keeper's Log", path: '/2024/lighthouse.html' },
  cafe: { title: 'Café prices', path: '/cafe.html' },
  harbour: { title: 'Harbour diary', path: '/ja/diary.html' },
  app: { title: 'An app, not an article', path: '/app.html' },
  broken: { title: 'A broken page', path: '/broken.html' },
} as const;
export type PageName = keyof typeof pages;

export interface OfflineWorld {
  dir: ReturnType<typeof tempDir>;
  server: FeedServer;
  core: Core;
  feedId: number;
  articleId(page: PageName): ArticleId;
  call<K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K>>;
  close(): Promise<void>;
}

export function serveSite(server: FeedServer): void {
  const html = (file: string, contentType = 'text/html') => ({ body: offlineFixture(file), contentType });
  server.set('/feed.xml', {
    body: rss(
      'Harbour Notes',
      Object.entries(pages).map(([guid, page]) => ({
        guid,
        title: page.title,
        link: server.url(page.path),
        // The feed carries a line and a picture; the rest is on the page.
        description: `<p>A summary of ${page.title}.</p><p><img src="${server.url('/media/photo.jpg')}" alt=""></p>`,
      })),
      server.url('/'),
    ),
  });
  server.set(pages.lighthouse.path, html('article.html', 'text/html; charset=utf-8'));
  server.set(pages.cafe.path, html('windows-1252.html'));
  server.set(pages.harbour.path, html('shift_jis.html', 'text/html; charset=Shift_JIS'));
  server.set(pages.app.path, html('no-article.html'));
  server.set(pages.broken.path, { status: 500, contentType: 'text/html', body: '<h1>Internal Server Error</h1>' });
  server.set('/2024/images/photo.png', { body: offlineFixture('photo.png'), contentType: 'image/png' });
  server.set('/media/photo.jpg', { body: offlineFixture('photo.jpg'), contentType: 'image/jpeg' });
}

export async function offlineWorld(): Promise<OfflineWorld> {
  const dir = tempDir();
  const server = await new FeedServer().start();
  serveSite(server);
  const core = openCore({ dbFile: dir.file('library.db') });
  const call = async <K extends CallName>(name: K, input: CallInput<K>) => unwrap(await dispatch(core.handlers, name, input));
  const feed = await call('addFeed', { url: server.url('/feed.xml') });
  const { items } = await call('listArticles', { scope: { kind: 'feed', feedId: feed.id } });
  return {
    dir,
    server,
    core,
    feedId: feed.id,
    call,
    articleId: (page) => {
      const found = items.find((item) => item.title === pages[page].title);
      if (!found) throw new Error(`no article titled ${pages[page].title}`);
      return found.id;
    },
    close: async () => {
      await core.offline.idle();
      core.close();
      await server.stop();
      dir.remove();
    },
  };
}
