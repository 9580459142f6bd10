// The XML reader against rss-parser (the test oracle it replaced) on the same documents in the
// same process: the farm's feeds and the repository's corpus, µs of CPU per item, median of several
// runs taken in turns (one of each, then again), so a busy machine weighs on both alike. CPU time,
// not wall time: on a shared machine the process waits for a core, and that is no parser's cost.
// The figures behind the decision to replace rss-parser (docs/decisions.md).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { FetchedDocument, ParsedFeed } from '../../electron/core/feed-types';
import { parseFeed } from '../../electron/core/parse';
import { parseWithRssParser } from '../core/parse/oracle';
import { report } from './report';

const RUNS = 7;
const CORPUS_FEEDS = join(process.cwd(), 'test', 'fixtures', 'corpus', 'feeds');

export async function parserCosts(farmDocuments: readonly FetchedDocument[]): Promise<void> {
  console.log(`  parsers, same documents, same process (CPU time, median of ${RUNS} runs in turns):`);
  await compare("the farm's feeds", farmDocuments);
  await compare('the corpus (test/fixtures/corpus)', corpusDocuments());
}

async function compare(label: string, all: readonly FetchedDocument[]): Promise<void> {
  // Only documents both read, so both parse the same items.
  const documents: FetchedDocument[] = [];
  let items = 0;
  for (const doc of all) {
    const oracle = await parseWithRssParser(doc).catch(() => null);
    if (oracle === null) continue;
    documents.push(doc);
    items += oracle.items.length;
  }
  const [ours = Number.NaN, theirs = Number.NaN] = await medianInTurns(
    () => Promise.all(documents.map(parseFeed)),
    () => Promise.all(documents.map((doc) => parseWithRssParser(doc) as Promise<ParsedFeed>)),
  );
  const note = `${documents.length} documents, ${items} items`;
  report({ name: `  parse, htmlparser2 reader: ${label}`, value: (ours * 1000) / items, unit: 'µs/item', note });
  report({ name: `  parse, rss-parser (oracle): ${label}`, value: (theirs * 1000) / items, unit: 'µs/item', note: `${(theirs / ours).toFixed(1)}× the reader's time` });
}

function corpusDocuments(): FetchedDocument[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).sort().flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]));
  return walk(CORPUS_FEEDS)
    .filter((path) => !/\.(?:html|json)$/.test(path))
    .map((path) => ({ url: `https://corpus.example/${path}`, body: readFileSync(path), contentType: null }));
}

/** The median CPU milliseconds of each piece of work, run in turns. */
async function medianInTurns(...works: (() => Promise<unknown>)[]): Promise<number[]> {
  const times = works.map((): number[] => []);
  for (let run = 0; run < RUNS; run++) {
    for (const [index, work] of works.entries()) {
      const before = process.cpuUsage();
      await work();
      const used = process.cpuUsage(before);
      times[index]?.push((used.user + used.system) / 1000);
    }
  }
  return times.map((list) => list.sort((a, b) => a - b)[Math.floor(RUNS / 2)] ?? Number.NaN);
}
