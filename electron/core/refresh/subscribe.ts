// From what a person typed to a stored subscription. A feed's own address is used as it is; a
// bare host is tried over https, then http; a web page is read for the feeds it declares
// (<link rel=alternate>), and failing that the usual paths are tried. This is what "add
// subscription" and `tidings discover` share.
//
// Adding fetches the feed once and stores what that fetch brought: the feed row and its articles
// are written in one transaction at the end, so a cancelled or interrupted add leaves nothing. An
// address that yields no feed is refused with the reason, unless the person asks to keep it (a
// server that is down today); then it is stored with the failure recorded, as a refresh would.
import { TidingsError } from '../../../shared/errors';
import { plainReason } from '../../../shared/failure-reasons';
import type { ErrorStage, FeedId } from '../../../shared/model';
import type { FetchedDocument, FeedImages, ParsedFeed } from '../feed-types';
import { commonFeedPaths, discoverFeeds, type DiscoveredFeed } from '../fetch/discover';
import { FetchError, fetchFeed, type FetchOutcome } from '../fetch/http';
import { addressesToTry } from '../fetch/typed-address';
import { writeFeed, type FeedReader } from './ingest';
import { notAFeed } from './not-a-feed';
import { decodeDocument } from '../parse/charset';
import { sniff } from '../parse/sniff';
import type { Store } from '../store';

export type { DiscoveredFeed } from '../fetch/discover';

/** Probing guesses is slow against a slow site: a few, each bounded. */
const probeLimit = 8;
const probeDeadlineMs = 8_000;

type Fetched = Extract<FetchOutcome, { kind: 'fetched' }>;

/** The start of a document says what it is; decoding all of a large page to learn that would be waste. */
function isWebPage(document: FetchedDocument): boolean {
  return sniff(decodeDocument(document.body.subarray(0, 64 * 1024), document.contentType).text).format === 'html';
}

function typeOf(format: string): DiscoveredFeed['type'] {
  if (format === 'atom' || format === 'json') return format;
  return format === 'rss' || format === 'rdf' ? 'rss' : 'unknown';
}

/**
 * A guess that has a fallback gets less time: a server that speaks https answers its handshake
 * within seconds, and one that holds the connection open silently must not cost the whole deadline
 * twice before the plain http address is tried.
 */
const guessDeadlineMs = 10_000;

/** The first of `urls` whose server answers; a server that answers with an error is an answer. */
async function fetchFirstAnswer(urls: readonly string[], signal?: AbortSignal): Promise<{ url: string; outcome: FetchOutcome }> {
  let lastError: unknown = null;
  for (const [index, url] of urls.entries()) {
    const guess = index < urls.length - 1 ? { deadlineMs: guessDeadlineMs } : {};
    try {
      return { url, outcome: await fetchFeed(url, { ...guess, ...(signal ? { signal } : {}) }) };
    } catch (error) {
      lastError = error;
      // No answer at all (refused, TLS spoken to a plain HTTP server, no such host): try the next.
      if (!(error instanceof FetchError) || error.status !== null || signal?.aborted) throw error;
    }
  }
  throw lastError;
}

/** A feed found on the way, with its document when it was fetched (and read) on the way. */
interface Found {
  feeds: DiscoveredFeed[];
  fetched: Fetched | null;
  parsed: ParsedFeed | null;
}

async function discover(fetched: Fetched, read: FeedReader, signal?: AbortSignal): Promise<Found> {
  const { document } = fetched;
  if (!isWebPage(document)) {
    const feed = await read(document).catch(() => null);
    return feed
      ? { feeds: [{ url: document.url, title: feed.title || null, type: typeOf(feed.format) }], fetched, parsed: feed }
      : { feeds: [], fetched: null, parsed: null };
  }
  const declared = discoverFeeds(decodeDocument(document.body, document.contentType).text, document.url);
  if (declared.length > 0) return { feeds: declared, fetched: null, parsed: null };
  for (const path of commonFeedPaths.slice(0, probeLimit)) {
    const candidate = new URL(path, document.url).href;
    const probe = await fetchFeed(candidate, { deadlineMs: probeDeadlineMs, ...(signal ? { signal } : {}) }).catch(() => null);
    if (signal?.aborted) break;
    if (probe?.kind !== 'fetched' || isWebPage(probe.document)) continue;
    const feed = await read(probe.document).catch(() => null);
    if (feed) return { feeds: [{ url: probe.document.url, title: feed.title || null, type: typeOf(feed.format) }], fetched: probe, parsed: feed };
  }
  return { feeds: [], fetched: null, parsed: null };
}

/** The feeds at what was typed: itself if it is a feed, else what the page declares, else a found common path. */
export async function findFeeds(typed: string, read: FeedReader): Promise<DiscoveredFeed[]> {
  const urls = addressesToTry(typed);
  const answer = await fetchFirstAnswer(urls).catch(() => null);
  if (answer?.outcome.kind !== 'fetched') return [{ url: answer?.url ?? urls[0] ?? typed, title: null, type: 'unknown' }];
  return (await discover(answer.outcome, read)).feeds;
}

export interface AddRequest {
  /** What the person typed: a URL, a feed: link, or a bare host or host/path. */
  typed: string;
  folderPath: readonly string[];
  /** Subscribe even when no feed can be had there now. */
  keep: boolean;
  signal?: AbortSignal;
}

export interface Added {
  feedId: FeedId;
  /** What the feed declares as its icon and logos; null when it was kept without a feed. */
  images: FeedImages | null;
}

/** Why adding found no feed: the stage it stopped at, the technical message, the URL it concerns. */
class NoFeed extends Error {
  constructor(
    readonly stage: ErrorStage,
    message: string,
    readonly url: string,
  ) {
    super(message);
  }
}

export async function addSubscription(store: Store, request: AddRequest, read: FeedReader): Promise<Added> {
  const urls = addressesToTry(request.typed);
  const firstUrl = urls[0] ?? request.typed;
  const alreadyThere = urls.find((url) => store.feeds.byUrl(url)?.active === 1);
  if (alreadyThere) throw new TidingsError('conflict', `already subscribed to ${alreadyThere}`);
  let feed: { url: string; fetched: Fetched; parsed: ParsedFeed };
  try {
    feed = await fetchAndRead(urls, read, request.signal);
  } catch (error) {
    stopIfCancelled(request.signal);
    if (!(error instanceof NoFeed)) throw error;
    if (!request.keep) {
      throw new TidingsError('not_found', `no feed at ${error.url}: ${plainReason(error.stage, error.message)}`);
    }
    const failure = error;
    const feedId = store.transaction(() => {
      const id = store.feeds.add({ url: failure.url, folderPath: request.folderPath });
      store.feeds.recordError(id, failure.stage, failure.message);
      return id;
    });
    return { feedId, images: null };
  }
  stopIfCancelled(request.signal);
  const { fetched, parsed } = feed;
  // Nothing is written before this point, and this is one transaction: nothing half-made is left.
  const feedId = store.transaction(() => {
    const id = store.feeds.add({ url: fetched.movedTo ?? feed.url, folderPath: request.folderPath });
    writeFeed(store, { feedId: id, validators: fetched.validators, movedTo: null, scheduleAt: null }, parsed);
    return id;
  });
  return { feedId, images: parsed.images ?? null };
}

function stopIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new TidingsError('conflict', 'adding the subscription was cancelled; nothing was added');
}

/** The feed at the first address that answers, fetched once (a declared feed: once more, for itself). */
async function fetchAndRead(urls: readonly string[], read: FeedReader, signal?: AbortSignal) {
  const fail = (stage: ErrorStage, error: unknown, url: string): never => {
    throw new NoFeed(stage, error instanceof Error ? error.message : String(error), url);
  };
  let answer: { url: string; outcome: FetchOutcome };
  try {
    answer = await fetchFirstAnswer(urls, signal);
  } catch (error) {
    return fail('fetch', error, urls[0] ?? '');
  }
  const fetched = answer.outcome;
  if (fetched.kind !== 'fetched') return fail('fetch', new Error('answered 304 without being asked'), answer.url);
  const wrongKind = notAFeed(fetched.document.body, fetched.document.contentType);
  if (wrongKind) return fail('parse', new Error(wrongKind), answer.url);
  if (!isWebPage(fetched.document)) {
    try {
      return { url: answer.url, fetched, parsed: await read(fetched.document) };
    } catch (error) {
      return fail('parse', error, answer.url);
    }
  }
  const found = await discover(fetched, read, signal);
  const [first] = found.feeds;
  if (!first) return fail('parse', new Error('this is a web page, and it links to no feed'), answer.url);
  if (found.fetched && found.parsed) return { url: first.url, fetched: found.fetched, parsed: found.parsed };
  let declared: FetchOutcome;
  try {
    declared = await fetchFeed(first.url, signal ? { signal } : {});
  } catch (error) {
    return fail('fetch', error, first.url);
  }
  if (declared.kind !== 'fetched') return fail('fetch', new Error('answered 304 without being asked'), first.url);
  try {
    return { url: first.url, fetched: declared, parsed: await read(declared.document) };
  } catch (error) {
    return fail('parse', error, first.url);
  }
}
