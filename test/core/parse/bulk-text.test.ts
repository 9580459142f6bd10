// Long article bodies are set aside before the XML parser runs and put back after
// (xml-bulk-text.ts). The parser's output must be exactly what it was without that.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeDocument } from '../../../electron/core/parse/charset';
import { runRssParser, tagRenamer } from '../../../electron/core/parse/rss';
import { sniff } from '../../../electron/core/parse/sniff';
import { setAsideBodies } from '../../../electron/core/parse/xml-bulk-text';
import { repairXml } from '../../../electron/core/parse/xml-repair';
import { CORPUS, corpusFile, filesBelow, parse, rss } from './helpers';

const body = (words: number) => Array.from({ length: words }, (_, n) => `word${n}`).join(' ');
const FEEDS = join(CORPUS, 'feeds');

/** The corpus documents as rss-parser meets them: decoded, repaired, with the rename table. */
function prepared(file: string): { xml: string; renamer: (name: string) => string } | null {
  const { text } = decodeDocument(corpusFile(file), null);
  const { format, root } = sniff(text);
  if (root === null || (format !== 'rss' && format !== 'rdf' && format !== 'atom')) return null;
  const xml = repairXml(text, root, format === 'atom');
  return { xml, renamer: tagRenamer(xml.slice(0, xml.indexOf('>') + 1), format === 'atom') };
}

describe('setting long bodies aside', () => {
  it('gives rss-parser the same output for every corpus feed it parses', async () => {
    let compared = 0;
    let setAside = 0;
    for (const file of filesBelow(FEEDS, CORPUS, (name) => /\.(xml|rss|atom|rdf)$/i.test(name))) {
      const document = prepared(file);
      if (!document) continue;
      let whole: unknown;
      try {
        whole = await runRssParser(document.xml, document.renamer);
      } catch {
        continue; // broken documents are parsed whole (and recovered) anyway
      }
      const aside = setAsideBodies(document.xml);
      if (aside.xml !== document.xml) setAside++;
      expect(aside.restore(await runRssParser(aside.xml, document.renamer)), file).toEqual(whole);
      compared++;
    }
    // 77 XML documents in the corpus parse whole; 52 of them have bodies long enough to set aside.
    expect(compared).toBeGreaterThanOrEqual(77);
    expect(setAside).toBeGreaterThanOrEqual(52);
  });

  it('puts back a CDATA body with text around it, and an escaped body decoded once', async () => {
    const long = `<p>${body(80)} &amp; more</p>`;
    const feed = await parse(
      rss(
        `<item><guid>a</guid><description>Intro <![CDATA[${long}]]> outro</description></item>` +
          `<item><guid>b</guid><description>${long.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</description></item>`,
      ),
    );
    expect(feed.items[0]?.content).toBe(`Intro ${long} outro`);
    expect(feed.items[1]?.content).toBe(long);
  });

  it('leaves alone a document that already has the placeholder characters, and short bodies', () => {
    const withPrivateUse = `<rss><channel><item><description>\uE000${body(80)}</description></item></channel></rss>`;
    expect(setAsideBodies(withPrivateUse).xml).toBe(withPrivateUse);
    const short = `<rss><channel><item><description>${body(5)}</description></item></channel></rss>`;
    expect(setAsideBodies(short).xml).toBe(short);
  });

  it('sets aside nothing after a self-closing body tag or inside a comment', () => {
    const xml =
      `<feed><entry><content src="https://example.org/a"/>${body(80)}<link href="x"/></entry>` +
      `<!-- <![CDATA[${body(80)}]]> --></feed>`;
    expect(setAsideBodies(xml).xml).toBe(xml);
  });
});
