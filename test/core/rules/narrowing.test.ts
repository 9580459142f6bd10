// A try-out narrows in SQL (the search index, LIKE) before the compiled rule decides; the
// narrowing must never change the answer. Each rule here is tried on a real library file and its
// count and ids compared with the compiled rule run on every stored article.
import { beforeAll, describe, expect, it } from 'vitest';
import { connectionOf } from '../../../electron/core/store';
import { compileRule, inScope } from '../../../electron/core/rules/compile';
import { RuleArticle } from '../../../electron/core/rules/article-fields';
import { applyRule, tryRule } from '../../../electron/core/rules/try-out';
import { indexPhrases } from '../../../electron/core/rules/word-phrases';
import { ruleInputSchema, type RuleCondition, type RuleInput } from '../../../shared/rules';
import { withTempStore } from '../../support/temp-store';

/** Titles (and texts) where a pattern's idea of a word and the index's could part. */
const tricky = [
  'Ferry compass at dawn',
  'ferry  pier',
  'FERRY COMPASS',
  'ferry\tcompass',
  'ferry\ncompass in two lines',
  // words inside words
  'Ferryman compass',
  'xferry compass',
  'ferry compassion',
  'ferry compasses',
  'ferrying compass',
  'ferries compass',
  // punctuation between words
  'ferry, compass',
  'ferry-compass',
  'ferry_compass',
  'ferry:compass',
  'ferry. pier',
  "ferry's compass",
  // case, and letters beyond ASCII
  'ferry \u212aelp',
  'ferry compa\u017fs',
  '\u00e9ferry compass',
  'ferry compass\u00e9',
  'ferr\u00fd compass',
  'ferry pier\u0301',
  'ferry p\u00efer',
  // "^" not at the start
  ' ferry compass',
  'a ferry compass',
  'the compass ferry',
  // digits
  'ferry 12compass',
  'ferry compass12',
  'ferrycompass',
  // a backslash and an s, which \Q…\E reads as two characters
  'a ferry\\scompass',
  // plain words a negative rule excludes
  'kelp',
  'Kelp forest',
  'KELP',
  'skelp',
  'brine and kelp',
  'sea salt, brine',
  'nothing to see',
];

const temp = withTempStore({ prefix: 'tidings-narrowing-', once: true });

function storeArticles(feedId: number, texts: readonly string[], tag: string): void {
  const db = connectionOf(temp.store);
  const article = db.prepare(
    `INSERT INTO articles (feed_id, guid, title, link, author, published_at, first_seen_at, summary, content_hash)
     VALUES (?, ?, ?, ?, ?, 0, 0, '', '')`,
  );
  const content = db.prepare("INSERT INTO article_content (article_id, html, text) VALUES (?, '', ?)");
  const state = db.prepare('INSERT INTO article_state (article_id, feed_id, sort_at) VALUES (?, ?, 0)');
  db.transaction(() => {
    texts.forEach((text, index) => {
      // The title carries the tricky text, and the content too (after other words, so "^" differs).
      const id = Number(article.run(feedId, `${tag}-${index}`, text, `https://example.org/${index}`, index % 2 ? null : text).lastInsertRowid);
      content.run(id, index % 3 === 0 ? text : `Lead words. ${text}`);
      state.run(id, feedId);
    });
  })();
}

beforeAll(() => {
  const db = connectionOf(temp.store);
  const folder = Number(db.prepare("INSERT INTO folders (name) VALUES ('Sea')").run().lastInsertRowid);
  const inFolder = Number(db.prepare("INSERT INTO feeds (url, title, folder_id, created_at) VALUES ('https://a.invalid/', 'A', ?, 0)").run(folder).lastInsertRowid);
  const outside = Number(db.prepare("INSERT INTO feeds (url, title, created_at) VALUES ('https://b.invalid/', 'B', 0)").run().lastInsertRowid);
  storeArticles(inFolder, tricky, 'a');
  storeArticles(outside, tricky, 'b');
  temp.store.search.catchUp();
  // Stored after the index's mark: the index has not seen them, so they are all candidates.
  storeArticles(inFolder, tricky, 'late');
});


/** What the try-out must answer: the compiled rule on every stored article, newest first. */
function everyArticle(input: RuleInput): { count: number; ids: number[] } {
  const rule = compileRule(ruleInputSchema.parse(input));
  const paths = new Map(temp.store.rules.feedFolderPaths().map((feed) => [feed.id, feed.path]));
  const ids: number[] = [];
  for (const row of temp.store.rules.storedArticles(null, { text: true, categories: true })) {
    if (!inScope(rule.scope, row.feedId, paths.get(row.feedId) ?? '')) continue;
    if (rule.matches(new RuleArticle({ ...row, categories: row.categories ? row.categories.split('\n') : [] }))) ids.push(row.id);
  }
  ids.sort((a, b) => b - a);
  return { count: ids.length, ids };
}

const rule = (conditions: RuleCondition[], extra: Partial<RuleInput> = {}): RuleInput => ({ name: 't', conditions, actions: ['hide'], ...extra });
const on = (field: 'title' | 'content', op: RuleCondition['op'], value: string, caseSensitive?: boolean): RuleCondition =>
  caseSensitive === undefined ? { field, op, value } : { field, op, value, caseSensitive };

function expectSameAsEveryArticle(input: RuleInput): void {
  const expected = everyArticle(input);
  expect(tryRule(temp.store.rules, ruleInputSchema.parse(input), 10_000), JSON.stringify(input.conditions)).toEqual(expected);
}

/** Patterns whose words the index can bound on both sides, or on the left with a prefix on the right. */
const boundedPatterns = [
  '^ferry\\s+(compass|pier)\\b',
  '^ferry\\s+(compass|pier|)\\b',
  '^ferry\\s+compass$',
  '^ferry[ ]compass',
  '^ferry, compass',
  '^ferry\\.\\s*pier',
  '^ferry_compass',
  '^(?:ferry|jetty)\\s(compass|pier)',
  '^ferry\\s+kelp',
  '^ferry compass\\s',
  ' ferry compass',
  'a\\s+ferry\\s+compass\\b',
  'a ^ferry',
  '^ferry\\s+p.er',
  '^ferry\\s+compass\\d+',
  '\\Qferry\\scompass\\E',
];

/**
 * Patterns with a word open at its start (a word may go on before it) or at its end where more
 * than a word's ending may follow ("^ferry\s*compass" is in "ferrycompass", whose stem does not
 * begin with porter's "ferri"): a positive try-out looks such a word up from a word's start, as
 * search does; a negative one must not, and does not.
 */
const openPatterns = ['^ferry\\s*compass', '\\bferry\\s+compass\\b', 'ferry\\s+(compass|pier)', '(?:spam|ferry) compass', 'kelp|brine', 'compass$', 'ferry\\W+compass'];

describe('narrowing a try-out in SQL', () => {
  it('a pattern whose words are bounded finds through the index exactly what the compiled rule finds', () => {
    for (const pattern of boundedPatterns) {
      for (const field of ['title', 'content'] as const) expectSameAsEveryArticle(rule([on(field, 'matches', pattern)]));
    }
  });

  it('asks the index for the words side by side, at the start of the text for "^"', () => {
    // The "\b" bounds "compass" and "pier" for articles without mixed words (word-bounds.test.ts).
    expect(indexPhrases('^ferry\\s+(compass|pier)\\b', false)).toEqual({ query: '(^ "ferry compass" OR ^ "ferry pier")', exact: true, wordBounds: true });
    expect(indexPhrases('^ferry\\s+(compass|pier)\\b', true)).toEqual({ query: '^ "ferry"', exact: true, wordBounds: false });
    expect(indexPhrases('ferry\\s+compass$', false)).toEqual({ query: '"ferry compass"', exact: false, wordBounds: false });
    expect(indexPhrases('ferry\\s+compass$', true)).toEqual({ query: '"compass"', exact: true, wordBounds: false });
    expect(indexPhrases('(a+)+$', false)).toBeNull();
    expect(indexPhrases('(?i)ferry compass', false)).toBeNull();
  });

  it('"everything except X" counts and lists exactly what the compiled rule finds', () => {
    for (const pattern of [...boundedPatterns, ...openPatterns]) {
      for (const field of ['title', 'content'] as const) {
        expectSameAsEveryArticle(rule([on(field, 'notMatches', pattern)]));
        expectSameAsEveryArticle(rule([on(field, 'notMatches', pattern, true)]));
      }
    }
    for (const needle of ['kelp', 'KELP', 'ferry compass', 'ferry_', ' pier', 'ſ', 'compa\u017fs', '']) {
      for (const field of ['title', 'content'] as const) {
        expectSameAsEveryArticle(rule([on(field, 'notContains', needle)]));
        expectSameAsEveryArticle(rule([on(field, 'notContains', needle, true)]));
      }
    }
  });

  it('a negative condition beside positive ones, or in a folder, still answers as the compiled rule', () => {
    // In a folder a title word is judged by LIKE alone; across every feed the index finds it from a word's start.
    const sea = { scope: { folder: 'Sea' } };
    expectSameAsEveryArticle(rule([on('title', 'contains', 'ferry'), on('title', 'notMatches', '^ferry\\s+(compass|pier)\\b')], sea));
    expectSameAsEveryArticle(rule([on('title', 'contains', 'compass'), on('content', 'notContains', 'lead')], sea));
    expectSameAsEveryArticle(rule([on('title', 'contains', 'brine'), on('content', 'notContains', 'lead')]));
    // "skelp": inside a word, which LIKE finds and the index would not.
    expectSameAsEveryArticle(rule([on('title', 'contains', 'kelp')], sea));
    expectSameAsEveryArticle(rule([on('title', 'matches', '^ferry\\s'), on('title', 'notMatches', 'kelp|brine')]));
    expectSameAsEveryArticle(rule([on('title', 'notMatches', 'kelp|brine'), on('content', 'notMatches', '^ferry\\s+compass\\b')]));
    expectSameAsEveryArticle(rule([on('title', 'notMatches', '^ferry\\s')], { scope: { folder: 'Sea' } }));
    expectSameAsEveryArticle(rule([on('title', 'notMatches', '^ferry\\s'), on('title', 'contains', 'pier')], { match: 'any' }));
  });

  it('applying an "everything except X" rule acts on exactly the articles the compiled rule matches', () => {
    const input = rule([on('title', 'notMatches', '^ferry\\s+(compass|pier)\\b'), on('content', 'notContains', 'kelp')], { actions: ['star'] });
    const expected = everyArticle(input);
    const outcome = applyRule({ rules: temp.store.rules, shares: temp.store.shares }, { ...ruleInputSchema.parse(input), id: 99 });
    const starred = (connectionOf(temp.store).prepare('SELECT article_id AS id FROM article_state WHERE starred = 1 ORDER BY article_id DESC').all() as { id: number }[]).map((row) => row.id);
    expect({ matched: outcome.matched, starred }).toEqual({ matched: expected.count, starred: expected.ids });
  });

  it('lists at most the limit, newest first, the count still whole', () => {
    const input = rule([on('title', 'notMatches', '^ferry\\s+(compass|pier)\\b')]);
    const all = everyArticle(input);
    expect(tryRule(temp.store.rules, ruleInputSchema.parse(input), 5)).toEqual({ count: all.count, ids: all.ids.slice(0, 5) });
  });
});
