// A real HTTP server on loopback for tests: serves feeds from memory, answers conditional GETs
// like a careful server, and counts what it was asked.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Route {
  status?: number;
  body?: string | Buffer;
  contentType?: string;
  headers?: Record<string, string>;
  /** Answer 304 when the client sends this ETag back. */
  etag?: string;
  lastModified?: string;
  /** Answer only after this long (a slow or unresponsive host). */
  delayMs?: number;
}

export interface SeenRequest {
  path: string;
  headers: IncomingHttpHeaders;
}

export class FeedServer {
  readonly routes = new Map<string, Route>();
  readonly requests: SeenRequest[] = [];
  /** Paths whose response was sent, in the order they were sent. */
  readonly answered: string[] = [];
  private readonly delays = new Set<NodeJS.Timeout>();
  private server: Server | null = null;
  private port = 0;

  url(path: string): string {
    return `http://127.0.0.1:${this.port}${path}`;
  }

  set(path: string, route: Route): this {
    this.routes.set(path, route);
    return this;
  }

  requestsFor(path: string): SeenRequest[] {
    return this.requests.filter((request) => request.path === path);
  }

  async start(): Promise<this> {
    this.server = createServer((request, response) => {
      const path = request.url ?? '/';
      this.requests.push({ path, headers: request.headers });
      const route = this.routes.get(path);
      if (!route) {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      const validators: Record<string, string> = {};
      if (route.etag) validators.etag = route.etag;
      if (route.lastModified) validators['last-modified'] = route.lastModified;
      const fresh =
        (route.etag !== undefined && request.headers['if-none-match'] === route.etag) ||
        (route.lastModified !== undefined && request.headers['if-modified-since'] === route.lastModified);
      if (fresh) {
        response.writeHead(304, validators).end();
        return;
      }
      const send = (): void => {
        if (response.destroyed) return;
        response.writeHead(route.status ?? 200, {
          'content-type': route.contentType ?? 'application/rss+xml; charset=utf-8',
          ...validators,
          ...route.headers,
        });
        response.end(route.body ?? '', () => this.answered.push(path));
      };
      if (!route.delayMs) return send();
      const timer = setTimeout(() => {
        this.delays.delete(timer);
        send();
      }, route.delayMs);
      this.delays.add(timer);
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.port = (this.server?.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    for (const timer of this.delays) clearTimeout(timer);
    this.delays.clear();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

export interface FixtureItem {
  guid: string;
  title: string;
  link?: string;
  pubDate?: string;
  description?: string;
}

/** A small, valid RSS 2.0 document. */
export function rss(title: string, items: readonly FixtureItem[], link = 'https://example.org/'): string {
  const escape = (text: string): string =>
    text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>${escape(title)}</title><link>${link}</link><description>test</description>
${items
  .map(
    (item) => `<item><guid isPermaLink="false">${escape(item.guid)}</guid><title>${escape(item.title)}</title>
<link>${escape(item.link ?? `https://example.org/${item.guid}`)}</link>
${item.pubDate ? `<pubDate>${item.pubDate}</pubDate>` : ''}
<description>${escape(item.description ?? `<p>Body of ${item.title}</p>`)}</description></item>`,
  )
  .join('\n')}
</channel></rss>`;
}
