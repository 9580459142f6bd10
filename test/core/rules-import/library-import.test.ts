// Other readers' filters read in by the library import (#18): the file's feeds and its rules land
// in one transaction, each filter not carried over is listed with its reason, a bad file changes nothing.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importLibrary } from '../../../electron/core/library/import';
import { withTempStore } from '../../support/temp-store';

const fixture = (name: string): Buffer => readFileSync(new URL(`../../fixtures/rules-import/${name}`, import.meta.url));
const offline = async (url: string): Promise<never> => {
  throw new Error(`offline: ${url}`);
};

describe('importing another reader’s filters into the library', () => {
  const temp = withTempStore();

  const tinyTinyRssJson = JSON.stringify({
    filters: [
      {
        title: 'Quiet the quotes',
        enabled: true,
        rules: [{ reg_exp: 'quoted', filter_type: 1, inverse: false, match: [[0, false, true]] }],
        actions: [{ action_id: 2, action_param: '' }],
      },
      {
        title: 'Old news',
        enabled: true,
        rules: [{ reg_exp: '2 weeks ago', filter_type: 5, inverse: false, match: [[0, false, true]] }],
        actions: [{ action_id: 2, action_param: '' }],
      },
    ],
  });

  it('a Tiny Tiny RSS filter export adds its rules and lists the one it cannot carry over, with the reason', async () => {
    const summary = await importLibrary(temp.store, { fileName: 'filters.json', bytes: Buffer.from(tinyTinyRssJson) }, { fetchList: offline });
    expect(summary.format).toBe('tiny-tiny-rss');
    expect(summary.rules).toEqual({ added: 1, skipped: [{ name: 'Old news', reason: expect.stringMatching(/matches on the article’s date/) }] });
    expect(temp.store.rules.list().map((rule) => [rule.name, rule.conditions, rule.actions])).toEqual([
      ['Quiet the quotes', [{ field: 'title', op: 'contains', value: 'quoted' }], ['markRead']],
    ]);
  });

  it('Tiny Tiny RSS’s OPML export subscribes its feeds and scopes its rules to them by name', async () => {
    const summary = await importLibrary(temp.store, { fileName: 'tt-rss.opml', bytes: fixture('tt-rss-export.opml') }, { fetchList: offline });
    expect(summary.format).toBe('opml');
    expect(summary.feedsAdded).toBeGreaterThanOrEqual(2);
    const rules = temp.store.rules.list();
    expect(summary.rules?.added).toBe(rules.length);
    const harbour = temp.store.library.subscriptionTree().feeds.find((feed) => feed.title === 'Harbour Light');
    expect(rules.find((rule) => rule.name === 'Star Rust')?.scope).toEqual({ feeds: [harbour?.id] });
    expect(rules.find((rule) => rule.name === 'Tech, not Bob')?.scope).toEqual({ folder: 'Tech' });
    expect(summary.rules?.skipped.map((skip) => skip.name)).toEqual(expect.arrayContaining(['Old news', 'Plugin hook', 'Gone feed']));
  });

  it('a Miniflux feeds export subscribes the feeds and adds their keep and block rules', async () => {
    const summary = await importLibrary(temp.store, { fileName: 'feeds.json', bytes: fixture('miniflux-feeds.json') }, { fetchList: offline });
    expect(summary.format).toBe('miniflux');
    expect(summary.feedsAdded).toBeGreaterThan(0);
    const names = temp.store.rules.list().map((rule) => rule.name);
    expect(names).toEqual(expect.arrayContaining(['Miniflux: keep list in Code Log', 'Miniflux: block in Daily News']));
    const codeLog = temp.store.library.subscriptionTree().feeds.find((feed) => feed.url === 'https://code.example/feed');
    expect(temp.store.rules.list().find((rule) => rule.name === 'Miniflux: keep list in Code Log')?.scope).toEqual({ feeds: [codeLog?.id] });
  });

  it('a filter file that fails part way leaves the library and its rules unchanged', async () => {
    await importLibrary(temp.store, { fileName: 'filters.json', bytes: Buffer.from(tinyTinyRssJson) }, { fetchList: offline });
    const before = { rules: temp.store.rules.list(), feeds: temp.store.library.subscriptionTree() };
    const notMiniflux = JSON.stringify([{ feed_url: 'https://a.example/feed', blocklist_rules: 42 }]);
    await expect(importLibrary(temp.store, { fileName: 'feeds.json', bytes: Buffer.from(notMiniflux) }, { fetchList: offline })).rejects.toThrow(
      /not a Miniflux export/,
    );
    expect({ rules: temp.store.rules.list(), feeds: temp.store.library.subscriptionTree() }).toEqual(before);
  });
});
