import { describe, expect, it } from 'vitest';
import { FeedParseError } from '../../../electron/core/parse';
import { corpusFile, parse, pipeline } from './helpers';

const feed = (body: object) => JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'J', ...body });

describe('json: JSON Feed 1.0 and 1.1', () => {
  it('sniffs JSON Feed from the content, whatever the Content-Type says', async () => {
    const parsed = await parse(feed({ items: [{ id: '1', title: 'A' }] }), 'text/html; charset=utf-8');
    expect(parsed.format).toBe('json');
    expect(parsed.items[0]?.title).toBe('A');
  });

  it('reads the fields of an item', async () => {
    const parsed = await pipeline(
      feed({
        home_page_url: 'https://example.org/',
        items: [
          {
            id: 42,
            url: '/posts/42',
            title: 'Hello',
            content_html: '<p>Hi <script>x()</script></p>',
            summary: 'Short',
            image: 'https://example.org/i.png',
            date_published: '2024-03-10T17:15:00+01:00',
            date_modified: '2024-03-11T00:00:00Z',
            attachments: [
              { url: 'https://example.org/a.mp3', mime_type: 'audio/mpeg', size_in_bytes: 1000.7 },
              { url: 'https://example.org/b.m4a' },
            ],
          },
        ],
      }),
    );
    expect(parsed.link).toBe('https://example.org/');
    expect(parsed.items[0]).toMatchObject({
      id: '42',
      link: 'https://example.org/posts/42',
      title: 'Hello',
      content: '<p>Hi </p>',
      summary: 'Short',
      thumbnail: 'https://example.org/i.png',
      enclosures: [
        { url: 'https://example.org/a.mp3', type: 'audio/mpeg', length: 1000 },
        { url: 'https://example.org/b.m4a', type: null, length: null },
      ],
    });
    expect(parsed.items[0]?.published?.toISOString()).toBe('2024-03-10T16:15:00.000Z');
    expect(parsed.items[0]?.updated?.toISOString()).toBe('2024-03-11T00:00:00.000Z');
  });

  it('turns content_text into escaped HTML paragraphs', async () => {
    const parsed = await parse(feed({ items: [{ id: '1', content_text: 'a < b\n\nsecond & last\nline' }] }));
    expect(parsed.items[0]?.content).toBe('<p>a &lt; b</p><p>second &amp; last<br>line</p>');
  });

  it('uses banner_image when there is no image', async () => {
    const parsed = await parse(feed({ items: [{ id: '1', banner_image: 'https://example.org/b.png' }] }));
    expect(parsed.items[0]?.thumbnail).toBe('https://example.org/b.png');
  });

  it('reads 1.1 authors before 1.0 author, and falls back to the feed (authors.json)', async () => {
    const parsed = await parse(corpusFile('feeds/netnewswire/authors.json'));
    const byId = new Map(parsed.items.map((i) => [i.id, i.author]));
    expect(byId.get('Item without authors')).toBe('Root Author 1, Root Author 2');
    expect(byId.get('Item with legacy author')).toBe('Legacy Item Author');
    expect(byId.get('Item with modern authors')).toBe('Item Author 1, Item Author 2');
    expect(byId.get('Item with both')).toBe('Item Author 1, Item Author 2');
  });

  it('ignores fields of the wrong type instead of failing the feed (lemon24 invalid.json)', async () => {
    const parsed = await pipeline(corpusFile('feeds/jsonfeed/lemon24-reader/invalid.json'));
    expect(parsed.items).toHaveLength(8);
    expect(parsed.items[0]).toMatchObject({ id: '2', title: '', link: null, published: null, author: null });
    expect(parsed.items[1]?.id).toBe('3.1415');
    expect(parsed.items.find((i) => i.id === 'second author is good')?.author).toBe('Jane');
    expect(parsed.items.find((i) => i.id === 'author name fallback')?.author).toBe('joe@example.com');
  });

  it('keeps the complete items of a truncated JSON Feed (allthis-partial.json)', async () => {
    const parsed = await pipeline(corpusFile('feeds/netnewswire/allthis-partial.json'));
    expect(parsed.items.length).toBeGreaterThanOrEqual(1);
    expect(parsed.items[0]?.title).toBe('Last thoughts on modifier keys');
  });

  it('reads a JSON Feed with no version and a bare "1.0" version', async () => {
    expect((await parse(JSON.stringify({ items: [{ id: '1' }] }))).items).toHaveLength(1);
    expect((await parse(JSON.stringify({ version: '1.0', items: [{ id: '1' }] }))).items).toHaveLength(1);
  });

  it.each([
    ['invalid JSON', '{ "verion": "1.0"', /^json: unable to parse feed: /],
    ['JSON that is not an object', '[1, 2, 3]', /^json: unable to parse feed: the document is not a JSON object/],
    ['RSS-in-JSON', JSON.stringify({ rss: { version: '2.0', channel: { item: [] } } }), /^json: unable to parse feed: not a JSON Feed/],
  ])('raises a FeedParseError for %s', async (_name, body, message) => {
    const error = await parse(body).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FeedParseError);
    expect((error as Error).message).toMatch(message);
  });
});
