// Sync against the real Miniflux on loopback (test/support/miniflux.ts), with 100 feeds of 100
// entries each on the server, served by this process. Targets (issue #17): first sync ≤ 20 s; a sync
// with nothing new ≤ 1 s; 1,000 articles marked read here and synced ≤ 2 s. Prints the requests of each.
import { openCore } from '../../electron/core/core';
import { dispatch, unwrap } from '../../shared/dispatch';
import { FeedServer } from '../support/feed-server';
import { startMiniflux } from '../support/miniflux';
import { tempDir } from '../support/temp';
import { report } from './report';

function rss(feed: number, count: number): string {
  const items = Array.from({ length: count }, (_, i) =>
    `<item><title>Feed ${feed} item ${i}</title><link>https://example.org/${feed}/${i}</link><guid>https://example.org/${feed}/${i}</guid>` +
    `<description>&lt;p&gt;Paragraph ${i} of feed ${feed}, with &lt;a href="/x"&gt;a link&lt;/a&gt;.&lt;/p&gt;</description></item>`,
  ).join('');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Feed ${feed}</title><link>https://example.org/${feed}</link>${items}</channel></rss>`;
}

export async function syncBench(options: { feeds: number; entries: number } = { feeds: 100, entries: 100 }): Promise<void> {
  console.log(`\nSync with Miniflux: ${options.feeds} feeds × ${options.entries} entries on the server`);
  const started = await startMiniflux();
  if (typeof started === 'string') {
    console.log(`  skipped: ${started}`);
    return;
  }
  const server = started;
  const feeds = new FeedServer();
  const dir = tempDir('tidings-sync-bench-');
  for (let i = 0; i < options.feeds; i++) feeds.set(`/feed/${i}.xml`, { body: rss(i, options.entries), contentType: 'application/rss+xml' });
  await feeds.start();
  const core = openCore({ dbFile: dir.file('library.db'), outbox: { run: false }, icons: false });
  try {
    const category = await server.rest<{ id: number }>('POST', '/categories', { title: 'Bench' });
    for (let i = 0; i < options.feeds; i++) await server.rest('POST', '/feeds', { feed_url: feeds.url(`/feed/${i}.xml`), category_id: category.id });
    const account = unwrap(await dispatch(core.handlers, 'addAccount', { kind: 'greader', url: server.url, user: server.user, password: server.password }));

    let at = performance.now();
    const first = await core.sync.sync(account.id);
    report({ name: 'sync: first sync', value: (performance.now() - at) / 1000, unit: 's', target: { op: '≤', value: 20 }, note: `${first.newArticles} articles, ${first.requests} requests` });

    at = performance.now();
    const quiet = await core.sync.sync(account.id);
    report({ name: 'sync: nothing new', value: performance.now() - at, unit: 'ms', target: { op: '≤', value: 1000 }, note: `${quiet.requests} requests` });

    const page = core.store.articles.list({ scope: { kind: 'all' }, unreadOnly: true, limit: 1000 });
    at = performance.now();
    core.store.articles.setRead(page.items.map((article) => article.id), true);
    const pushed = await core.sync.sync(account.id);
    report({ name: 'sync: 1,000 marked read here, synced', value: performance.now() - at, unit: 'ms', target: { op: '≤', value: 2000 }, note: `${pushed.pushed} sent, ${pushed.requests} requests` });
  } finally {
    core.close();
    await feeds.stop();
    server.stop();
    dir.remove();
  }
}
