import { describe, expect, it } from 'vitest';
import { commonFeedPaths, discoverFeeds } from '../../../electron/core/fetch/discover';
import { decodeDocument } from '../../../electron/core/parse/charset';
import { corpusFile } from './helpers';

const page = (file: string) => decodeDocument(corpusFile(`feeds/netnewswire/${file}`), 'text/html').text;

describe('discover: feed links in a web page', () => {
  it.each([
    ['DaringFireball.html', 'https://daringfireball.net/', [{ url: 'https://daringfireball.net/feeds/main', title: null, type: 'atom' }]],
    [
      'coco.html',
      'https://www.theatlantic.com/',
      [
        { url: 'https://www.theatlantic.com/feed/all/', title: 'The Atlantic', type: 'rss' },
        { url: 'https://www.theatlantic.com/feed/best-of/', title: 'Best of The Atlantic', type: 'rss' },
      ],
    ],
    ['furbo.html', 'https://furbo.org/', [{ url: 'http://furbo.org/feed/', title: 'Iconfactory News Feed', type: 'rss' }]],
    ['inessential.html', 'https://inessential.com/', [{ url: 'http://inessential.com/xml/rss.xml', title: 'RSS', type: 'rss' }]],
    ['sixcolors.html', 'https://sixcolors.com/', [{ url: 'http://feedpress.me/sixcolors', title: 'RSS', type: 'rss' }]],
  ])('finds the feeds of %s', (file, pageUrl, expected) => {
    expect(discoverFeeds(page(file), pageUrl)).toEqual(expected);
  });

  it('resolves against <base href>, decodes entities, and reads unquoted attributes', () => {
    const html = `<head><base href="https://cdn.example.org/site/"><link rel=alternate type=application/atom+xml href=atom.xml?a=1&amp;b=2 title="A &amp; B"></head>`;
    expect(discoverFeeds(html, 'https://example.org/')).toEqual([{ url: 'https://cdn.example.org/site/atom.xml?a=1&b=2', title: 'A & B', type: 'atom' }]);
  });

  it.each([
    ['JSON Feed', '<link rel="alternate" type="application/feed+json" href="/feed.json">', 'json'],
    ['RSS 1.0', '<link rel="alternate" type="application/rdf+xml" href="/index.rdf">', 'rss'],
    ['rel="feed"', '<link rel="feed" href="/updates">', 'unknown'],
    ['upper-case attributes', '<LINK REL="Alternate" TYPE="Application/RSS+XML" HREF="/rss">', 'rss'],
  ])('recognizes %s', (_name, html, type) => {
    expect(discoverFeeds(html, 'https://example.org/')[0]?.type).toBe(type);
  });

  it.each([
    ['stylesheets', '<link rel="stylesheet" href="/style.css">'],
    ['other alternates', '<link rel="alternate" hreflang="fr" href="/fr/">'],
    ['WordPress REST links', '<link rel="alternate" type="application/json" href="https://example.org/wp-json/wp/v2/posts/1">'],
    ['links in comments', '<!-- <link rel="alternate" type="application/rss+xml" href="/old.rss"> -->'],
    ['links in scripts', '<script>document.write(\'<link rel="alternate" type="application/rss+xml" href="/js.rss">\')</script>'],
    ['javascript: hrefs', '<link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">'],
  ])('ignores %s', (_name, html) => {
    expect(discoverFeeds(html, 'https://example.org/')).toEqual([]);
  });

  it('lists each feed once', () => {
    const html = '<link rel="alternate" type="application/rss+xml" href="/rss"><link rel="alternate" type="application/rss+xml" href="https://example.org/rss">';
    expect(discoverFeeds(html, 'https://example.org/')).toHaveLength(1);
  });

  it('offers common paths to probe, all site-relative', () => {
    expect(commonFeedPaths).toEqual(expect.arrayContaining(['/feed', '/rss.xml', '/atom.xml', '/index.xml', '/feed.json']));
    for (const path of commonFeedPaths) expect(path.startsWith('/')).toBe(true);
  });
});
