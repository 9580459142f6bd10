// A response body decoded in one call where it is read, rather than as it streams in. A refresh
// asks for its feeds' bodies as sent (fetchFeed's `keepEncoded`) and the parse worker inflates
// each in one go: the main thread then never runs zlib's stream (a round trip to libuv's pool and
// a stream event per chunk, a copy of every decoded byte, and the collections its buffers caused),
// and hands the worker a quarter of the bytes (docs/decisions.md, refresh-cpu).
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import type { ContentEncoding, FetchedDocument } from '../feed-types';

/** A body that cannot be decoded, or decodes larger than allowed: the fetch's failure, found late. */
export class UnreadableBody extends Error {
  override name = 'UnreadableBody';
  constructor(message: string) {
    super(`fetch: ${message}`);
  }
}

/** The document with its body decoded (itself when it was sent as is). */
export function decodedDocument(document: FetchedDocument): FetchedDocument {
  const { encoded, ...plain } = document;
  if (!encoded) return document;
  return { ...plain, body: decodeBody(document.body, encoded.encoding, encoded.maxBytes) };
}

/** Refused once the output passes `maxBytes`, so a gzip bomb never inflates past the cap. */
export function decodeBody(body: Uint8Array, encoding: ContentEncoding, maxBytes: number): Uint8Array {
  const options = { maxOutputLength: Math.max(1, maxBytes) };
  try {
    if (encoding === 'gzip') return gunzipSync(body, options);
    if (encoding === 'deflate') return inflateSync(body, options);
    return brotliDecompressSync(body, options);
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') throw new UnreadableBody(`response larger than ${maxBytes} bytes`);
    throw new UnreadableBody(`unreadable body: ${error instanceof Error ? error.message : String(error)}`);
  }
}
