import { describe, expect, it } from 'vitest';
import { normalizeFeed } from '../../../electron/core/normalize';
import { atom, FEED_URL, parse, pipeline, rss } from './helpers';

const MEDIA = ' xmlns:media="http://search.yahoo.com/mrss/"';
const ITUNES = ' xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"';
const DC = ' xmlns:dc="http://purl.org/dc/elements/1.1/"';
const SY = ' xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"';

describe('enclosures and media', () => {
  it('keeps every enclosure', async () => {
    const feed = await pipeline(
      rss(
        '<item><title>A</title>' +
          '<enclosure url="https://example.org/a.mp3" type="audio/mpeg" length="1234"/>' +
          '<enclosure url="https://example.org/a.ogg" type="audio/ogg" length="0"/>' +
          '<enclosure url="/a.pdf" type="application/pdf" length="oops"/>' +
          '</item>',
      ),
    );
    expect(feed.items[0]?.enclosures).toEqual([
      { url: 'https://example.org/a.mp3', type: 'audio/mpeg', length: 1234 },
      { url: 'https://example.org/a.ogg', type: 'audio/ogg', length: null },
      { url: 'https://example.org/a.pdf', type: 'application/pdf', length: null },
    ]);
  });

  it('keeps every Atom rel="enclosure" link', async () => {
    const feed = await pipeline(
      atom('<entry><id>1</id><link rel="enclosure" href="https://example.org/1.mp4" type="video/mp4" length="10"/><link rel="enclosure" href="https://example.org/2.mp4"/></entry>'),
    );
    expect(feed.items[0]?.enclosures.map((e) => e.url)).toEqual(['https://example.org/1.mp4', 'https://example.org/2.mp4']);
  });

  it('reads media:content and media:group, and merges a file listed twice', async () => {
    const feed = await pipeline(
      rss(
        '<item><title>A</title><enclosure url="https://example.org/v.mp4" type="video/mp4"/>' +
          '<media:content url="https://example.org/v.mp4" fileSize="999"/>' +
          '<media:group><media:content url="https://example.org/v.webm" type="video/webm"/><media:thumbnail url="https://example.org/g.jpg" width="320"/></media:group>' +
          '</item>',
        '<title>T</title>',
        MEDIA,
      ),
    );
    expect(feed.items[0]?.enclosures).toEqual([
      { url: 'https://example.org/v.mp4', type: 'video/mp4', length: 999 },
      { url: 'https://example.org/v.webm', type: 'video/webm', length: null },
    ]);
    expect(feed.items[0]?.thumbnail).toBe('https://example.org/g.jpg');
  });

  it('treats media:content images as thumbnails, not enclosures, and takes the widest', async () => {
    const feed = await pipeline(
      rss(
        '<item><title>A</title><media:content width="140" url="https://i.example.org/140.jpg?w=140"/><media:content width="460" url="https://i.example.org/460.jpg?w=460"/></item>',
        '<title>T</title>',
        MEDIA,
      ),
    );
    expect(feed.items[0]?.enclosures).toEqual([]);
    expect(feed.items[0]?.thumbnail).toBe('https://i.example.org/460.jpg?w=460');
  });
});

describe('thumbnails', () => {
  it.each([
    ['media:thumbnail', '<media:thumbnail url="https://example.org/t.jpg"/><itunes:image href="https://example.org/i.jpg"/>', 'https://example.org/t.jpg'],
    ['a media:content image', '<media:content url="https://example.org/c.png" medium="image"/>', 'https://example.org/c.png'],
    ['itunes:image', '<itunes:image href="https://example.org/i.jpg"/>', 'https://example.org/i.jpg'],
    ['an image enclosure', '<enclosure url="https://example.org/e.jpg" type="image/jpeg"/>', 'https://example.org/e.jpg'],
    [
      'the first real <img> in the content',
      '<description><![CDATA[<img src="https://t.example.org/pixel.gif" width="1" height="1"><p><img src="/pics/a.jpg?x=1&amp;y=2"></p>]]></description>',
      'https://example.org/pics/a.jpg?x=1&y=2',
    ],
  ])('takes %s', async (_name, markup, expected) => {
    const feed = await pipeline(rss(`<item><title>A</title><link>https://example.org/post</link>${markup}</item>`, '<title>T</title>', MEDIA + ITUNES));
    expect(feed.items[0]?.thumbnail).toBe(expected);
  });

  it('has no thumbnail when nothing offers one', async () => {
    const feed = await pipeline(rss('<item><title>A</title><description>No pictures</description></item>'));
    expect(feed.items[0]?.thumbnail).toBeNull();
  });
});

describe('authors', () => {
  it.each([
    ['RSS <author> as "email (Name)"', rss('<item><author>jo@example.org (Jo Smith)</author></item>'), 'Jo Smith'],
    ['RSS <author> as a bare address', rss('<item><author>jo@example.org</author></item>'), 'jo@example.org'],
    ['dc:creator', rss('<item><dc:creator>Jo Smith</dc:creator></item>', '<title>T</title>', DC), 'Jo Smith'],
    ['several dc:creator', rss('<item><dc:creator>Ann</dc:creator><dc:creator>Bob</dc:creator></item>', '<title>T</title>', DC), 'Ann, Bob'],
    ['itunes:author', rss('<item><itunes:author>The Show</itunes:author></item>', '<title>T</title>', ITUNES), 'The Show'],
    ['the channel managingEditor', rss('<item><title>A</title></item>', '<managingEditor>ed@example.org (The Editor)</managingEditor>'), 'The Editor'],
    ['the channel itunes:author', rss('<item><title>A</title></item>', '<itunes:author>Podcaster</itunes:author>', ITUNES), 'Podcaster'],
    ['Atom author name', atom('<entry><id>1</id><author><name>Jo</name><email>jo@example.org</email></author></entry>'), 'Jo'],
    ['Atom author email when there is no name', atom('<entry><id>1</id><author><email>jo@example.org</email></author></entry>'), 'jo@example.org'],
    ['several Atom authors', atom('<entry><id>1</id><author><name>Ann</name></author><author><name>Bob</name></author></entry>'), 'Ann, Bob'],
    ['the Atom feed author', atom('<entry><id>1</id></entry>', '<title>T</title><author><name>Site Owner</name></author>'), 'Site Owner'],
    ['an entity-encoded name', rss('<item><author>x@example.org (Tom &amp;amp; Jerry)</author></item>'), 'Tom & Jerry'],
  ])('reads %s', async (_name, xml, expected) => {
    expect((await pipeline(xml)).items[0]?.author).toBe(expected);
  });

  it('prefers the item author to the feed author', async () => {
    const feed = await pipeline(atom('<entry><id>1</id><author><name>Guest</name></author></entry>', '<author><name>Owner</name></author>'));
    expect(feed.items[0]?.author).toBe('Guest');
  });
});

describe('ids', () => {
  it.each([
    ['the guid', '<guid isPermaLink="false">abc-123</guid><link>https://example.org/a</link>', 'abc-123'],
    ['the link when there is no guid', '<link>https://example.org/a</link>', 'https://example.org/a'],
    ['the link when the guid is blank', '<guid> </guid><link>/a</link>', 'https://example.org/a'],
  ])('uses %s', async (_name, markup, expected) => {
    expect((await pipeline(rss(`<item><title>A</title>${markup}</item>`))).items[0]?.id).toBe(expected);
  });

  it('uses the Atom id', async () => {
    expect((await pipeline(atom('<entry><id>tag:example.org,2024:1</id></entry>'))).items[0]?.id).toBe('tag:example.org,2024:1');
  });

  it('calculates a stable sha-256 from title and content when there is neither guid nor link', async () => {
    const xml = rss('<item><title>A</title><description>Body</description></item><item><title>B</title><description>Body</description></item>');
    const first = await pipeline(xml);
    const again = await pipeline(xml);
    expect(first.items[0]?.id).toMatch(/^[0-9a-f]{64}$/);
    expect(first.items.map((i) => i.id)).toEqual(again.items.map((i) => i.id));
    expect(first.items[0]?.id).not.toBe(first.items[1]?.id);
  });

  it('keeps the first of two items that share a guid', async () => {
    const feed = await pipeline(rss('<item><guid>x</guid><title>First</title></item><item><guid>x</guid><title>Second</title></item><item><guid>y</guid><title>Third</title></item>'));
    expect(feed.items.map((i) => i.title)).toEqual(['First', 'Third']);
  });

  it('takes a permalink guid as the link when there is no <link>', async () => {
    const feed = await pipeline(rss('<item><guid>https://example.org/p/1</guid><title>A</title></item><item><guid isPermaLink="false">https://example.org/p/2</guid><title>B</title></item>'));
    expect(feed.items.map((i) => i.link)).toEqual(['https://example.org/p/1', null]);
  });
});

describe('titles', () => {
  it.each([
    ['decoded once', '<title>AT&amp;amp;T &amp; you</title>', 'AT&T & you'],
    ['stripped of HTML tags', '<title><![CDATA[<b>Bold</b> <i>move</i>]]></title>', 'Bold move'],
    ['escaped HTML, stripped', '<title>&lt;em&gt;Big&lt;/em&gt; news</title>', 'Big news'],
    ['whitespace collapsed', '<title>\n   Lots\t of\n space   </title>', 'Lots of space'],
    ['kept when it looks like a comparison', '<title>1 &lt; 2 &amp;&amp; 3 &gt; 2</title>', '1 < 2 && 3 > 2'],
  ])('is %s', async (_name, markup, expected) => {
    expect((await pipeline(rss(`<item>${markup}</item>`))).items[0]?.title).toBe(expected);
  });

  it('comes from the summary when the item has none', async () => {
    const long = 'This post has no title but a rather long first sentence that goes on and on well past eighty characters.';
    const feed = await pipeline(rss(`<item><description>&lt;p&gt;${long}&lt;/p&gt;</description></item><item><link>https://example.org/x</link></item>`));
    expect(feed.items[0]?.title).toBe('This post has no title but a rather long first sentence that goes on and on well…');
    expect(feed.items[0]?.title.length).toBeLessThanOrEqual(81);
    expect(feed.items[1]?.title).toBe('');
  });

  it('falls back to the host name for a feed with no title', async () => {
    const feed = await pipeline('<rss version="2.0"><channel><item><title>A</title></item></channel></rss>');
    expect(feed.title).toBe('example.org');
  });
});

describe('absolute URLs', () => {
  it('resolves relative links against the feed URL', async () => {
    const feed = await pipeline(rss('<item><title>A</title><link>/posts/a</link></item>', '<title>T</title><link>/</link>'), null, 'https://blog.example.org/feeds/all.xml');
    expect(feed.link).toBe('https://blog.example.org/');
    expect(feed.items[0]?.link).toBe('https://blog.example.org/posts/a');
  });

  it('resolves against xml:base on the feed, the entry and the content', async () => {
    const feed = await pipeline(
      atom(
        '<entry xml:base="posts/"><id>1</id><link href="one.html"/><content type="html" xml:base="/media/">&lt;img src="pic.png"&gt;&lt;a href="page.html"&gt;x&lt;/a&gt;</content></entry>' +
          '<entry><id>2</id><link href="two.html"/></entry>',
        '<title>T</title>',
        ' xml:base="https://other.example.net/blog/"',
      ),
    );
    expect(feed.items[0]?.link).toBe('https://other.example.net/blog/posts/one.html');
    expect(feed.items[0]?.content).toContain('src="https://other.example.net/media/pic.png"');
    expect(feed.items[0]?.content).toContain('href="https://other.example.net/media/page.html"');
    expect(feed.items[1]?.link).toBe('https://other.example.net/blog/two.html');
  });

  it('resolves relative URLs in content against the item link when there is no xml:base', async () => {
    const feed = await pipeline(rss('<item><title>A</title><link>https://example.org/2024/post/</link><description>&lt;img src="fig.png"&gt;</description></item>'));
    expect(feed.items[0]?.content).toContain('src="https://example.org/2024/post/fig.png"');
  });

  it('refuses links that are not http(s)', async () => {
    const feed = await pipeline(rss('<item><title>A</title><link>javascript:alert(1)</link><enclosure url="file:///etc/passwd"/></item>'));
    expect(feed.items[0]?.link).toBeNull();
    expect(feed.items[0]?.enclosures).toEqual([]);
  });
});

describe('ttl', () => {
  it.each([
    ['<ttl>', '<ttl>90</ttl>', 90],
    ['sy:updatePeriod hourly ×2', '<sy:updatePeriod>hourly</sy:updatePeriod><sy:updateFrequency>2</sy:updateFrequency>', 30],
    ['sy:updatePeriod daily', '<sy:updatePeriod> daily </sy:updatePeriod>', 1440],
    ['nothing', '', null],
    ['a nonsense ttl', '<ttl>soon</ttl>', null],
  ])('reads %s', async (_name, channel, expected) => {
    const feed = await pipeline(rss('<item><title>A</title></item>', `<title>T</title>${channel}`, SY));
    expect(feed.ttlMinutes).toBe(expected);
  });
});

describe('normalizeFeed', () => {
  it('is idempotent', async () => {
    const parsed = await parse(rss('<item><title>A &amp;amp; B</title><link>/a</link></item><item><title>C</title></item>'));
    const once = normalizeFeed(parsed, FEED_URL);
    expect(normalizeFeed(once, FEED_URL)).toEqual(once);
  });
});
