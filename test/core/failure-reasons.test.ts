// The words a person reads for a failed feed, from the stage and the message the core records.
// The messages are the ones fetch/http.ts and the parser really produce.
import { describe, expect, it } from 'vitest';
import { plainReason } from '../../shared/failure-reasons';
import type { ErrorStage } from '../../shared/model';
import { notAFeed } from '../../electron/core/refresh/not-a-feed';
import { iconFixture } from './icons/helpers';

const cases: [ErrorStage, string, string][] = [
  ['fetch', 'fetch: ENOTFOUND: getaddrinfo ENOTFOUND no-such-host.example', 'the site could not be found (DNS)'],
  ['fetch', 'fetch: EAI_AGAIN: getaddrinfo EAI_AGAIN feeds.example', 'the site could not be found (DNS)'],
  ['fetch', 'fetch: connect ECONNREFUSED 127.0.0.1:9', 'the server refused the connection (nothing is listening there)'],
  ['fetch', 'fetch: timed out after 30000 ms', 'the server took too long'],
  ['fetch', 'fetch: no connection within 10000 ms', 'the server took too long'],
  ['fetch', 'fetch: HTTP 404 Not Found', 'the server says the feed is gone (404)'],
  ['fetch', 'fetch: HTTP 410 Gone: the feed is gone', 'the server says the feed is gone for good (410)'],
  ['fetch', 'fetch: HTTP 403 Forbidden', 'the server refuses to show the feed without permission (403)'],
  ['fetch', 'fetch: HTTP 503 Service Unavailable', 'the server had a problem (503)'],
  ['fetch', 'fetch: HTTP 429 Too Many Requests', 'the server asks us to come back later (429)'],
  ['fetch', 'fetch: redirect loop at http://a.example/', 'the server redirects in circles'],
  ['fetch', 'fetch: response larger than 20971520 bytes', 'the feed is too large'],
  ['fetch', 'fetch: write EPROTO 00A8:error:0A00010B:SSL routines:ssl3_get_record:wrong version number', 'the secure connection failed (certificate or TLS)'],
  ['parse', 'this is an image (PNG), not a feed', 'this is an image, not a feed'],
  ['parse', 'html: this is a web page, not a feed (look for its feed links)', 'this is a web page, not a feed'],
  ['parse', 'xml: unrecognized root element <j>', 'the feed could not be read (it is not valid RSS, Atom or JSON Feed)'],
  ['store', 'SQLITE_FULL: database or disk is full', 'the library could not save it'],
];

describe('a failure in plain words', () => {
  it.each(cases)('%s: %s → %s', (stage, message, reason) => {
    expect(plainReason(stage, message)).toBe(reason);
  });

  it('tells an image from its bytes, whatever the server calls it', () => {
    expect(notAFeed(iconFixture('icon-32.png'), 'application/rss+xml')).toBe('this is an image (PNG), not a feed');
    expect(notAFeed(iconFixture('favicon.ico'), null)).toBe('this is an image (ICO), not a feed');
    expect(notAFeed(Buffer.from('<?xml version="1.0"?><rss/>'), 'image/svg+xml')).toBe('this is an image (image/svg+xml), not a feed');
    expect(notAFeed(Buffer.from('<?xml version="1.0"?><rss/>'), 'text/xml')).toBeNull();
  });
});
