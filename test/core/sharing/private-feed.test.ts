// A private feed keeps its secret in its address (Patreon, a private repository, Pinboard): sharing
// one of its articles must publish the feed's site and title, never that address.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { sharedDocuments } from '../../../electron/core/sharing/publisher';
import { feedOf, item, noValidators } from '../../support/items';
import { withTempCore } from '../../support/temp-store';
import { call } from './helpers';

const secrets = ['user', 'pass', 'creds', 'ok.xml', 'hidden', '?'];

describe('a shared article from a private feed', () => {
  const temp = withTempCore({ outbox: { run: false } });
  let folder: string;

  beforeEach(async () => {
    folder = temp.dir.file('public');
    await call(temp.core, 'updateSettings', { sharedFolder: folder });
  });

  function subscribe(url: string, title: string, link: string | null, guid: string): number {
    const feed = temp.store.feeds.add({ url });
    temp.store.feeds.saveFetched(feed, { ...feedOf([item(guid, { title: `Article ${guid}`, link: `https://example.org/${guid}` })], title), link }, noValidators);
    const article = temp.store.articles.list({ scope: { kind: 'feed', feedId: feed }, unreadOnly: false, limit: 1 }).items[0];
    if (!article) throw new Error('no article stored');
    return article.id;
  }

  function outputs(): Record<string, string> {
    const served = sharedDocuments(temp.store, 'http://127.0.0.1:4000/shared/');
    return {
      atom: readFileSync(join(folder, 'shared.atom'), 'utf8'),
      json: readFileSync(join(folder, 'shared.json'), 'utf8'),
      page: readFileSync(join(folder, 'index.html'), 'utf8'),
      'served atom': served.atom,
      'served json': served.json,
      'served page': served.page,
    };
  }

  it('publishes neither the credentials nor the query of a feed without a title or site', async () => {
    const id = subscribe('http://user:pass@host.example/ok.xml?t=creds', '', null, 'untitled');
    await call(temp.core, 'shareArticle', { articleId: id });
    await call(temp.core, 'publishShared', {});
    for (const [name, text] of Object.entries(outputs())) {
      const withoutArticle = text.replaceAll('https://example.org/untitled', '');
      for (const secret of secrets.filter((word) => word !== '?')) expect(withoutArticle, `${name} holds "${secret}"`).not.toContain(secret);
      expect(withoutArticle, name).not.toContain('host.example');
    }
    expect(outputs().page).toContain('(untitled feed)');
  });

  it('names the feed by its site, stripped of credentials and query, when it has no title', async () => {
    const id = subscribe('https://user:pass@host.example/ok.xml?t=creds', '', 'https://user:pass@site.example/blog?hidden=creds#top', 'sited');
    await call(temp.core, 'shareArticle', { articleId: id });
    await call(temp.core, 'publishShared', {});
    const all = outputs();
    for (const [name, text] of Object.entries(all)) {
      const withoutArticle = text.replaceAll('https://example.org/sited', '');
      for (const secret of ['user', 'pass', 'creds', 'ok.xml', 'hidden']) expect(withoutArticle, `${name} holds "${secret}"`).not.toContain(secret);
    }
    expect(all.atom).toContain('<id>https://site.example/blog</id>');
    expect(all.atom).toContain('<title>site.example</title>');
    expect(JSON.parse(all.json ?? '').items[0]._tidings.source).toEqual({ title: 'site.example', home_page_url: 'https://site.example/blog' });
    expect(all.page).toContain('>site.example</a>');
  });

  it('does not take a title that is the feed address for a name', async () => {
    const id = subscribe('https://host.example/ok.xml?t=creds', 'https://host.example/ok.xml?t=creds', null, 'addressed');
    await call(temp.core, 'shareArticle', { articleId: id });
    await call(temp.core, 'publishShared', {});
    for (const [name, text] of Object.entries(outputs())) expect(text, name).not.toContain('creds');
  });
});
