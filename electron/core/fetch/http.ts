// One HTTP GET of a feed, politely: conditional, bounded in time and size, redirects followed by
// hand so a permanent move can be remembered and a loop detected.
import type { FetchedDocument } from '../feed-types';
import type { FetchValidators } from '../store';
import { httpGet, type GetOptions, type GetResponse } from './http-get';

export const userAgent = 'Tidings/0.1 (desktop feed reader)';

export class FetchError extends Error {
  constructor(
    message: string,
    readonly status: number | null = null,
    /** For 429/503: when the host said to come back (ms since epoch). */
    readonly retryAt: number | null = null,
  ) {
    super(`fetch: ${message}`);
    this.name = 'FetchError';
  }
}

export interface FetchOptions {
  validators?: FetchValidators;
  /** The whole request, body included, must finish within this. */
  deadlineMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  signal?: AbortSignal;
  /** What to ask for, when it is not a feed (a web page, an image). */
  accept?: string;
  /**
   * The document's body as the server sent it (gzip, deflate, br), marked `encoded`, for the
   * thread that parses it to decode (decode-body.ts): a refresh's main thread then runs no zlib.
   */
  keepEncoded?: boolean;
}

export type FetchOutcome =
  | { kind: 'not-modified' }
  | {
      kind: 'fetched';
      document: FetchedDocument;
      validators: FetchValidators;
      /** Set when every redirect on the way was permanent (301/308): the feed has moved. */
      movedTo: string | null;
    };

const defaults = { deadlineMs: 30_000, connectTimeoutMs: 10_000, maxBytes: 20 * 1024 * 1024, maxRedirects: 5 };

export async function fetchFeed(url: string, options: FetchOptions = {}): Promise<FetchOutcome> {
  const deadlineMs = options.deadlineMs ?? defaults.deadlineMs;
  const get: GetOptions = {
    headers: {},
    deadline: Date.now() + deadlineMs,
    connectTimeoutMs: Math.min(defaults.connectTimeoutMs, deadlineMs),
    maxBytes: options.maxBytes ?? defaults.maxBytes,
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.keepEncoded ? { decode: false } : {}),
  };
  const maxRedirects = options.maxRedirects ?? defaults.maxRedirects;
  const seen = new Set<string>();
  let current = toHttpUrl(url);
  let permanent = true;

  for (let hop = 0; ; hop++) {
    seen.add(current);
    let response: GetResponse;
    try {
      response = await httpGet(
        new URL(current),
        { ...get, headers: requestHeaders(hop === 0 ? options.validators : undefined, options.accept) },
        (status) => status >= 200 && status < 300,
      );
    } catch (error) {
      throw new FetchError(describeNetworkError(error));
    }
    const { status } = response;
    if (isRedirect(status)) {
      const location = header(response, 'location');
      if (!location) throw new FetchError(`HTTP ${status} without a Location header`, status);
      const next = new URL(location, current).href;
      if (seen.has(next)) throw new FetchError(`redirect loop at ${next}`, status);
      if (hop >= maxRedirects) throw new FetchError(`more than ${maxRedirects} redirects`, status);
      permanent &&= status === 301 || status === 308;
      current = next;
      continue;
    }
    if (status === 304) return { kind: 'not-modified' };
    if (status < 200 || status >= 300 || !response.body) throw statusError(response);
    return {
      kind: 'fetched',
      document: {
        url: current,
        body: response.body,
        contentType: header(response, 'content-type'),
        ...(response.encoding ? { encoded: { encoding: response.encoding, maxBytes: get.maxBytes } } : {}),
      },
      // Sent back exactly as received: servers compare them byte for byte.
      validators: { etag: header(response, 'etag'), lastModified: header(response, 'last-modified') },
      movedTo: hop > 0 && permanent ? current : null,
    };
  }
}

function header(response: GetResponse, name: string): string | null {
  const value = response.headers[name];
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

/** feed://host/x and feed:https://host/x are how browsers hand feeds to readers. */
export function toHttpUrl(url: string): string {
  const trimmed = url.trim();
  const wrapped = /^feeds?:(https?:\/\/.*)$/i.exec(trimmed);
  if (wrapped?.[1]) return new URL(wrapped[1]).href;
  const scheme = /^feed(s?):\/\//i.exec(trimmed);
  if (scheme) return new URL(`http${scheme[1] ? 's' : ''}://${trimmed.slice(scheme[0].length)}`).href;
  const parsed = new URL(trimmed);
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new FetchError(`unsupported URL scheme ${parsed.protocol}`);
  }
  return parsed.href;
}

const feedAccept =
  'application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.8';

function requestHeaders(validators: FetchValidators | undefined, accept = feedAccept): Record<string, string> {
  const headers: Record<string, string> = {
    'user-agent': userAgent,
    accept,
    'accept-encoding': 'gzip, deflate, br',
  };
  if (validators?.etag) headers['if-none-match'] = validators.etag;
  if (validators?.lastModified) headers['if-modified-since'] = validators.lastModified;
  return headers;
}

const isRedirect = (status: number): boolean => [301, 302, 303, 307, 308].includes(status);

function statusError(response: GetResponse): FetchError {
  const reason = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
  const retryAt =
    response.status === 429 || response.status === 503 ? parseRetryAfter(header(response, 'retry-after')) : null;
  return new FetchError(response.status === 410 ? `${reason}: the feed is gone` : reason, response.status, retryAt);
}

export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return now + Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : date;
}

function describeNetworkError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as Error & { code?: string }).code;
  return code && !error.message.includes(code) ? `${code}: ${error.message}` : error.message;
}
