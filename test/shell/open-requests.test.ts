import { describe, expect, it } from 'vitest';
import { feedUrlFromLink, openRequestFrom, openRequestsFromArgv } from '../../electron/shell/open-requests';

describe('subscribe links', () => {
  it.each([
    ['feed:https://example.org/rss.xml', 'https://example.org/rss.xml'],
    ['feed:http://example.org/rss.xml', 'http://example.org/rss.xml'],
    ['feed://example.org/rss.xml', 'http://example.org/rss.xml'],
    ['FEED://Example.org/rss.xml', 'http://example.org/rss.xml'],
    ['feeds://example.org/atom?x=1', 'https://example.org/atom?x=1'],
    ['feeds:https://example.org/atom', 'https://example.org/atom'],
    ['tidings://subscribe?url=https%3A%2F%2Fexample.org%2Ffeed.xml', 'https://example.org/feed.xml'],
    ['tidings://subscribe?url=feed%3A%2F%2Fexample.org%2Ffeed.xml', 'http://example.org/feed.xml'],
    ['tidings:subscribe?url=https://example.org/f', 'https://example.org/f'],
  ])('%s subscribes to %s', (link, url) => {
    expect(feedUrlFromLink(link)).toBe(url);
  });

  it.each([
    'feed:javascript:alert(1)',
    'feed:file:///etc/passwd',
    'feed:example.org/rss',
    'feeds://',
    'feed://user:pw@example.org/rss',
    'tidings://subscribe',
    'tidings://subscribe?url=file%3A%2F%2F%2Fetc%2Fpasswd',
    'tidings://unsubscribe?url=https%3A%2F%2Fexample.org%2F',
    'https://example.org/rss',
    'mailto:a@example.org',
  ])('refuses %s', (link) => {
    expect(feedUrlFromLink(link)).toBeNull();
  });
});

describe('what a launch asks the app to open', () => {
  it('finds links and OPML or Takeout files among the arguments, skipping switches and the app itself', () => {
    const argv = ['.', '--no-sandbox', '--inspect=0', 'feed://example.org/rss', 'subscriptions.opml', '/home/me/takeout-2013.zip', 'README.md'];
    expect(openRequestsFromArgv(argv, '/home/me/Downloads')).toEqual([
      { kind: 'subscribe', url: 'http://example.org/rss' },
      { kind: 'import', path: '/home/me/Downloads/subscriptions.opml' },
      { kind: 'import', path: '/home/me/takeout-2013.zip' },
    ]);
  });

  it('ignores a bad link rather than failing the launch', () => {
    expect(openRequestsFromArgv(['feed:javascript:alert(1)'], '/')).toEqual([]);
  });

  it('takes a macOS open-url or open-file the same way', () => {
    expect(openRequestFrom('tidings://subscribe?url=https%3A%2F%2Fexample.org%2Ff', '/')).toEqual({ kind: 'subscribe', url: 'https://example.org/f' });
    expect(openRequestFrom('/Users/me/Feeds.OPML', '/')).toEqual({ kind: 'import', path: '/Users/me/Feeds.OPML' });
    expect(openRequestFrom('https://example.org/x.opml', '/')).toBeNull();
  });
});
