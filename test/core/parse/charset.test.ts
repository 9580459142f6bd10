import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeDocument, encodingForLabel } from '../../../electron/core/parse/charset';
import { corpusFile, parse, rss } from './helpers';

const latin1 = (text: string) => iconv.encode(text, 'windows-1252');

describe('charset: decoding bytes before the XML reader sees them', () => {
  it('decodes windows-1252 curly quotes from the prolog', async () => {
    const body = latin1(rss('<item><title>“Quoted” – it’s €5</title></item>').replace('utf-8', 'windows-1252'));
    const feed = await parse(body);
    expect(feed.items[0]?.title).toBe('“Quoted” – it’s €5');
  });

  it('decodes the euro sign of miniflux windows-1252.xml with iconv, not as a C1 control', async () => {
    const feed = await parse(corpusFile('feeds/miniflux/encoding/windows-1252.xml'));
    expect(feed.title).toBe('Euro €');
  });

  it('reads ISO-8859-1 as declared in the prolog', async () => {
    const feed = await parse(corpusFile('feeds/miniflux/encoding/iso-8859-1.xml'));
    expect(feed.title).toBe('Café');
  });

  it('reads KOI8-R and windows-1251 Cyrillic', async () => {
    expect((await parse(corpusFile('feeds/miniflux/encoding/koi8r.xml'))).title).toBe('Пример RSS ленты');
    const cp1251 = await parse(corpusFile('feeds/miniflux/parser/encoding_WINDOWS-1251.xml'));
    expect(cp1251.items[0]?.title).toBe('Цитата #17703');
  });

  it('reads gb2312 (as GBK) Chinese', async () => {
    const feed = await parse(corpusFile('feeds/netnewswire/kc0011.rss'));
    expect(feed.title).toContain('投资资讯网');
  });

  it('trusts valid UTF-8 over a prolog that says ISO-8859-1 (utf8-incorrect-prolog.xml)', async () => {
    const feed = await parse(corpusFile('feeds/miniflux/encoding/utf8-incorrect-prolog.xml'));
    expect(feed.title).toBe('테스트 피드');
    expect(feed.items[0]?.title).toBe('Café');
  });

  it('trusts valid UTF-8 over a prolog that says windows-1252 (windows-1252-incorrect-prolog.xml)', async () => {
    expect((await parse(corpusFile('feeds/miniflux/encoding/windows-1252-incorrect-prolog.xml'))).title).toBe('Euro €');
  });

  it('falls back to windows-1252 when a utf-8 prolog sits on Latin-1 bytes (iso88591_utf8_mismatch.xml)', () => {
    const { text, encoding } = decodeDocument(corpusFile('feeds/miniflux/xml/iso88591_utf8_mismatch.xml'), null);
    expect(encoding).toBe('windows-1252');
    expect(text).toContain('<to>Anaïs</to>');
    expect(text).toContain('<from>Jürgen</from>');
  });

  it('ignores an unknown encoding label and reads UTF-8 (invalid-prolog.xml)', async () => {
    expect((await parse(corpusFile('feeds/miniflux/encoding/invalid-prolog.xml'))).items[0]?.title).toBe('Café');
  });

  it('falls back to windows-1252 for undeclared non-UTF-8 bytes (no_encoding_ISO-8859-1.xml)', async () => {
    const feed = await parse(corpusFile('feeds/miniflux/parser/no_encoding_ISO-8859-1.xml'));
    expect(feed.items.some((i) => i.summary.includes('é') || i.content.includes('é'))).toBe(true);
    expect(JSON.stringify(feed)).not.toContain('\uFFFD');
  });

  it('prefers the HTTP charset to the prolog when the bytes are not UTF-8', async () => {
    const body = iconv.encode(rss('<item><title>Привет</title></item>').replace('utf-8', 'iso-8859-1'), 'koi8-r');
    expect((await parse(body, 'application/rss+xml; charset=KOI8-R')).items[0]?.title).toBe('Привет');
  });

  it('falls through a wrong HTTP "utf-8" to the prolog', async () => {
    const body = latin1(rss('<item><title>Crème brûlée</title></item>').replace('utf-8', 'iso-8859-1'));
    expect((await parse(body, 'text/xml; charset=utf-8')).items[0]?.title).toBe('Crème brûlée');
  });

  it('keeps mostly-UTF-8 text as UTF-8 despite one bad byte', () => {
    const bytes = Buffer.concat([Buffer.from('<rss><title>naïve café résumé</title>'), Buffer.from([0xff]), Buffer.from('</rss>')]);
    const { text, encoding } = decodeDocument(bytes, null);
    expect(encoding).toBe('utf-8');
    expect(text).toContain('naïve café résumé');
  });

  it.each([
    ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(rss('<item><title>Zoë</title></item>'))])],
    ['UTF-16LE with a BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(rss('<item><title>Zoë</title></item>'), 'utf-16le')])],
    ['UTF-16BE with a BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(rss('<item><title>Zoë</title></item>'), 'utf-16be')])],
    ['UTF-16LE without a BOM', iconv.encode(rss('<item><title>Zoë</title></item>'), 'utf-16le')],
  ])('decodes %s', async (_name, body) => {
    expect((await parse(body)).items[0]?.title).toBe('Zoë');
  });

  it.each([
    ['Shift_JIS', 'shift_jis', '日本語のタイトル'],
    ['EUC-JP', 'euc-jp', '日本語のタイトル'],
    ['Big5', 'big5', '繁體中文標題'],
    ['EUC-KR', 'euc-kr', '한국어 제목'],
    ['GB18030', 'gb18030', '简体中文标题'],
  ])('decodes legacy CJK: %s from the prolog', async (_name, charset, title) => {
    const body = iconv.encode(rss(`<item><title>${title}</title></item>`).replace('utf-8', charset), charset);
    expect((await parse(body)).items[0]?.title).toBe(title);
  });

  it('decodes ISO-2022-JP, which iconv-lite lacks, with TextDecoder', async () => {
    // "めん" in ISO-2022-JP: ESC $ B, two JIS X 0208 characters, ESC ( B.
    const title = Buffer.from('1b2442246124731b2842', 'hex');
    const head = Buffer.from('<?xml version="1.0" encoding="ISO-2022-JP"?><rss version="2.0"><channel><item><title>');
    const tail = Buffer.from('</title></item></channel></rss>');
    expect((await parse(Buffer.concat([head, title, tail]))).items[0]?.title).toBe('めん');
  });

  it.each([
    ['iso-8859-1.html', 'Frédéric'],
    ['utf8.html', 'Café'],
  ])('reads the <meta charset> of an HTML page (%s)', (file, expected) => {
    expect(decodeDocument(corpusFile(`feeds/miniflux/encoding/${file}`), null).text).toContain(expected);
  });

  it('ignores a <meta charset> quoted inside a feed', () => {
    const body = latin1('<rss version="2.0"><channel><item><description><![CDATA[<meta charset="koi8-r">]]></description><title>Café</title></item></channel></rss>');
    expect(decodeDocument(body, null).text).toContain('<title>Café</title>');
  });

  it('finds an HTML <meta charset> even after the first 1024 bytes', () => {
    const { text } = decodeDocument(corpusFile('feeds/miniflux/encoding/iso-8859-1-meta-after-1024.html'), null);
    expect(text).toContain('Frédéric');
    expect(decodeDocument(corpusFile('feeds/miniflux/encoding/utf8-meta-after-1024.html'), null).text).toContain('Café');
  });

  it.each([
    ['ISO-8859-1', 'windows-1252'],
    ['latin1', 'windows-1252'],
    ['US-ASCII', 'windows-1252'],
    ['gb2312', 'gbk'],
    ['"utf-8"', 'utf-8'],
    ['UTF8', 'utf-8'],
    ['utf-7', null],
    ['x-no-such-charset', null],
  ])('maps the label %s to the WHATWG decoder %s', (label, expected) => {
    expect(encodingForLabel(label)).toBe(expected);
  });
});
