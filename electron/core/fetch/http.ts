// One HTTP GET of a feed, politely: conditional, bounded in time and size, redirects followed by
// hand so a permanent move can be remembered and a loop detected.
import type { FetchedDocument } from '../feed-types';
import type { FetchValidators } from '../store';

export const userAgent = 'Tidings/0.1 (desktop feed reader; +https://github.com/tidings-reader)';

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

const defaults = { deadlineMs: 30_000, maxBytes: 20 * 1024 * 1024, maxRedirects: 5 };

export async function fetchFeed(url: string, options: FetchOptions = {}): Promise<FetchOutcome> {
  const deadline = AbortSignal.timeout(options.deadlineMs ?? defaults.deadlineMs);
  const signal = options.signal ? AbortSignal.any([deadline, options.signal]) : deadline;
  const maxRedirects = options.maxRedirects ?? defaults.maxRedirects;
  const seen = new Set<string>();
  let current = toHttpUrl(url);
  let permanent = true;

  try {
    for (let hop = 0; ; hop++) {
      seen.add(current);
      const response = await fetch(current, {
        redirect: 'manual',
        signal,
        headers: requestHeaders(hop === 0 ? options.validators : undefined),
      });
      if (isRedirect(response.status)) {
        await response.body?.cancel();
        const location = response.headers.get('location');
        if (!location) throw new FetchError(`HTTP ${response.status} without a Location header`, response.status);
        const next = new URL(location, current).href;
        if (seen.has(next)) throw new FetchError(`redirect loop at ${next}`, response.status);
        if (hop >= maxRedirects) throw new FetchError(`more than ${maxRedirects} redirects`, response.status);
        permanent &&= response.status === 301 || response.status === 308;
        current = next;
        continue;
      }
      if (response.status === 304) {
        await response.body?.cancel();
        return { kind: 'not-modified' };
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw statusError(response);
      }
      const body = await readCapped(response, options.maxBytes ?? defaults.maxBytes);
      return {
        kind: 'fetched',
        document: { url: current, body, contentType: response.headers.get('content-type') },
        // Sent back exactly as received: servers compare them byte for byte.
        validators: { etag: response.headers.get('etag'), lastModified: response.headers.get('last-modified') },
        movedTo: hop > 0 && permanent ? current : null,
      };
    }
  } catch (error) {
    if (error instanceof FetchError) throw error;
    if (deadline.aborted) throw new FetchError(`timed out after ${options.deadlineMs ?? defaults.deadlineMs} ms`);
    throw new FetchError(describeNetworkError(error));
  }
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

function requestHeaders(validators: FetchValidators | undefined): Record<string, string> {
  const headers: Record<string, string> = {
    'user-agent': userAgent,
    accept:
      'application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.8',
    'accept-encoding': 'gzip, deflate, br',
  };
  if (validators?.etag) headers['if-none-match'] = validators.etag;
  if (validators?.lastModified) headers['if-modified-since'] = validators.lastModified;
  return headers;
}

const isRedirect = (status: number): boolean => [301, 302, 303, 307, 308].includes(status);

function statusError(response: Response): FetchError {
  const reason = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
  const retryAt =
    response.status === 429 || response.status === 503 ? parseRetryAfter(response.headers.get('retry-after')) : null;
  return new FetchError(response.status === 410 ? `${reason}: the feed is gone` : reason, response.status, retryAt);
}

export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return now + Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : date;
}

async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  // Content-Length counts encoded bytes; it can only refuse early, the decoded count below is the real cap.
  if (declared > maxBytes && !response.headers.get('content-encoding')) {
    await response.body?.cancel();
    throw new FetchError(`response larger than ${maxBytes} bytes`);
  }
  if (!response.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of response.body) {
    total += chunk.byteLength;
    if (total > maxBytes) throw new FetchError(`response larger than ${maxBytes} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, total);
}

function describeNetworkError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as Error & { cause?: unknown }).cause;
  if (cause instanceof Error) {
    const code = (cause as Error & { code?: string }).code;
    return code ? `${code}: ${cause.message}` : cause.message;
  }
  return error.message;
}
