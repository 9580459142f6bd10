// A core on a fresh library with a few articles, and a wait for something the loop does later.
import { dispatch, unwrap } from '../../../shared/dispatch';
import type { CallInput, CallName, CallOutput } from '../../../shared/contract';
import { openCore, type Core, type CoreOptions } from '../../../electron/core/core';
import { feedOf, item, noValidators } from '../../support/items';

export async function call<K extends CallName>(core: Core, name: K, input: CallInput<K>): Promise<CallOutput<K>> {
  return unwrap(await dispatch(core.handlers, name, input));
}

/** Opens the core and, on a new library, stores three articles from one feed; answers their ids, newest first. */
export function openWithArticles(options: CoreOptions): { core: Core; articleIds: number[] } {
  const core = openCore(options);
  let feed = core.store.feeds.rows()[0]?.id;
  if (feed === undefined) {
    feed = core.store.feeds.add({ url: 'https://example.org/feed.xml' });
    core.store.feeds.saveFetched(
      feed,
      feedOf(
        [
          item('a', { title: 'Fog over the harbour & the "quay"', published: new Date('2024-05-03T00:00:00Z') }),
          item('b', { title: 'A heron', published: new Date('2024-05-02T00:00:00Z'), author: 'Ana' }),
          item('c', { title: 'Sea glass', published: new Date('2024-05-01T00:00:00Z'), link: 'javascript:alert(1)' }),
        ],
        'Harbour Light',
      ),
      noValidators,
    );
  }
  const articleIds = core.store.articles.list({ scope: { kind: 'all' }, unreadOnly: false, limit: 10 }).items.map((article) => article.id);
  return { core, articleIds };
}

export async function waitFor<T>(what: string, probe: () => T | undefined | null | false, timeoutMs = 10_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 15));
  }
}
