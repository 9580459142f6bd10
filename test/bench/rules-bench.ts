// Rules (#18): what 50 rules (half of them regular expressions) cost a refresh's ingest, against
// none; and trying a rule on a library of a million stored articles.
import type { RuleInput } from '../../shared/rules';
import { Store } from '../../electron/core/store';
import { ruleInputSchema } from '../../shared/rules';
import { tryRule } from '../../electron/core/rules/try-out';
import { tempDir } from '../support/temp';
import { generateLibrary, sentence } from './library-generator';
import { report } from './report';
import { ingestSideBySide } from './rules-ingest';

/**
 * 25 word conditions and 25 patterns over several fields, shaped like real mutes and filters: a
 * few match (and act) — the two-word title rule on about 3 % of articles — most do not.
 */
export function fiftyRules(): RuleInput[] {
  const rules: RuleInput[] = [];
  for (let index = 0; index < 25; index++) {
    rules.push({
      name: `words ${index}`,
      // "lantern gull" is in 3 % of the bench's titles (and nearly every text: its words are few).
      conditions: index % 5 === 0
        ? [{ field: 'title', op: 'contains', value: 'lantern gull' }]
        : [{ field: index % 3 === 0 ? 'content' : 'title', op: 'contains', value: `topic${index * 37}` }],
      actions: index % 5 === 0 ? ['markRead'] : [{ label: `label ${index}` }],
    });
    rules.push({
      name: `pattern ${index}`,
      match: 'any',
      conditions: [
        { field: index % 2 === 0 ? 'title' : 'any', op: 'matches', value: index % 7 === 0 ? `\\btopic${index}\\d?\\b` : `(?:giveaway|sponsored|webinar)\\s*#?${index}\\b` },
        { field: 'author', op: 'equals', value: `nobody ${index}` },
      ],
      actions: index % 7 === 0 ? ['star'] : ['hide'],
    });
  }
  return rules;
}

/** The worst case: 25 patterns with no text they require, so RE2 reads every article's whole text for each. */
export function unnarrowedPatterns(): RuleInput[] {
  return Array.from({ length: 25 }, (_, index) => ({
    name: `unnarrowed ${index}`,
    conditions: [{ field: 'any' as const, op: 'matches' as const, value: `\\b[xyz]{2}\\d{${1 + (index % 3)}}\\b` }],
    actions: ['hide' as const],
  }));
}

function documents(run: string, feeds: number, items: number) {
  return Array.from({ length: feeds }, (_, feed) => {
    const body = `<?xml version="1.0"?><rss version="2.0"><channel><title>Rules ${feed}</title><link>http://rules.invalid/</link>${Array.from(
      { length: items },
      (_, item) =>
        `<item><guid>r-${feed}-${item}</guid><title>${sentence(feed * 1000 + item, 8)}</title><link>http://rules.invalid/${feed}/${item}</link><category>cat${item % 7}</category><pubDate>Mon, 0${1 + (item % 9)} Jan 2024 10:00:00 GMT</pubDate><description><![CDATA[<p>${sentence(item, 120)} topic${((feed * 1000 + item) * 31) % 5000}</p><p><a href="/x">more</a></p>]]></description></item>`,
    ).join('')}</channel></rss>`;
    return { url: `http://rules.invalid/${run}/${feed}.xml`, body: new TextEncoder().encode(body), contentType: 'application/rss+xml' };
  });
}

export async function rulesBench(options: { feeds: number; items: number; rounds: number; libraryFeeds: number; perFeed: number }): Promise<void> {
  console.log(`\nrules: ingest of ${options.feeds} feeds × ${options.items} items, ${options.rounds} times, with 50 rules and with none, in turns`);
  const fifty = fiftyRules();
  let none = 0;
  let withRules = 0;
  let worst = 0;
  for (let round = 0; round < options.rounds; round++) {
    const [noneRate, fiftyRate, worstRate] = await ingestSideBySide([[], fifty, unnarrowedPatterns()], documents(`ingest${round}`, options.feeds + 5, options.items), options.items);
    none += noneRate as number;
    withRules += fiftyRate as number;
    worst += worstRate as number;
  }
  none /= options.rounds;
  withRules /= options.rounds;
  worst /= options.rounds;
  report({ name: 'ingest, no rules', value: none, unit: 'articles/CPU-s', note: 'baseline' });
  report({ name: 'ingest, 50 rules (25 patterns)', value: withRules, unit: 'articles/CPU-s',
    note: `${((1e6 / withRules - 1e6 / none)).toFixed(1)} µs of CPU per article for the rules` });
  report({ name: 'ingest throughput lost to 50 rules', value: Math.max(0, (1 - withRules / none) * 100), unit: '%', target: { op: '≤', value: 10 } });
  report({ name: 'ingest, 25 patterns needing no text (worst)', value: worst, unit: 'articles/CPU-s',
    note: `${Math.max(0, (1 - worst / none) * 100).toFixed(0)} % lost: RE2 in JavaScript reads every text` });

  const total = options.libraryFeeds * options.perFeed;
  console.log(`\nrules: trying a rule on ${total.toLocaleString('en')} stored articles`);
  const dir = tempDir('tidings-rules-bench-');
  const store = Store.open(dir.file('bench.db'));
  try {
    generateLibrary(store, options.libraryFeeds, options.perFeed);
    // As the app has it once its store worker is idle: every article in the search index.
    store.search.catchUp();
    const tries: [string, RuleInput][] = [
      ['title contains two words', { name: 't', conditions: [{ field: 'title', op: 'contains', value: 'lantern gull' }], actions: ['hide'] }],
      ['title matches a pattern', { name: 't', conditions: [{ field: 'title', op: 'matches', value: '^ferry\\s+(compass|pier)\\b' }], actions: ['hide'] }],
      ['content contains a rare word', { name: 't', conditions: [{ field: 'content', op: 'contains', value: 'topic42' }], actions: ['hide'] }],
      ['folder scope, title contains a word', { name: 't', scope: { folder: 'Folder 0' }, conditions: [{ field: 'title', op: 'contains', value: 'kelp' }], actions: ['hide'] }],
      // Everything except X: what a keep rule says (Miniflux), counted as the complement of X.
      ['title notMatches a pattern', { name: 't', conditions: [{ field: 'title', op: 'notMatches', value: '^ferry\\s+(compass|pier)\\b' }], actions: ['hide'] }],
      ['title notMatches words', { name: 't', conditions: [{ field: 'title', op: 'notMatches', value: 'kelp|brine' }], actions: ['hide'] }],
      // "\b" is ASCII to RE2 and not to the index: the index answers for the articles without mixed words, the rest are read (mixed-words.ts).
      ['content notMatches a word', { name: 't', conditions: [{ field: 'content', op: 'notMatches', value: '\\btopic42\\b' }], actions: ['hide'] }],
    ];
    for (const [name, rule] of tries) {
      tryRule(store.rules, ruleInputSchema.parse(rule), 1000); // warm the page cache and the statement
      const started = performance.now();
      const cpuStarted = process.cpuUsage();
      const result = tryRule(store.rules, ruleInputSchema.parse(rule), 1000);
      const cpu = process.cpuUsage(cpuStarted);
      // CPU time beside wall time: on a machine shared with other work the wall time swings by half.
      report({ name: `rules test: ${name}`, value: performance.now() - started, unit: 'ms', target: { op: '≤', value: 1000 },
        note: `${result.count.toLocaleString('en')} of ${total.toLocaleString('en')} match; ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms of CPU` });
    }
  } finally {
    store.close();
    dir.remove();
  }
}
