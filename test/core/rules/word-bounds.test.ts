// RE2's `\b` is ASCII; the search index's tokenizer (unicode61) is not: "\bcaf\b" matches "café"
// (é is no word character to RE2) where the index holds the one word "cafe", and "\bferry\b" matches
// "日本ferry", one word to the index. A try-out lets a `\b` bound a word only for the articles
// whose words never mix ASCII with such characters (the mixed-words flag, set at ingest) and reads
// the others besides the index's answer. Each try-out here runs on a library refreshed through the
// real pipeline and is compared, article by article, with the compiled rule run on every row.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { connectionOf } from '../../../electron/core/store';
import { compileRule } from '../../../electron/core/rules/compile';
import { RuleArticle } from '../../../electron/core/rules/article-fields';
import { tryRule } from '../../../electron/core/rules/try-out';
import { hasMixedWords, isIndexWordCharacter } from '../../../electron/core/rules/mixed-words';
import { indexPhrases } from '../../../electron/core/rules/word-phrases';
import { ruleInputSchema, type RuleCondition, type RuleInput } from '../../../shared/rules';
import { openCore } from '../../../electron/core/core';
import { readFeedDocument } from '../../../electron/core/refresh/read-feed';
import { FeedServer, rss } from '../../support/feed-server';
import { closeRefreshWorld } from '../../support/refresh-world';
import { tempDir } from '../../support/temp';
import { openRulesWorld, rssWith, type RulesWorld } from './rules-world';

/** Texts where RE2's word edges and the index's part, and some where they do not. */
const texts = [
  'café',
  'caf',
  'Caf! again',
  'cafe',
  'caf_',
  'CAF\u00c9 au lait',
  'cafe\u0301 decomposed',
  '日本ferry',
  'ferryé',
  'ferry_',
  'ferry',
  'Ferry.',
  '(FERRY) pier',
  'ferryman',
  'steamferry',
  'ferry²',
  'ferry\u{1f923}',
  'ferry\u{1f389}',
  'ferry\u2019s wake',
  'ferry\u2014pier',
  '\u212aferry',
  'ferr\u0443',
  'ferry\u00a0pier',
  'nothing here',
];

/** Whether each text is mixed: an ASCII letter or digit beside a word character beyond ASCII to unicode61. */
const mixed: Record<string, boolean> = {
  'café': true,
  'CAF\u00c9 au lait': true,
  'cafe\u0301 decomposed': true,
  '日本ferry': true,
  'ferryé': true,
  'ferry²': true,
  // An emoji newer than SQLite's Unicode tables is a word character to it; an older one is not.
  'ferry\u{1f923}': true,
  'ferry\u{1f389}': false,
  'ferry\u2019s wake': false,
  'ferry\u2014pier': false,
  '\u212aferry': true,
  'ferr\u0443': true,
  'ferry\u00a0pier': false,
};

/**
 * `\bferry` is open at its end: a positive try-out looks "ferry" up as a prefix, which finds
 * "ferryman" since migration 15 (before it, porter read the prefix as "ferri" and missed it).
 */
const patterns = ['\\bferry\\b', '\\bcaf\\b', '\\bCAFE\\b', 'caf\\b', '\\bferry\\s+pier\\b', '(?:^|\\s)\\bferry\\b', '\\b(ferry|cafe)\\b', '\\bferry'];

let world: RulesWorld;
/** Article ids of the feed whose flags were cleared, as if stored before migration 16. */
let storedBefore: number[];

async function refreshFeed(path: string, tag: string): Promise<number> {
  world.server.set(path, {
    body: rssWith(tag, texts.map((text, index) => ({ guid: `${tag}-${index}`, title: text, body: `<p>Words before. ${text} words after</p>` }))),
  });
  const feedId = world.store.feeds.add({ url: world.server.url(path) });
  await world.refresher.refresh();
  return feedId;
}

beforeAll(async () => {
  world = await openRulesWorld();
  await refreshFeed('/indexed', 'indexed');
  const before = await refreshFeed('/before', 'before');
  const db = connectionOf(world.store);
  storedBefore = (db.prepare('SELECT id FROM articles WHERE feed_id = ?').pluck().all(before) as number[]);
  db.prepare('UPDATE article_content SET mixed_words = NULL WHERE article_id IN (SELECT id FROM articles WHERE feed_id = ?)').run(before);
  world.store.search.catchUp();
  // Stored after the index's mark: not in the index yet.
  await refreshFeed('/late', 'late');
});

afterAll(() => closeRefreshWorld(world));

/** The compiled rule, as ingest runs it, on every stored article: newest first. */
function everyArticle(input: RuleInput): { count: number; ids: number[] } {
  const rule = compileRule(ruleInputSchema.parse(input));
  const ids: number[] = [];
  for (const row of world.store.rules.storedArticles(null, { text: true, categories: true })) {
    if (rule.matches(new RuleArticle({ ...row, categories: row.categories ? row.categories.split('\n') : [] }))) ids.push(row.id);
  }
  ids.sort((a, b) => b - a);
  return { count: ids.length, ids };
}

const rule = (conditions: RuleCondition[]): RuleInput => ({ name: 't', conditions, actions: ['hide'] });

function expectSameAsEveryArticle(input: RuleInput): void {
  expect(tryRule(world.store.rules, ruleInputSchema.parse(input), 10_000), JSON.stringify(input.conditions)).toEqual(everyArticle(input));
}

describe('a \\b-bounded word in a try-out', () => {
  it('the sanitize stage flags the texts where an ASCII letter or digit touches a word character beyond ASCII', () => {
    const stored = connectionOf(world.store)
      .prepare("SELECT a.guid, c.mixed_words AS flag FROM articles a JOIN article_content c ON c.article_id = a.id WHERE a.guid LIKE 'indexed-%'")
      .all() as { guid: string; flag: number }[];
    const byText = Object.fromEntries(stored.map((row) => [texts[Number(row.guid.slice('indexed-'.length))] as string, row.flag === 1]));
    expect(byText).toEqual(Object.fromEntries(texts.map((text) => [text, mixed[text] ?? false])));
    expect(hasMixedWords('plain', null, 'ferry 日本 ferry')).toBe(false);
    expect(hasMixedWords('plain', 'Zoë', 'text')).toBe(true);
  });

  it('matches and notMatches count and list what the compiled rule finds, on café, 日本ferry, ferryé, ferry_ and the rest', () => {
    for (const pattern of patterns) {
      for (const field of ['title', 'content'] as const) {
        for (const op of ['matches', 'notMatches'] as const) {
          expectSameAsEveryArticle(rule([{ field, op, value: pattern }]));
          expectSameAsEveryArticle(rule([{ field, op, value: pattern, caseSensitive: true }]));
        }
      }
    }
  });

  it('an article stored before the flag was kept (NULL) is still judged right', () => {
    const input = rule([{ field: 'content', op: 'notMatches', value: '\\bferry\\b' }]);
    const found = tryRule(world.store.rules, ruleInputSchema.parse(input), 10_000);
    const nihon = storedBefore[texts.indexOf('日本ferry')] as number;
    const cafe = storedBefore[texts.indexOf('café')] as number;
    // RE2 finds "ferry" in "日本ferry", so the rule does not match it; "café" has no ferry at all.
    expect({ nihon: found.ids.includes(nihon), cafe: found.ids.includes(cafe) }).toEqual({ nihon: false, cafe: true });
    const positive = rule([{ field: 'title', op: 'matches', value: '\\bcaf\\b' }]);
    expect(tryRule(world.store.rules, ruleInputSchema.parse(positive), 10_000).ids).toContain(cafe);
    expectSameAsEveryArticle(input);
    expectSameAsEveryArticle(positive);
  });

  it('a \\b beside a word bounds it for the index only where no query is exact without it', () => {
    expect(indexPhrases('\\btopic42\\b', true)).toEqual({ query: '"topic42"', exact: true, wordBounds: true });
    expect(indexPhrases('\\bferry\\s+pier\\b', true)).toEqual({ query: '"ferry pier"', exact: true, wordBounds: true });
    // A \b beside a space or punctuation adds nothing; "$" bounds without it.
    expect(indexPhrases('\\b ferry\\b\\s', true)).toEqual({ query: '"ferry"', exact: true, wordBounds: false });
    expect(indexPhrases('^ferry\\s+(compass|pier)\\b', true)).toEqual({ query: '^ "ferry"', exact: true, wordBounds: false });
    // Open at one end: a negative try-out cannot count on the index.
    expect(indexPhrases('\\bferry', true)).toBeNull();
  });

  it('the articles to read besides the index are found through the partial index, not a scan of every text', () => {
    const plan = connectionOf(world.store)
      .prepare("EXPLAIN QUERY PLAN SELECT c.article_id FROM article_content c WHERE c.mixed_words IS NOT 0 AND (c.text LIKE '%ferry%')")
      .all() as { detail: string }[];
    expect(plan.map((row) => row.detail).join('\n')).toMatch(/USING (COVERING )?INDEX article_content_mixed_words/);
  });
});

describe('the flag through the app\'s workers', () => {
  it('is set by the read stage (what a parse worker runs), not left to the store thread', async () => {
    const read = await readFeedDocument({
      url: 'https://example.org/feed',
      body: new TextEncoder().encode(rss('Mixed', [{ guid: 'a', title: 'Café', description: '<p>x</p>' }, { guid: 'b', title: 'Cafe', description: '<p>x</p>' }])),
      contentType: 'application/rss+xml',
    });
    expect(read.items.map((item) => item.mixedWords)).toEqual([true, false]);
  });

  it('is stored by the store worker with the article', async () => {
    const dir = tempDir();
    const server = await new FeedServer().start();
    const core = openCore({ dbFile: dir.file('library.db'), outbox: { run: false } });
    try {
      server.set('/feed', {
        body: rss('Mixed', [
          { guid: 'mixed', title: 'Plain title', description: '<p>At the café</p>' },
          { guid: 'plain', title: 'Plain title', description: '<p>At the cafe \u2014 \u201cquoted\u201d</p>' },
          { guid: 'title', title: 'ferry\u00b2 title', description: '<p>plain</p>' },
        ]),
      });
      core.store.feeds.add({ url: server.url('/feed') });
      expect(await core.refresher.refresh()).toMatchObject({ ok: 1, newArticles: 3 });
      const flags = connectionOf(core.store).prepare('SELECT a.guid, c.mixed_words AS flag FROM articles a JOIN article_content c ON c.article_id = a.id').all();
      expect(Object.fromEntries((flags as { guid: string; flag: number }[]).map((row) => [row.guid, row.flag]))).toEqual({ mixed: 1, plain: 0, title: 1 });
    } finally {
      core.close();
      await server.stop();
      dir.remove();
    }
  });
});

describe('the word characters beyond ASCII', () => {
  it('are the ones SQLite\'s unicode61 tokenizer counts as part of a word, every code point', () => {
    // "q" + the character + "z", a thousand to a row: a word character makes one token of the
    // three, a separator leaves "q" and "z" apart. Read back in order from fts5vocab.
    const db = new Database(':memory:');
    try {
      db.exec(`CREATE VIRTUAL TABLE probe USING fts5(x, tokenize = 'porter unicode61 remove_diacritics 2');
               CREATE VIRTUAL TABLE probe_terms USING fts5vocab(probe, instance);`);
      const points: number[] = [];
      for (let cp = 0x80; cp <= 0x10ffff; cp++) if (cp < 0xd800 || cp > 0xdfff) points.push(cp);
      const insert = db.prepare('INSERT INTO probe (rowid, x) VALUES (?, ?)');
      db.transaction(() => {
        for (let row = 0; row * 1000 < points.length; row++) {
          insert.run(row, points.slice(row * 1000, row * 1000 + 1000).map((cp) => `q${String.fromCodePoint(cp)}z`).join(' '));
        }
      })();
      const wrong: string[] = [];
      let at = 0;
      let afterQ = false;
      for (const term of db.prepare('SELECT term FROM probe_terms ORDER BY doc, "offset"').pluck().iterate() as IterableIterator<string>) {
        if (afterQ) {
          // "q" alone: the character between was a separator.
          if (isIndexWordCharacter(points[at] as number)) wrong.push((points[at] as number).toString(16));
          afterQ = false;
          at++;
          continue;
        }
        if (term === 'q') {
          afterQ = true;
          continue;
        }
        if (!isIndexWordCharacter(points[at] as number)) wrong.push((points[at] as number).toString(16));
        at++;
      }
      expect({ walked: at, wrong: wrong.slice(0, 20) }).toEqual({ walked: points.length, wrong: [] });
    } finally {
      db.close();
    }
  });
});
