// The order in which an item's media, authors, categories and dates are read, pinned where the
// readers walk an item's children in one pass (xml-items.ts, media.ts, authors.ts, categories.ts)
// rather than asking for each name in turn.
import { describe, expect, it } from 'vitest';
import { atom, parse, rss } from './helpers';

const MEDIA = ' xmlns:media="http://search.yahoo.com/mrss/" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"';
const DC = ' xmlns:dc="http://purl.org/dc/elements/1.1/"';

describe('item lookups: what comes first when an item says a thing twice', () => {
  it("lists <enclosure> first, then the item's own media:content, then its groups'", async () => {
    const feed = await parse(
      rss(
        `<item><title>x</title>
          <media:group><media:content url="https://example.org/group.mp3" type="audio/mpeg"/></media:group>
          <media:content url="https://example.org/own.mp3" type="audio/mpeg"/>
          <enclosure url="https://example.org/enclosure.mp3" type="audio/mpeg" length="10"/>
        </item>`,
        undefined,
        MEDIA,
      ),
    );
    expect(feed.items[0]?.enclosures.map((e) => e.url)).toEqual([
      'https://example.org/enclosure.mp3',
      'https://example.org/own.mp3',
      'https://example.org/group.mp3',
    ]);
  });

  it("takes the item's own thumbnail over a group's or a content's of the same width", async () => {
    const feed = await parse(
      rss(
        `<item><title>x</title>
          <media:content url="https://example.org/v.mp4" type="video/mp4"><media:thumbnail url="https://example.org/content.jpg" width="100"/></media:content>
          <media:group><media:thumbnail url="https://example.org/group.jpg" width="100"/></media:group>
          <media:thumbnail url="https://example.org/own.jpg" width="100"/>
        </item>`,
        undefined,
        MEDIA,
      ),
    );
    expect(feed.items[0]?.thumbnail).toBe('https://example.org/own.jpg');
  });

  it("takes a group's thumbnail over a content's of the same width, and the widest of all", async () => {
    const same = await parse(
      rss(
        `<item><title>x</title>
          <media:content url="https://example.org/v.mp4" type="video/mp4"><media:thumbnail url="https://example.org/content.jpg" width="100"/></media:content>
          <media:group><media:thumbnail url="https://example.org/group.jpg" width="100"/></media:group>
        </item>`,
        undefined,
        MEDIA,
      ),
    );
    expect(same.items[0]?.thumbnail).toBe('https://example.org/group.jpg');
    const wider = await parse(
      rss(
        `<item><title>x</title>
          <media:content url="https://example.org/v.mp4" type="video/mp4"><media:thumbnail url="https://example.org/content.jpg" width="300"/></media:content>
          <media:group><media:thumbnail url="https://example.org/group.jpg" width="100"/></media:group>
        </item>`,
        undefined,
        MEDIA,
      ),
    );
    expect(wider.items[0]?.thumbnail).toBe('https://example.org/content.jpg');
  });

  it('falls back from media images to the first itunes:image with an address, then an image enclosure', async () => {
    const itunes = await parse(
      rss(
        `<item><title>x</title><itunes:image href=" "/><itunes:image href="https://example.org/cover.jpg"/>
          <enclosure url="https://example.org/e.png" type="image/png"/></item>`,
        undefined,
        MEDIA,
      ),
    );
    expect(itunes.items[0]?.thumbnail).toBe('https://example.org/cover.jpg');
    const enclosure = await parse(rss('<item><title>x</title><enclosure url="https://example.org/e.png" type="image/png"/></item>'));
    expect(enclosure.items[0]?.thumbnail).toBe('https://example.org/e.png');
  });

  it('reads an Atom enclosure link, and an image one as the card picture', async () => {
    const feed = await parse(
      atom('<entry><id>urn:x</id><title>x</title><link rel="enclosure" href="https://example.org/p.jpg" type="image/jpeg"/></entry>'),
    );
    expect(feed.items[0]?.enclosures.map((e) => e.url)).toEqual(['https://example.org/p.jpg']);
    expect(feed.items[0]?.thumbnail).toBe('https://example.org/p.jpg');
  });

  it('joins every <author> once, in order, before any dc:creator', async () => {
    const feed = await parse(
      rss(
        '<item><title>x</title><dc:creator>Dee</dc:creator><author>jo@example.org (Jo)</author><author>Al</author><author> Jo </author></item>',
        undefined,
        DC,
      ),
    );
    expect(feed.items[0]?.author).toBe('Jo, Al');
  });

  it('takes dc:creator when no <author> has a name', async () => {
    const feed = await parse(rss('<item><title>x</title><author> </author><dc:creator>Dee</dc:creator><dc:creator>Em</dc:creator></item>', undefined, DC));
    expect(feed.items[0]?.author).toBe('Dee, Em');
  });

  it('lists categories before dc:subject, each once', async () => {
    const feed = await parse(
      rss('<item><title>x</title><dc:subject>b</dc:subject><category>a</category><category>b</category><category>c</category></item>', undefined, DC),
    );
    expect(feed.items[0]?.categories).toEqual(['a', 'b', 'c']);
  });

  it('dates an item by pubDate before dc:date, skipping one that cannot be read', async () => {
    const feed = await parse(
      rss('<item><title>x</title><dc:date>2020-01-01T00:00:00Z</dc:date><pubDate>not a date</pubDate><pubDate>Mon, 06 Jan 2020 10:00:00 GMT</pubDate></item>', undefined, DC),
    );
    expect(feed.items[0]?.published?.toISOString()).toBe('2020-01-06T10:00:00.000Z');
  });

  it('takes the first RSS <link> with text, and the alternate HTML link of an Atom entry', async () => {
    const item = await parse(rss('<item><title>x</title><link> </link><link>https://example.org/a</link><link>https://example.org/b</link></item>'));
    expect(item.items[0]?.link).toBe('https://example.org/a');
    const entry = await parse(
      atom(`<entry><id>urn:x</id><title>x</title>
        <link rel="self" href="https://example.org/self"/>
        <link rel="alternate" type="application/json" href="https://example.org/json"/>
        <link href="https://example.org/html"/></entry>`),
    );
    expect(entry.items[0]?.link).toBe('https://example.org/html');
  });
});
