// A real HTTP server on the loopback address that serves fixture feeds, so a test goes through
// the same fetch, parse and store path a real subscription does.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FeedRoute {
  body: string | Buffer;
  contentType?: string;
  status?: number;
  /** Answer only after this long (a slow host). */
  delayMs?: number;
}

export interface FeedServer {
  /** e.g. http://127.0.0.1:40123 */
  origin: string;
  urlFor(path: string): string;
  /** Requests served, by path. */
  hits: Map<string, number>;
  /** Changes or adds a route while the server runs. */
  set(path: string, route: FeedRoute): void;
  close(): Promise<void>;
}

export async function startFeedServer(routes: Record<string, FeedRoute>): Promise<FeedServer> {
  const table = new Map(Object.entries(routes));
  const hits = new Map<string, number>();
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const route = table.get(path);
    if (!route) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const send = (): void => {
      if (response.destroyed) return;
      response.writeHead(route.status ?? 200, {
        'content-type': route.contentType ?? 'application/rss+xml; charset=utf-8',
        'cache-control': 'no-cache',
      });
      response.end(request.method === 'HEAD' ? undefined : route.body);
    };
    if (route.delayMs) setTimeout(send, route.delayMs).unref();
    else send();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    urlFor: (path) => `${origin}${path}`,
    hits,
    set: (path, route) => void table.set(path, route),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
