// One GET on node:http(s), without redirects: keep-alive agents, decoded-size cap, a connect
// timeout and a deadline for the whole exchange. Node's http is used rather than fetch() because
// a refresh makes thousands of small requests and fetch's per-request cost was most of the time of
// an all-304 refresh (see docs/decisions.md).
import http, { type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import https from 'node:https';
import type { Readable } from 'node:stream';
import zlib from 'node:zlib';
import type { ContentEncoding } from '../feed-types';

export interface GetOptions {
  headers: Record<string, string>;
  /** The whole exchange, body included, ends by then (ms since epoch). */
  deadline: number;
  connectTimeoutMs: number;
  maxBytes: number;
  signal?: AbortSignal;
  /** False: the body as sent, its coding in `encoding`, for the reader to decode (decode-body.ts). */
  decode?: boolean;
}

export interface GetResponse {
  status: number;
  statusText: string;
  headers: IncomingHttpHeaders;
  /** Null when the caller has no use for it (redirects, 304, errors): the body was drained. */
  body: Uint8Array | null;
  /** How `body` is still encoded, when the caller asked for it as sent; null when it is plain. */
  encoding: ContentEncoding | null;
}

export class GetError extends Error {
  override name = 'GetError';
}

// A few sockets per host: the refresher already keeps to two feeds per host at a time.
const agents = {
  'http:': new http.Agent({ keepAlive: true, maxSockets: 4, maxFreeSockets: 2, timeout: 60_000 }),
  'https:': new https.Agent({ keepAlive: true, maxSockets: 4, maxFreeSockets: 2, timeout: 60_000 }),
};

export function httpGet(url: URL, options: GetOptions, wantBody: (status: number) => boolean): Promise<GetResponse> {
  return new Promise<GetResponse>((resolve, reject) => {
    const protocol = url.protocol === 'https:' ? 'https:' : 'http:';
    const client = protocol === 'https:' ? https : http;
    let settled = false;
    const finish = (error: Error | null, response?: GetResponse): void => {
      if (settled) return;
      settled = true;
      clearTimeout(deadlineTimer);
      clearTimeout(connectTimer);
      options.signal?.removeEventListener('abort', onAbort);
      if (error) {
        request.destroy();
        reject(error);
      } else resolve(response as GetResponse);
    };
    const onAbort = (): void => finish(new GetError('aborted'));

    const request = client.get(url, { agent: agents[protocol], headers: options.headers }, (response) => {
      clearTimeout(connectTimer);
      const status = response.statusCode ?? 0;
      const head = { status, statusText: response.statusMessage ?? '', headers: response.headers };
      if (!wantBody(status)) {
        response.resume();
        return finish(null, { ...head, body: null, encoding: null });
      }
      const encoding = options.decode === false ? contentEncoding(response) : null;
      readBody(response, options.maxBytes, encoding === null).then(
        (body) => finish(null, { ...head, body, encoding }),
        (error: Error) => finish(error),
      );
    });
    request.on('error', (error) => finish(error));
    const started = Date.now();
    const deadlineTimer = setTimeout(
      () => finish(new GetError(`timed out after ${Math.round(options.deadline - started)} ms`)),
      Math.max(0, options.deadline - started),
    );
    const connectTimer = setTimeout(() => {
      if (request.socket?.connecting !== false) finish(new GetError(`no connection within ${options.connectTimeoutMs} ms`));
    }, options.connectTimeoutMs);
    if (options.signal?.aborted) return onAbort();
    options.signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Decoded output comes in chunks this big rather than zlib's 16 KiB: a feed is usually 50–500 KB
 * decoded, and each chunk is a round trip to the thread pool and a stream event on this thread. On
 * the bench's 500 feeds the stream's own work on this thread cost more than the inflating.
 */
const decodedChunkBytes = 256 * 1024;

/** The coding this decodes, or null (none, or one it does not know: the body is then read as is). */
function contentEncoding(response: IncomingMessage): ContentEncoding | null {
  const encoding = (response.headers['content-encoding'] ?? '').trim().toLowerCase();
  if (encoding === 'gzip' || encoding === 'x-gzip') return 'gzip';
  return encoding === 'deflate' || encoding === 'br' ? encoding : null;
}

function decoder(response: IncomingMessage): Readable {
  const encoding = contentEncoding(response);
  const options = { chunkSize: decodedChunkBytes };
  if (encoding === 'gzip') return response.pipe(zlib.createGunzip(options));
  if (encoding === 'deflate') return response.pipe(zlib.createInflate(options));
  if (encoding === 'br') return response.pipe(zlib.createBrotliDecompress(options));
  return response;
}

/**
 * The body (decoded unless `decode` is false), refused as soon as it passes the cap, so a gzip
 * bomb never inflates; a body kept encoded is capped again when it is decoded.
 */
function readBody(response: IncomingMessage, maxBytes: number, decode: boolean): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const declared = Number(response.headers['content-length']);
    if (declared > maxBytes) {
      response.destroy();
      return reject(new GetError(`response larger than ${maxBytes} bytes`));
    }
    const stream = decode ? decoder(response) : response;
    const chunks: Buffer[] = [];
    let total = 0;
    stream.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > maxBytes) {
        response.destroy();
        stream.destroy();
        reject(new GetError(`response larger than ${maxBytes} bytes`));
        return;
      }
      chunks.push(chunk);
    });
    stream.on('end', () => resolve(Buffer.concat(chunks, total)));
    stream.on('error', (error) => reject(new GetError(`unreadable body: ${error.message}`)));
    response.on('error', (error) => reject(error));
  });
}
