// Which of a page's declared icons to try first for a 16-pixel place.
import { describe, expect, it } from 'vitest';
import { pageIcons } from '../../../electron/core/icons/page-icons';
import { parseJsonFeed } from '../../../electron/core/parse/json-feed';
import { readFeedDocument } from '../../../electron/core/refresh/read-feed';

const page = 'https://blog.example/posts/';
const icons = (head: string) => pageIcons(`<html><head>${head}</head><body></body></html>`, page);

describe('the icons a page declares', () => {
  it('puts the smallest icon of at least 32 pixels first, PNG before others, small ones last', () => {
    expect(
      icons(`<link rel="icon" sizes="16x16" href="/16.png">
        <link rel="apple-touch-icon" href="/touch.png">
        <link rel="icon" href="/plain.ico">
        <link rel="icon" type="image/png" href="/plain.png">
        <link rel="icon" sizes="192x192" href="/192.png">
        <link rel="shortcut icon" sizes="16x16 32x32 48x48" href="/multi.ico">
        <link rel="icon" type="image/png" sizes="32x32" href="/32.png">`),
    ).toEqual([
      'https://blog.example/32.png',
      'https://blog.example/multi.ico',
      'https://blog.example/192.png',
      'https://blog.example/plain.png',
      'https://blog.example/plain.ico',
      'https://blog.example/touch.png',
      'https://blog.example/16.png',
    ]);
  });

  it('leaves out SVG icons and links that are not icons', () => {
    expect(
      icons(`<link rel="icon" type="image/svg+xml" href="/a.svg">
        <link rel="icon" href="/b.svg">
        <link rel="icon" sizes="any" href="/c">
        <link rel="mask-icon" href="/mask.png">
        <link rel="stylesheet" href="/site.css">
        <link rel="alternate" type="application/rss+xml" href="/feed.xml">`),
    ).toEqual([]);
  });

  it('resolves hrefs against <base> and ignores links in comments and scripts', () => {
    expect(
      icons(`<base href="https://cdn.example/static/"><!-- <link rel="icon" href="/old.ico"> -->
        <script>document.write('<link rel="icon" href="/js.ico">')</script>
        <link rel="icon" href="fav.png">`),
    ).toEqual(['https://cdn.example/static/fav.png']);
  });
});

describe('the icon a feed declares', () => {
  it('is JSON Feed’s favicon, with its larger icon as a last resort', () => {
    const feed = parseJsonFeed(
      JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'J', favicon: 'https://j.example/fav.png', icon: 'https://j.example/big.png', items: [] }),
    );
    expect(feed.images).toEqual({ icons: ['https://j.example/fav.png'], logos: ['https://j.example/big.png'] });
  });

  it('is Atom’s <icon> made absolute, with <logo> as a last resort; RSS’s <image> is only a last resort', async () => {
    const atom = await readFeedDocument({
      url: 'https://a.example/feed.atom',
      contentType: 'application/atom+xml',
      body: Buffer.from(`<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><id>urn:a</id><updated>2024-01-01T00:00:00Z</updated>
        <icon>/favicon.png</icon><logo>https://a.example/logo.png</logo></feed>`),
    });
    expect(atom.images).toEqual({ icons: ['https://a.example/favicon.png'], logos: ['https://a.example/logo.png'] });

    const rss = await readFeedDocument({
      url: 'https://r.example/rss',
      contentType: 'application/rss+xml',
      body: Buffer.from(`<rss version="2.0"><channel><title>R</title><link>https://r.example/</link>
        <image><url>https://r.example/banner.jpg</url><title>R</title><link>https://r.example/</link></image></channel></rss>`),
    });
    expect(rss.images).toEqual({ icons: [], logos: ['https://r.example/banner.jpg'] });
  });
});
