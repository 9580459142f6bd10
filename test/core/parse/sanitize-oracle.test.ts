// Tidings' sanitizer against the one it replaced (sanitize-html with the same allow-list, kept in
// test/support as an oracle): on every item of every corpus feed both must write the same HTML, so
// replacing it changed no stored article, and the plain text taken in the same pass must be what
// htmlToText reads from that HTML.
import { describe, expect, it } from 'vitest';
import { normalizeFeed } from '../../../electron/core/normalize';
import { htmlToText, sanitizeHtmlWithText } from '../../../electron/core/sanitize';
import { sanitizeHtmlOracle } from '../../support/sanitize-html-oracle';
import { xssVectors } from '../../support/xss-vectors';
import { CORPUS, FEED_URL, corpusFile, filesBelow, parse } from './helpers';

const feeds = filesBelow(`${CORPUS}feeds`, `${CORPUS}feeds`, (name) => /\.(xml|rss|atom|rdf|json)$/i.test(name));

async function itemsOf(path: string): Promise<{ html: string; base: string | null }[]> {
  try {
    const feed = normalizeFeed(await parse(corpusFile(`feeds/${path}`)), FEED_URL);
    return feed.items.map((item) => ({ html: item.content, base: item.base ?? item.link ?? feed.link }));
  } catch {
    return []; // the corpus test pins which feeds do not parse
  }
}

describe('sanitize: the same HTML as sanitize-html with the same allow-list', () => {
  it('reads the corpus', () => {
    expect(feeds.length).toBeGreaterThan(50);
  });

  it.each(feeds)('%s', async (path) => {
    for (const { html, base } of await itemsOf(path)) {
      const ours = sanitizeHtmlWithText(html, base);
      expect(ours.html).toBe(sanitizeHtmlOracle(html, base));
      expect(ours.text).toBe(htmlToText(ours.html));
    }
  });
});

describe('sanitize: the same HTML as sanitize-html on the public XSS vectors', () => {
  it('writes what the oracle writes for every vector', () => {
    const base = 'https://example.org/posts/1/';
    const differing = xssVectors().filter((vector) => {
      const ours = sanitizeHtmlWithText(vector.html, base);
      return ours.html !== sanitizeHtmlOracle(vector.html, base) || ours.text !== htmlToText(ours.html);
    });
    expect(differing.map((vector) => vector.name)).toEqual([]);
  });
});
