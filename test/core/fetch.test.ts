import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { fetchFeed, parseRetryAfter, toHttpUrl } from '../../electron/core/fetch/http';

let server: Server | null = null;

async function serve(listener: RequestListener): Promise<string> {
  server = createServer(listener);
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed`;
}

afterEach(async () => {
  server?.closeAllConnections();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = null;
});

const feedText = '<rss version="2.0"><channel><title>t</title></channel></rss>';

describe('fetch', () => {
  it.each([
    ['gzip', gzipSync],
    ['deflate', deflateSync],
    ['br', brotliCompressSync],
  ])('decodes a %s body', async (encoding, compress) => {
    const url = await serve((_request, response) => {
      response.writeHead(200, { 'content-encoding': encoding }).end(compress(Buffer.from(feedText)));
    });
    const outcome = await fetchFeed(url);
    expect(outcome.kind === 'fetched' && Buffer.from(outcome.document.body).toString()).toBe(feedText);
  });

  it('refuses a gzip bomb once the decoded body passes the cap', async () => {
    const bomb = gzipSync(Buffer.alloc(8 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(64 * 1024);
    const url = await serve((_request, response) => {
      response.writeHead(200, { 'content-encoding': 'gzip' }).end(bomb);
    });
    await expect(fetchFeed(url, { maxBytes: 1024 * 1024 })).rejects.toThrow(/larger than 1048576 bytes/);
  });

  it('gives up on a server that drips its body a byte at a time', async () => {
    const url = await serve((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/rss+xml' });
      const drip = setInterval(() => response.write('<'), 50);
      response.on('close', () => clearInterval(drip));
    });
    const started = Date.now();
    await expect(fetchFeed(url, { deadlineMs: 400 })).rejects.toThrow(/fetch: timed out/);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('names Tidings in its User-Agent and asks for compressed feeds', async () => {
    let headers: Record<string, string | string[] | undefined> = {};
    const url = await serve((request, response) => {
      headers = request.headers;
      response.end(feedText);
    });
    await fetchFeed(url);
    expect(headers['user-agent']).toMatch(/^Tidings\//);
    expect(headers['accept-encoding']).toMatch(/gzip/);
    expect(headers['accept-encoding']).toMatch(/br/);
  });

  it('reports a refused connection as a fetch error with its cause', async () => {
    await expect(fetchFeed('http://127.0.0.1:9/feed')).rejects.toThrow(/^fetch: .*ECONNREFUSED/);
  });

  it.each([
    ['feed://example.org/rss', 'http://example.org/rss'],
    ['feeds://example.org/rss', 'https://example.org/rss'],
    ['feed:https://example.org/rss', 'https://example.org/rss'],
    ['  https://example.org/a b  ', 'https://example.org/a%20b'],
  ])('reads %s as %s', (given, expected) => {
    expect(toHttpUrl(given)).toBe(expected);
  });

  it('refuses URLs that are not http(s)', () => {
    expect(() => toHttpUrl('file:///etc/passwd')).toThrow(/unsupported URL scheme file:/);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2024-06-01T12:00:00Z');
    expect(parseRetryAfter('120', now)).toBe(now + 120_000);
    expect(parseRetryAfter('Sat, 01 Jun 2024 13:00:00 GMT', now)).toBe(now + 3_600_000);
    expect(parseRetryAfter('soon', now)).toBeNull();
  });
});
