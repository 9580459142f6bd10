// What feedparser reads and a strict XML parser refuses: truncated downloads, feeds with nothing in
// them yet, legacy encodings nobody declared, UTF-32, Atom entries whose id is their only URL.
// One fixture file per case, in test/fixtures/parse/.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeDocument } from '../../../electron/core/parse/charset';
import { parse } from './helpers';

const fixture = (path: string): Buffer => readFileSync(new URL(`../../fixtures/parse/${path}`, import.meta.url));

describe('tolerance: a truncated document keeps what it holds', () => {
  it.each([
    ['</rss without its ">"', 'truncated-close-tag.rss', ['A', 'B', 'C']],
    ['a CDATA section that never closes', 'truncated-cdata.rss', ['A', 'B', 'C']],
    ['missing end tags for the item, channel and root', 'truncated-end-tags.rss', ['A', 'B', 'C']],
    ['an Atom entry cut inside its content', 'truncated-atom.atom', ['A', 'B']],
  ])('%s (%s)', async (_case, file, titles) => {
    const feed = await parse(fixture(`tolerance/${file}`));
    expect(feed.items.map((item) => item.title)).toEqual(titles);
    expect(feed.items.map((item) => item.link)).toEqual(titles.map((t) => `https://example.org/${t.toLowerCase()}`));
  });

  it('keeps the text of the unclosed CDATA section as the last item\'s content', async () => {
    const feed = await parse(fixture('tolerance/truncated-cdata.rss'));
    expect(feed.items[2]?.content).toBe('<p>Half an article, cut off in the middle of a sen');
  });
});

describe('tolerance: a feed with no items is a valid empty feed', () => {
  it.each([
    ['<rss></rss>', 'empty-rss.rss', 'rss', ''],
    ['an RSS channel with no items', 'empty-channel.rss', 'rss', 'Quiet'],
    ['a self-closed <channel/>', 'empty-channel-selfclosed.rss', 'rss', ''],
    ['<feed></feed>', 'empty-feed-bare.atom', 'atom', ''],
    ['an Atom feed with no entries', 'empty-feed.atom', 'atom', 'Quiet Atom'],
    ['an RSS 1.0 channel with no items', 'empty-rdf.rdf', 'rdf', 'Quiet RDF'],
  ])('%s (%s)', async (_case, file, format, title) => {
    const feed = await parse(fixture(`tolerance/${file}`));
    expect(feed).toMatchObject({ format, title, items: [] });
  });
});

// The titles generate.mjs wrote, in the encoding it wrote them in, with nothing declaring it.
const LEGACY: readonly [encoding: string, channel: string, first: string][] = [
  ['big5', '台灣新聞快報', '今天天氣晴朗，市民到公園散步'],
  ['euc-jp', '日本の新着ニュース', '今日は全国的に晴れるでしょう'],
  ['euc-kr', '한국 뉴스 속보', '오늘은 전국이 맑겠습니다'],
  ['gb2312', '中国新闻快报', '今天天气晴朗，市民到公园散步'],
  ['koi8-r', 'Новости дня', 'Сегодня в Москве солнечно и тепло'],
  ['shift_jis', '日本の新着ニュース', '今日は全国的に晴れるでしょう'],
  ['tis-620', 'ข่าววันนี้', 'วันนี้อากาศดีมากทั่วประเทศ'],
  ['windows-1255', 'חדשות היום', 'היום מזג האוויר נעים מאוד בכל הארץ'],
];

describe('tolerance: an undeclared legacy encoding is detected from the bytes', () => {
  it.each(LEGACY)('%s', async (encoding, channel, first) => {
    const feed = await parse(fixture(`encoding/${encoding}.xml`));
    expect(feed.title).toBe(channel);
    expect(feed.items).toHaveLength(3);
    expect(feed.items[0]?.title).toBe(first);
  });

  it('leaves a header or declaration in charge: a declared windows-1252 document is not guessed at', () => {
    const bytes = fixture('encoding/koi8-r.xml');
    const declared = Buffer.concat([Buffer.from('<?xml version="1.0" encoding="windows-1252"?>'), bytes.subarray(bytes.indexOf('\n'))]);
    expect(decodeDocument(declared, null).encoding).toBe('windows-1252');
    expect(decodeDocument(bytes, 'application/rss+xml; charset=windows-1252').encoding).toBe('windows-1252');
    expect(decodeDocument(bytes, null).encoding).toBe('koi8-r');
  });

  it('does not guess from a single accented byte (Latin-1 "Café" stays windows-1252)', () => {
    const bytes = Buffer.from('<rss version="2.0"><channel><title>Caf\xe9</title></channel></rss>', 'latin1');
    expect(decodeDocument(bytes, null).text).toContain('Café');
  });
});

const UNICODE_TITLE = 'Grüße aus Zürich — 世界 🌍';

describe('tolerance: Unicode documents decode with and without a byte-order mark', () => {
  it.each([
    'utf-8-bom.xml',
    'utf-16le-bom.xml',
    'utf-16be-bom.xml',
    'utf-16le.xml',
    'utf-16be.xml',
    'utf-32le-bom.xml',
    'utf-32be-bom.xml',
    'utf-32le.xml',
    'utf-32be.xml',
  ])('%s', async (file) => {
    const feed = await parse(fixture(`encoding/${file}`));
    expect(feed.title).toBe(UNICODE_TITLE);
    expect(feed.items.map((item) => item.title)).toEqual(['Ünïcödé 𝄞 music', 'Ελληνικά και русский']);
  });
});

describe('tolerance: an Atom entry whose only URL is its id links to it', () => {
  it.each([
    ['an http id and no link', 0, 'http://example.org/posts/1'],
    ['an https id and an empty link', 1, 'https://example.org/posts/2'],
    ['a tag: id, which is no URL', 2, null],
    ['a link beside the id, which wins', 3, 'https://example.org/read/4'],
  ])('%s', async (_case, index, link) => {
    const feed = await parse(fixture('tolerance/atom-id-link.atom'));
    expect(feed.items[index]?.link).toBe(link);
  });
});
