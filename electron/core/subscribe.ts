// From what a person typed to a feed URL: a feed's own address is used as it is; a web page is
// read for the feeds it declares (<link rel=alternate>), and failing that the usual paths are
// tried. This is what "add subscription" and `tidings discover` share.
import { TidingsError } from '../../shared/errors';
import type { FetchedDocument } from './feed-types';
import { commonFeedPaths, discoverFeeds, type DiscoveredFeed } from './fetch/discover';
import { fetchFeed, type FetchOutcome } from './fetch/http';
import { decodeDocument } from './parse/charset';
import { sniff } from './parse/sniff';
import type { FeedReader } from './ingest';

export type { DiscoveredFeed } from './fetch/discover';

/** Probing guesses is slow against a slow site: a few, each bounded. */
const probeLimit = 8;
const probeDeadlineMs = 8_000;

/** The start of a document says what it is; decoding all of a large page to learn that would be waste. */
function isWebPage(document: FetchedDocument): boolean {
  return sniff(decodeDocument(document.body.subarray(0, 64 * 1024), document.contentType).text).format === 'html';
}

function typeOf(format: string): DiscoveredFeed['type'] {
  if (format === 'atom' || format === 'json') return format;
  return format === 'rss' || format === 'rdf' ? 'rss' : 'unknown';
}

/** The feeds at `url`: itself if it is a feed, else what the page declares, else a found common path. */
export async function findFeeds(url: string, read: FeedReader, fetched?: FetchOutcome): Promise<DiscoveredFeed[]> {
  const outcome = fetched ?? (await fetchFeed(url));
  if (outcome.kind !== 'fetched') return [{ url, title: null, type: 'unknown' }];
  const { document } = outcome;
  if (!isWebPage(document)) {
    const feed = await read(document).catch(() => null);
    return feed ? [{ url: document.url, title: feed.title || null, type: typeOf(feed.format) }] : [];
  }
  const declared = discoverFeeds(decodeDocument(document.body, document.contentType).text, document.url);
  if (declared.length > 0) return declared;
  for (const path of commonFeedPaths.slice(0, probeLimit)) {
    const candidate = new URL(path, document.url).href;
    const probe = await fetchFeed(candidate, { deadlineMs: probeDeadlineMs }).catch(() => null);
    if (probe?.kind !== 'fetched' || isWebPage(probe.document)) continue;
    const feed = await read(probe.document).catch(() => null);
    if (feed) return [{ url: probe.document.url, title: feed.title || null, type: typeOf(feed.format) }];
  }
  return [];
}

export interface Resolved {
  feedUrl: string;
  /** The feed document when it was already fetched on the way, so it is not fetched twice. */
  fetched: FetchOutcome | null;
}

/**
 * The URL to subscribe to. A page without feeds is refused; a URL that cannot be fetched now is
 * kept as it is (the person may be offline), and its refresh will record why.
 */
export async function resolveFeedUrl(url: string, read: FeedReader): Promise<Resolved> {
  let fetched: FetchOutcome;
  try {
    fetched = await fetchFeed(url);
  } catch {
    return { feedUrl: url, fetched: null };
  }
  if (fetched.kind !== 'fetched' || !isWebPage(fetched.document)) return { feedUrl: url, fetched };
  const [first] = await findFeeds(url, read, fetched);
  if (!first) throw new TidingsError('bad_input', `no feed found at ${url}: the page links to none`);
  return { feedUrl: first.url, fetched: null };
}
