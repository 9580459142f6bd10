import { describe, expect, it } from 'vitest';
import { FeedParseError } from '../../../electron/core/parse';
import { atom, parse, pipeline, rss } from './helpers';

describe('xml: what rss-parser alone would lose', () => {
  it('keeps a feed with a bare ampersand', async () => {
    const feed = await parse(rss('<item><title>Fish & Chips</title><link>https://example.org/?a=1&b=2</link></item>'));
    expect(feed.items[0]?.title).toBe('Fish & Chips');
    expect(feed.items[0]?.link).toBe('https://example.org/?a=1&b=2');
  });

  it.each([
    ['&nbsp;', 'A\u00a0B'],
    ['&eacute;', 'AéB'],
    ['&Eacute;', 'AÉB'],
    ['&hellip;', 'A…B'],
    ['&mdash;', 'A—B'],
    ['&copy;', 'A©B'],
  ])('keeps a feed with the HTML entity %s', async (entity, expected) => {
    const feed = await parse(rss(`<item><title>A${entity}B</title></item>`));
    expect(feed.items[0]?.title).toBe(expected);
  });

  it('keeps an undefined entity as literal text', async () => {
    const feed = await parse(rss('<item><title>A &bogus; B &constructor; C</title></item>'));
    expect(feed.items[0]?.title).toBe('A &bogus; B &constructor; C');
  });

  it('reads &#146; and friends as the windows-1252 characters they were meant to be', async () => {
    const feed = await parse(rss('<item><title>It&#146;s &#147;quoted&#148; &#150; ok</title></item>'));
    expect(feed.items[0]?.title).toBe('It’s “quoted” – ok');
  });

  it('drops references to characters XML forbids instead of failing', async () => {
    const feed = await parse(rss('<item><title>a&#0;b&#8;c&#99999999;d&#xD800;e</title></item>'));
    expect(feed.items[0]?.title).toBe('abc\uFFFDd\uFFFDe');
  });

  it('strips control characters that XML forbids', async () => {
    const feed = await parse(rss('<item><title>Form\fFeed\u001b and NUL\u0000</title></item>'));
    expect(feed.items[0]?.title).toBe('FormFeed and NUL');
  });

  it('leaves ampersands inside CDATA alone', async () => {
    const feed = await parse(rss('<item><title><![CDATA[Tom & Jerry &amp; friends]]></title></item>'));
    expect(feed.items[0]?.title).toBe('Tom & Jerry &amp; friends');
  });

  it('keeps a feed whose invalid Atom date would throw a RangeError in rss-parser', async () => {
    const feed = await parse(
      atom('<entry><id>1</id><title>A</title><published>not a date</published><updated>2024-03-10T17:15:00+01:00</updated></entry><entry><id>2</id><title>B</title><published>Mon, 02 Jan 2006 15:04:05 BST</published></entry>'),
    );
    expect(feed.items.map((i) => i.title)).toEqual(['A', 'B']);
    expect(feed.items[0]?.published?.toISOString()).toBe('2024-03-10T16:15:00.000Z');
    expect(feed.items[1]?.published?.toISOString()).toBe('2006-01-02T14:04:05.000Z');
  });

  it('keeps an Atom feed with an RSS-style <link>text</link> or an empty <link/>', async () => {
    const feed = await parse(atom('<entry><id>1</id><title>A</title><link>https://example.org/a</link></entry><entry><id>2</id><link/></entry>'));
    expect(feed.items.map((i) => i.link)).toEqual(['https://example.org/a', null]);
  });

  it('reads an <rss> root with no version as RSS 2.0', async () => {
    const feed = await parse('<rss><channel><title>T</title><item><title>A</title></item></channel></rss>');
    expect(feed.format).toBe('rss');
    expect(feed.items).toHaveLength(1);
  });

  it.each([
    ['RSS 0.91', '<rss version="0.91"><channel><title>T</title><item><title>A</title></item></channel></rss>', 'rss'],
    ['RSS 0.92', '<rss version="0.92"><channel><title>T</title><item><title>A</title></item></channel></rss>', 'rss'],
    [
      'RSS 0.90 (RDF)',
      '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://my.netscape.com/rdf/simple/0.9/"><channel><title>T</title></channel><item><title>A</title><link>https://example.org/a</link></item></rdf:RDF>',
      'rdf',
    ],
    [
      'RSS 1.0',
      '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><channel rdf:about="https://example.org/"><title>T</title></channel><item rdf:about="https://example.org/a"><title>A</title></item></rdf:RDF>',
      'rdf',
    ],
    [
      'Atom 0.3',
      '<feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>T</title><entry><title>A</title><issued>2004-01-01T00:00:00Z</issued><id>1</id></entry></feed>',
      'atom',
    ],
    ['Atom 1.0', atom('<entry><title>A</title><id>1</id></entry>'), 'atom'],
    [
      'Atom written with an atom: prefix',
      '<atom:feed xmlns:atom="http://www.w3.org/2005/Atom"><atom:title>T</atom:title><atom:entry><atom:id>1</atom:id><atom:title>A</atom:title></atom:entry></atom:feed>',
      'atom',
    ],
  ])('reads %s', async (_name, xml, format) => {
    const feed = await parse(xml);
    expect(feed.format).toBe(format);
    expect(feed.items[0]?.title).toBe('A');
  });

  it('reads Atom 0.3 dates (issued/modified)', async () => {
    const feed = await parse(
      '<feed version="0.3" xmlns="http://purl.org/atom/ns#"><entry><title>A</title><issued>2004-01-01T10:00:00Z</issued><modified>2004-01-02T10:00:00Z</modified></entry></feed>',
    );
    expect(feed.items[0]?.published?.toISOString()).toBe('2004-01-01T10:00:00.000Z');
    expect(feed.items[0]?.updated?.toISOString()).toBe('2004-01-02T10:00:00.000Z');
  });

  it('keeps Atom xhtml content in document order', async () => {
    const feed = await parse(
      atom('<entry><id>1</id><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Hello <a href="/x">big</a> world &amp; <b>more</b>.</p></div></content></entry>'),
    );
    const content = feed.items[0]?.content ?? '';
    expect(content).toContain('<p>Hello <a href="/x">big</a> world &amp; <b>more</b>.</p>');
  });

  it('keeps a title with stray markup instead of failing the feed', async () => {
    const feed = await pipeline(rss('<item><title>A <b>bold</title></item>'));
    expect(feed.items[0]?.title).toBe('A bold');
  });

  it('keeps unescaped HTML in an RSS description in document order', async () => {
    const feed = await parse(rss('<item><title>A</title><description>Some <b>bold</b> text<br/> here</description></item>'));
    expect(feed.items[0]?.content).toBe('Some <b>bold</b> text<br/> here');
  });

  it('reads a non-standard prefix for Media RSS and Dublin Core', async () => {
    const feed = await parse(
      rss(
        '<item><title>A</title><m:thumbnail url="https://example.org/t.jpg"/><creator:creator>Jo</creator:creator></item>',
        '<title>T</title>',
        ' xmlns:m="http://search.yahoo.com/mrss/" xmlns:creator="http://purl.org/dc/elements/1.1/"',
      ),
    );
    expect(feed.items[0]?.thumbnail).toBe('https://example.org/t.jpg');
    expect(feed.items[0]?.author).toBe('Jo');
  });

  it('reads .NET feeds that bind Atom to a10:', async () => {
    const feed = await parse(
      rss('<item><title>A</title><a10:updated>2024-01-02T03:04:05Z</a10:updated></item>', '<title>T</title>', ' xmlns:a10="http://www.w3.org/2005/Atom"'),
    );
    expect(feed.items[0]?.published?.toISOString()).toBe('2024-01-02T03:04:05.000Z');
  });

  it('skips junk before the XML declaration and after the root', async () => {
    const xml = `<br />\n<b>Warning</b>: PHP says hi\n${rss('<item><title>A</title></item>')}\n<!-- cache: 1ms -->trailing junk<p>`;
    expect((await parse(xml)).items[0]?.title).toBe('A');
  });

  it('keeps the items of a truncated download, the unfinished one too (as feedparser does)', async () => {
    const full = rss('<item><title>A</title></item><item><title>B</title></item><item><title>C</title><descr');
    const feed = await parse(full);
    expect(feed.items.map((i) => i.title)).toEqual(['A', 'B', 'C']);
  });

  it('reads past a stray closing tag inside an item and keeps every item', async () => {
    const feed = await parse(rss('<item><title>A</title></item><item><title>B</title><guid>b</link></item><item><title>C</title></item>'));
    expect(feed.items.map((i) => i.title)).toEqual(['A', 'B', 'C']);
    expect(feed.items[1]?.id).toBe('b');
  });

  it('reads past mismatched end tags before the first item', async () => {
    const feed = await parse('<rss version="2.0"><channel><ttl>5</tll><item><title>A</title></item></channel></rss>');
    expect(feed.items.map((i) => i.title)).toEqual(['A']);
    const atomFeed = await parse('<feed xmlns="http://www.w3.org/2005/Atom"><id>A</di><entry><id>1</id><title>E</title></entry></feed>');
    expect(atomFeed.items.map((i) => i.title)).toEqual(['E']);
  });

  it('reads a description with text around a CDATA section, and an escaped body decoded once', async () => {
    const long = `<p>${'word '.repeat(80).trim()} &amp; more</p>`;
    const feed = await parse(
      rss(
        `<item><guid>a</guid><description>Intro <![CDATA[${long}]]> outro</description></item>` +
          `<item><guid>b</guid><description>${long.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</description></item>`,
      ),
    );
    expect(feed.items[0]?.content).toBe(`Intro ${long} outro`);
    expect(feed.items[1]?.content).toBe(long);
  });

  it('does not expand a billion-laughs entity', async () => {
    const lol = ['<!ENTITY lol0 "lol">'];
    for (let i = 1; i <= 9; i++) lol.push(`<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`);
    const xml = `<?xml version="1.0"?><!DOCTYPE rss [${lol.join('')}]>${rss('<item><title>&lol9;</title></item>').replace(/^<\?xml[^>]*>/, '')}`;
    const started = Date.now();
    const feed = await parse(xml);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(feed.items[0]?.title).toBe('&lol9;');
  });

  it('does not blow up on quadratic entity expansion', async () => {
    const big = 'x'.repeat(1_000);
    const refs = '&big;'.repeat(50_000);
    const xml = `<!DOCTYPE rss [<!ENTITY big "${big}">]>${rss(`<item><title>A</title><description>${refs}</description></item>`)}`;
    const feed = await parse(xml);
    // Expansion stops at the budget (about a million characters); the rest stays literal.
    expect(feed.items[0]?.content.length).toBeLessThan(1_500_000);
  });

  it.each([
    ['an RSS description', (body: string) => rss(`<item><title>A</title><description><![CDATA[${body}]]></description></item>`)],
    [
      'content:encoded',
      (body: string) =>
        rss(`<item><title>A</title><content:encoded><![CDATA[${body}]]></content:encoded></item>`, '<title>T</title>', ' xmlns:content="http://purl.org/rss/1.0/modules/content/"'),
    ],
    ['Atom content', (body: string) => atom(`<entry><id>1</id><content type="html"><![CDATA[${body}]]></content></entry>`)],
  ])('stays linear on %s full of unclosed tags (rss-parser snippets are quadratic)', async (_name, wrap) => {
    const started = Date.now();
    const feed = await pipeline(wrap('x<p'.repeat(50_000)));
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(feed.items).toHaveLength(1);
  });

  it('stays linear on a hostile nest of unclosed elements and stray closing tags, reading up to 100 levels', async () => {
    const levels = 40_000;
    const xml = rss(`<item><title>A</title></item>${'<x>'.repeat(levels)}${'</y>'.repeat(levels)}<item><title>B</title></item>`);
    const started = Date.now();
    const feed = await parse(xml);
    // htmlparser2 alone takes over 10 s here (its open-element stack is searched on every close).
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(feed.items.map((i) => i.title)).toEqual(['A']);
  });

  it('expands a plain-text entity declared in the DOCTYPE', async () => {
    const xml = `<!DOCTYPE rss [<!ENTITY site "Example &#38; Co">]><rss version="2.0"><channel><item><title>&site;</title></item></channel></rss>`;
    // The value has a reference in it, so it is not expanded; a plain value is.
    expect((await parse(xml)).items[0]?.title).toBe('&site;');
    const plain = `<!DOCTYPE rss [<!ENTITY site "Example Co">]><rss version="2.0"><channel><item><title>&site;</title></item></channel></rss>`;
    expect((await parse(plain)).items[0]?.title).toBe('Example Co');
  });

  it('never resolves an external entity', async () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><rss version="2.0"><channel><item><title>&xxe;</title></item></channel></rss>`;
    expect((await parse(xml)).items[0]?.title).toBe('&xxe;');
  });

  it('parses a processing instruction that is not the XML declaration (phpxml.rss)', async () => {
    const feed = await parse('<?phpxml version="1.0"?><rss version="2.0"><channel><item><title>A</title></item></channel></rss>');
    expect(feed.items).toHaveLength(1);
  });
});

describe('xml: clear errors for what is not a feed', () => {
  it.each([
    ['an HTML page', '<!DOCTYPE html><html><head><title>Hi</title></head><body></body></html>', /^html: unable to parse feed: /],
    ['some other XML', '<?xml version="1.0"?><note><to>Tove</to></note>', /^xml: unable to parse feed: unrecognized root element <note>/],
    ['plain text', 'hello world', /^unknown: unable to parse feed: /],
    ['an empty body', '', /^unknown: /],
  ])('raises a FeedParseError for %s', async (_name, body, message) => {
    const error = await parse(body).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FeedParseError);
    expect((error as FeedParseError).name).toBe('FeedParseError');
    expect((error as FeedParseError).message).toMatch(message);
  });

  it('never throws anything but a FeedParseError on mangled input', async () => {
    const base = rss('<item><title>A &amp; B</title><link>https://example.org/a</link><description><![CDATA[<p>x</p>]]></description></item>');
    for (let cut = 0; cut < base.length; cut += 7) {
      for (const body of [base.slice(0, cut), base.slice(cut), base.slice(0, cut) + '<' + base.slice(cut)]) {
        const result = await pipeline(body).catch((e: unknown) => e);
        if (result instanceof Error) expect(result).toBeInstanceOf(FeedParseError);
      }
    }
  });
});
