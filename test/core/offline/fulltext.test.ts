// Full text: a summary-only feed's article read from its web page with Readability, kept apart
// from the feed's content and sanitized by the same allow-list.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../shared/dispatch';
import { offlineWorld, pages, type OfflineWorld } from './helpers';

describe('loading an article’s full text', () => {
  let world: OfflineWorld;

  beforeEach(async () => {
    world = await offlineWorld();
  });
  afterEach(async () => {
    await world.close();
  });

  it('keeps the article Readability finds on the page, sanitized, with relative links and images made absolute', async () => {
    const id = world.articleId('lighthouse');
    const feedContent = (await world.call('getArticle', { articleId: id })).contentHtml;

    const article = await world.call('loadFullText', { articleId: id });
    const html = article.fullText?.html ?? '';
    expect(html).toContain('For forty-one years the keeper of the north light');
    expect(html).toContain('Handed over.');
    // The page's furniture is not the article.
    expect(html).not.toContain('Fog signals of the north coast');
    expect(html).not.toContain('Privacy');
    // Nothing that runs survives.
    expect(html).not.toMatch(/<script|onclick|pwned|<style/i);
    // Relative URLs resolved against the page's address.
    const origin = world.server.url('');
    expect(html).toContain(`href="${origin}/archive/logs.html"`);
    expect(html).toContain(`href="${origin}/2024/transcripts/freeze.html"`);
    expect(html).toContain(`src="${origin}/2024/images/photo.png"`);
    expect(html).toContain(`src="${origin}/media/photo.jpg"`);
    expect(Date.parse(article.fullText?.fetchedAt ?? '')).toBeGreaterThan(Date.now() - 60_000);

    // The feed's own content is untouched, and getArticle answers both.
    expect(article.contentHtml).toBe(feedContent);
    const again = await world.call('getArticle', { articleId: id });
    expect(again.fullText).toEqual(article.fullText);
    expect(again.contentHtml).toBe(feedContent);
  });

  it('decodes a page that declares windows-1252 in its meta tag (curly quotes, €, accents)', async () => {
    const article = await world.call('loadFullText', { articleId: world.articleId('cafe') });
    const html = article.fullText?.html ?? '';
    expect(html).toContain('“It was €2.80 for eleven years,” said Renée');
    expect(html).toContain('the rent — but the');
    expect(html).toContain('Renée');
    expect(html).toContain('naïve');
    expect(html).not.toContain('\ufffd');
  });

  it('decodes a Shift_JIS page whose charset is only in the HTTP header', async () => {
    const article = await world.call('loadFullText', { articleId: world.articleId('harbour') });
    expect(article.fullText?.html).toContain('四十一年の間、北の灯台の灯台守は毎晩同じ三行を書いた。');
  });

  it('answers a clear error for a page that fails, and loses neither the feed content nor earlier full text', async () => {
    const id = world.articleId('lighthouse');
    const first = await world.call('loadFullText', { articleId: id });

    world.server.set(pages.lighthouse.path, { status: 500, contentType: 'text/html', body: 'down' });
    const failed = await dispatch(world.core.handlers, 'loadFullText', { articleId: id });
    expect(failed).toEqual({
      ok: false,
      error: { code: 'bad_input', message: `full text: ${world.server.url(pages.lighthouse.path)}: HTTP 500 Internal Server Error` },
    });

    const after = await world.call('getArticle', { articleId: id });
    expect(after.fullText).toEqual(first.fullText);
    expect(after.contentHtml).toBe(first.contentHtml);
  });

  it('says so when a page has no readable article, and stores nothing', async () => {
    const id = world.articleId('app');
    const result = await dispatch(world.core.handlers, 'loadFullText', { articleId: id });
    expect(result).toEqual({
      ok: false,
      error: { code: 'not_found', message: `full text: ${world.server.url(pages.app.path)}: no readable article on the page` },
    });
    expect((await world.call('getArticle', { articleId: id })).fullText).toBeUndefined();
  });

  it('refuses what is not a web page', async () => {
    world.server.set(pages.lighthouse.path, { contentType: 'application/pdf', body: '%PDF-1.4' });
    const result = await dispatch(world.core.handlers, 'loadFullText', { articleId: world.articleId('lighthouse') });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found', message: expect.stringContaining('not a web page (application/pdf)') } });
  });

  it('answers not_found for an article that does not exist', async () => {
    const result = await dispatch(world.core.handlers, 'loadFullText', { articleId: 999_999 });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

describe('a feed set to always load full text', () => {
  let world: OfflineWorld;

  beforeEach(async () => {
    world = await offlineWorld();
  });
  afterEach(async () => {
    await world.close();
  });

  it('gets the full text of every new article after a refresh, and a failing page fails neither the refresh nor the others', async () => {
    const summary = await world.call('setFeedFullText', { feedId: world.feedId, enabled: true });
    expect(summary.fullText).toBe(true);
    expect((await world.call('listFeeds', {})).feeds[0]?.fullText).toBe(true);

    // Two new articles: one with a page, one whose page is down.
    const { rss } = await import('../../support/feed-server');
    world.server.set('/feed.xml', {
      body: rss('Harbour Notes', [
        { guid: 'new-1', title: 'New with a page', link: world.server.url(pages.lighthouse.path) },
        { guid: 'new-2', title: 'New, page down', link: world.server.url(pages.broken.path) },
      ]),
    });
    const result = await world.call('refresh', {});
    expect(result).toMatchObject({ ok: 1, failed: 0, newArticles: 2 });
    await world.core.offline.idle();

    const { items } = await world.call('listArticles', { scope: { kind: 'feed', feedId: world.feedId } });
    const withPage = items.find((item) => item.title === 'New with a page');
    const pageDown = items.find((item) => item.title === 'New, page down');
    expect((await world.call('getArticle', { articleId: withPage?.id ?? 0 })).fullText?.html).toContain('north light');
    expect((await world.call('getArticle', { articleId: pageDown?.id ?? 0 })).fullText).toBeUndefined();
    expect(world.core.offline.failures.map((failure) => failure.message).join('\n')).toContain('HTTP 500');
    // Articles from before the setting are left alone.
    expect((await world.call('getArticle', { articleId: world.articleId('cafe') })).fullText).toBeUndefined();
  });

  it('fetches nothing after a refresh when the feed is not set so', async () => {
    const before = world.server.requestsFor(pages.lighthouse.path).length;
    const { rss } = await import('../../support/feed-server');
    world.server.set('/feed.xml', { body: rss('Harbour Notes', [{ guid: 'new-1', title: 'New', link: world.server.url(pages.lighthouse.path) }]) });
    await world.call('refresh', {});
    await world.core.offline.idle();
    expect(world.server.requestsFor(pages.lighthouse.path)).toHaveLength(before);
  });

  it('answers not_found for a feed that does not exist', async () => {
    const result = await dispatch(world.core.handlers, 'setFeedFullText', { feedId: 424_242, enabled: true });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
