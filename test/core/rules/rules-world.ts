// What the rule tests start from: a library file, feeds on loopback refreshed through the real
// pipeline, and the rule calls as the UI makes them (validation included).
import { connectionOf } from '../../../electron/core/store';
import type { CallInput, CallName, CallOutput } from '../../../shared/contract';
import { dispatch } from '../../../shared/dispatch';
import type { CallResult } from '../../../shared/errors';
import type { RuleInput } from '../../../shared/rules';
import { ruleHandlers } from '../../../electron/core/calls/rules';
import type { Handlers } from '../../../shared/contract';
import { openRefreshWorld, type RefreshWorld } from '../../support/refresh-world';

export interface RulesWorld extends RefreshWorld {
  call<K extends CallName>(name: K, input: CallInput<K>): Promise<CallResult<CallOutput<K>>>;
  /** Saves a rule, failing the test if it is refused. */
  addRule(rule: RuleInput): Promise<number>;
  /** article id by title */
  ids(): Record<string, number>;
  unread(feedId: number): number;
}

export async function openRulesWorld(): Promise<RulesWorld> {
  const world = await openRefreshWorld();
  const handlers = ruleHandlers(world.store) as Handlers;
  const call = <K extends CallName>(name: K, input: CallInput<K>) => dispatch(handlers, name, input);
  return {
    ...world,
    call,
    addRule: async (rule) => {
      const result = await call('addRule', { rule });
      if (!result.ok) throw new Error(result.error.message);
      return result.value.id;
    },
    ids: () =>
      Object.fromEntries(
        (connectionOf(world.store).prepare('SELECT title, id FROM articles').all() as { title: string; id: number }[]).map((row) => [row.title, row.id]),
      ),
    unread: (feedId) => world.store.feeds.summary(feedId).unread,
  };
}

/** An RSS feed whose items may carry categories. */
export function rssWith(title: string, items: readonly { guid: string; title: string; body?: string; categories?: string[]; author?: string }[]): string {
  const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>${esc(title)}</title><link>https://example.org/</link><description>t</description>
${items
  .map(
    (item, index) => `<item><guid isPermaLink="false">${esc(item.guid)}</guid><title>${esc(item.title)}</title>
<link>https://example.org/${esc(item.guid)}</link><pubDate>Mon, 0${(index % 9) + 1} Jan 2024 10:00:00 GMT</pubDate>
${item.author ? `<author>${esc(item.author)}</author>` : ''}
${(item.categories ?? []).map((name) => `<category>${esc(name)}</category>`).join('')}
<description>${esc(item.body ?? `<p>Body of ${item.title}</p>`)}</description></item>`,
  )
  .join('\n')}
</channel></rss>`;
}
