// How OPML from real readers is read: each test pins one quirk, most from listparser's corpus files.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readOpml, type OpmlFeed } from '../../../electron/core/library/opml/read';
import { corpus } from './helpers';

const listparser = (path: string): string => readFileSync(corpus('opml', 'listparser', path), 'utf8');
const feedsOf = (text: string): OpmlFeed[] =>
  readOpml(text).entries.filter((entry): entry is OpmlFeed => entry.kind === 'feed');
const opml = (body: string): string => `<?xml version="1.0"?><opml version="2.0"><head/><body>${body}</body></opml>`;

describe('reading OPML', () => {
  it('reads xmlUrl whatever its capitalization (LiveJournal writes xmlURL)', () => {
    expect(feedsOf(listparser('opml/outline_xmlUrl-miscapitalized.xml')).map((f) => f.url)).toEqual(['http://domain/feed']);
    expect(feedsOf(opml('<outline text="a" xmlurl="http://a.example/feed"/>')).map((f) => f.url)).toEqual(['http://a.example/feed']);
  });

  it('strips whitespace around feed addresses', () => {
    expect(feedsOf(listparser('opml/outline_xmlUrl-whitespace.xml'))[0]?.url).toBe('http://domain/feed');
  });

  it('prefers text over title, and title when text is blank or missing', () => {
    expect(feedsOf(listparser('opml/outline_text-overrides_title.xml'))[0]?.title).toBe('text');
    expect(feedsOf(listparser('opml/outline_title-text_empty.xml'))[0]?.title).toBe('feedname');
    expect(feedsOf(listparser('opml/outline_title-text_missing.xml'))[0]?.title).toBe('feedname');
  });

  it('takes an outline with xmlUrl as a feed whatever its type says', () => {
    expect(feedsOf(listparser('opml/outline_type-missing.xml'))).toHaveLength(1);
    expect(feedsOf(listparser('opml/outline_type-case_insensitive.xml'))).toHaveLength(1);
    expect(feedsOf(listparser('opml/outline_type-link.xml'))).toHaveLength(1);
  });

  it('keeps folders nested to any depth, from text or title', () => {
    expect(feedsOf(listparser('opml/categories/hier-2-nested.xml'))[0]?.folder).toEqual(['grouping1', 'grouping2']);
    expect(feedsOf(listparser('opml/categories/hier-3-whitespace.xml'))[0]?.folder).toEqual(['grouping']);
    expect(feedsOf(listparser('opml/categories/hier-5-title.xml'))[0]?.folder).toEqual(['wordpress']);
    const capy = feedsOf(readFileSync(corpus('opml', 'capyreader', 'nested_import.xml'), 'utf8'));
    expect(capy.map((f) => [f.title, f.folder.join('/')])).toEqual([
      ['Daring Fireball', ''],
      ['BBC News - World', 'News'],
      ['NetNewsWire', 'News'],
      ['Block Club Chicago', 'News/Local News'],
      ['Julia Evans', ''],
    ]);
  });

  it('turns category="/a/b,tag" into folder paths, the first one kept and the others reported', () => {
    const [feed] = feedsOf(listparser('opml/categories/cats-3-multiple.xml'));
    expect(feed?.folder).toEqual(['root1', 'node1']);
    expect(feed?.alsoIn).toEqual([['root2', 'node2']]);
    const [mixed] = feedsOf(listparser('opml/categories/hier-4-mixed.xml'));
    expect(mixed?.folder).toEqual(['grouping']);
    expect(mixed?.alsoIn).toEqual([['tag'], ['parent', 'child']]);
    expect(feedsOf(listparser('opml/categories/duplication.xml'))[0]?.alsoIn).toEqual([]);
  });

  it('decodes HTML entities in attributes and keeps unknown ones as written', () => {
    const titles = feedsOf(readFileSync(corpus('opml', 'listparser', 'malformed', 'html-entity-attribute.xml'), 'utf8')).map((f) => f.title);
    expect(titles).toEqual(['archæology', 'archæology']);
    const [odd] = feedsOf(readFileSync(corpus('opml', 'listparser', 'malformed', 'undefined-entity-attribute.xml'), 'utf8'));
    expect(odd?.title).toBe('arch&egregiouslyundefined;ology');
  });

  it('reads a bare ampersand in an attribute as an ampersand instead of garbling the outline', () => {
    const [feed] = feedsOf(opml('<outline text="Salt & Pepper" xmlUrl="http://x.example/feed?a=1&b=2" htmlUrl="http://x.example/"/>'));
    expect(feed).toMatchObject({ title: 'Salt & Pepper', url: 'http://x.example/feed?a=1&b=2', siteUrl: 'http://x.example/' });
  });

  it('reads both documents when two were concatenated into one file', () => {
    const text = readFileSync(corpus('opml', 'listparser', 'malformed', 'concatenated-documents.xml'), 'utf8');
    expect(feedsOf(text).map((f) => f.url)).toEqual(['http://domain/feed1', 'http://domain/feed2']);
  });

  it('turns feed: and relative addresses into http(s) ones', () => {
    const feeds = feedsOf(
      opml(`<outline text="a" xmlUrl="feed://a.example/rss"/>
            <outline text="b" xmlUrl="feed:https://b.example/atom"/>
            <outline text="c" xmlUrl="/feed.xml" htmlUrl="https://c.example/blog/"/>
            <outline text="d" xmlUrl="//d.example/rss"/>`),
    );
    expect(feeds.map((f) => f.url)).toEqual([
      'http://a.example/rss',
      'https://b.example/atom',
      'https://c.example/feed.xml',
      'https://d.example/rss',
    ]);
  });

  it('skips what it cannot subscribe to, with a reason', () => {
    const list = readOpml(
      opml(`<outline text="no base" xmlUrl="feed.xml"/>
            <outline text="script" xmlUrl="javascript:alert(1)"/>
            <outline text="site only" type="rss" xmlUrl="" htmlUrl="http://domain/"/>`),
    );
    expect(list.entries).toEqual([]);
    expect(list.skipped.map((s) => s.reason)).toEqual([
      'a relative address with nothing to resolve it against',
      'unsupported URL scheme javascript:',
      'no feed address, only a web page (http://domain/)',
    ]);
  });

  it('finds links to further lists: include, link to .opml, and Liferea OPML sources', () => {
    expect(readOpml(listparser('opml/include/outline_type-include.xml')).links).toEqual([
      { url: 'http://domain.com/sublist/', folder: ['sublistName'] },
    ]);
    expect(readOpml(listparser('opml/link/outline_type-link.xml')).links.map((l) => l.url)).toEqual(['http://domain.com/sublist.opml']);
    const liferea = readOpml(listparser('opml/outline_type-source.xml'));
    expect(liferea.links.map((l) => l.url)).toEqual(['http://localhost/list']);
    expect(liferea.entries).toEqual([]);
  });

  it('keeps a folder named with a slash as one folder, since "/" separates levels in Tidings', () => {
    const [feed] = feedsOf(opml('<outline text="News/Tech"><outline text="a" xmlUrl="http://a.example/feed"/></outline>'));
    expect(feed?.folder).toEqual(['News\u2215Tech']);
  });

  it('keeps a folder with nothing in it', () => {
    expect(readOpml(opml('<outline text="Later" title="Later"/>')).entries).toEqual([{ kind: 'folder', path: ['Later'] }]);
  });

  it('drops the Google Reader view links Takeout gives as site addresses', () => {
    const feeds = feedsOf(readFileSync(corpus('takeout', 'stringer', 'subscriptions.xml'), 'utf8'));
    const adam = feeds.find((f) => f.url === 'http://adam.heroku.com/feed');
    expect(adam?.siteUrl).toBeNull();
    expect(feeds).toHaveLength(91);
  });

  it('reads the head title of the list', () => {
    expect(readOpml(listparser('opml/head_title.xml')).title).toBe('listtitle');
  });
});
