// Every feed in the shared corpus through parse → normalize → sanitize, as refresh runs them.
// A file parses with at least one item, unless it is listed below with the reason it cannot.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ParsedFeed } from '../../../electron/core/feed-types';
import { FeedParseError } from '../../../electron/core/parse';
import { CORPUS, filesBelow, pipeline } from './helpers';

const FEEDS = join(CORPUS, 'feeds');

/** Files that must fail, and why. */
const EXPECTED_FAILURES: Readonly<Record<string, string>> = {
  'jsonfeed/gofeed/invalid.json': 'truncated JSON with no complete item ({"verion": "1.0")',
  'netnewswire/ScriptingNews.json': "RSS-in-JSON (scripting.com's own format), not JSON Feed",
  'miniflux/xml/iso88591.xml': 'a <note> document: a charset fixture, not a feed',
  'miniflux/xml/iso88591_utf8_mismatch.xml': 'a <note> document: a charset fixture, not a feed',
  'rss-parser/unrecognized.rss': 'an HTML "Document Moved" page',
};

/** Files that are valid feeds with no items at all. */
const EXPECTED_EMPTY: Readonly<Record<string, string>> = {
  'miniflux/encoding/iso-8859-1.xml': 'a channel with no items (charset fixture)',
  'miniflux/encoding/windows-1252.xml': 'a channel with no items (charset fixture)',
  'miniflux/encoding/windows-1252-incorrect-prolog.xml': 'a channel with no items (charset fixture)',
  'jsonfeed/lemon24-reader/10.json': '"items": []',
  'jsonfeed/lemon24-reader/unknown.json': '"items": [] (unknown version)',
};

// Web pages are for autodiscovery (discover.test.ts), not feeds.
const files = filesBelow(FEEDS, FEEDS, (name) => !name.endsWith('.html'));
const outcomes = new Map<string, ParsedFeed | FeedParseError>();

describe('corpus: every feed through parse → normalize → sanitize', () => {
  afterAll(() => {
    const parsed = [...outcomes.values()].filter((o) => !(o instanceof FeedParseError) && o.items.length > 0).length;
    const failed = [...outcomes.values()].filter((o) => o instanceof FeedParseError).length;
    const empty = outcomes.size - parsed - failed;
    console.log(
      `corpus: ${parsed}/${files.length} feeds parsed with items, ${failed} expected failures, ${empty} expected empty ` +
        `(${[...outcomes.values()].reduce((n, o) => n + (o instanceof FeedParseError ? 0 : o.items.length), 0)} items)`,
    );
  });

  it('finds the corpus', () => {
    expect(files.length).toBeGreaterThan(100);
    for (const name of [...Object.keys(EXPECTED_FAILURES), ...Object.keys(EXPECTED_EMPTY)]) expect(files).toContain(name);
  });

  it.each(files)('%s', async (file) => {
    const url = `https://corpus.example/${file}`;
    const outcome = await pipeline(readFileSync(join(FEEDS, file)), null, url).catch((error: unknown) => {
      // Anything else than a FeedParseError is a crash, and fails here.
      if (error instanceof FeedParseError) return error;
      throw error;
    });
    outcomes.set(file, outcome);

    const failure = EXPECTED_FAILURES[file];
    if (failure !== undefined) {
      expect(outcome, `expected to fail: ${failure}`).toBeInstanceOf(FeedParseError);
      return;
    }
    if (outcome instanceof FeedParseError) throw outcome;
    if (EXPECTED_EMPTY[file] !== undefined) expect(outcome.items).toHaveLength(0);
    else expect(outcome.items.length).toBeGreaterThan(0);

    const ids = outcome.items.map((i) => i.id);
    expect(ids.filter((id) => id === ''), 'empty ids').toEqual([]);
    expect(new Set(ids).size, 'duplicate ids').toBe(ids.length);
    for (const item of outcome.items) {
      expect(item.content).not.toMatch(/<script/i);
      // Sanitized HTML escapes "<" in text, so every "<letter" left is a tag we allowed.
      for (const [tag] of item.content.matchAll(/<[a-z][^>]*>/gi)) {
        expect(tag).not.toMatch(/^<(?:style|object|embed|form|input|button|meta|link|base)\b|\son[a-z]+\s*=|\sstyle\s*=|="\s*(?:javascript|vbscript):/i);
        if (tag.startsWith('<iframe')) expect(tag).toMatch(/src="https:\/\/(?:www\.)?(?:youtube(?:-nocookie)?\.com|player\.vimeo\.com)\//);
      }
      expect(item.summary.length).toBeLessThanOrEqual(301);
      for (const u of [item.link, item.thumbnail, ...item.enclosures.map((e) => e.url)]) {
        if (u !== null) expect(u).toMatch(/^https?:\/\//);
      }
    }
  });
});
