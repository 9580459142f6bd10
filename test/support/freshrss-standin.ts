// A small loopback stand-in for FreshRSS 1.24's Google Reader API, where it differs from Miniflux
// (docs/sync.md, "how servers speak the API"): the API under /api/greader.php; the Auth header
// checked on every call, the T token not at all; 16-digit decimal item ids; items with `summary`
// only; one `a=` and one `r=` honoured per edit-tag (a state set again stays set: no toggling);
// quickadd errors answered 200 with numResults 0; labels on items. No real FreshRSS runs here.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StandinItem {
  /** 16-digit decimal, as FreshRSS gives them. */
  id: string;
  feed: string;
  title: string;
  html: string;
  read: boolean;
  starred: boolean;
  labels: string[];
}

export interface StandinFeed {
  stream: string;
  title: string;
  url: string;
  label: string | null;
}

const READ = /^user\/[^/]+\/state\/com\.google\/read$/;
const STARRED = /^user\/[^/]+\/state\/com\.google\/starred$/;
const LABEL = /^user\/[^/]+\/label\/(.+)$/;

export class FreshRssStandin {
  readonly feeds: StandinFeed[] = [];
  readonly items: StandinItem[] = [];
  /** Every request's path, for counting. */
  readonly requests: string[] = [];
  private server: Server | null = null;
  private port = 0;
  private nextFeed = 1;
  private auth = 'alice/0123456789abcdef0123456789abcdef01234567';

  get base(): string {
    return `http://127.0.0.1:${this.port}/api/greader.php`;
  }

  addFeed(title: string, url: string, label: string | null): StandinFeed {
    const feed = { stream: `feed/${this.nextFeed++}`, title, url, label };
    this.feeds.push(feed);
    return feed;
  }

  addItem(feed: StandinFeed, title: string): StandinItem {
    // Microseconds since the epoch: more digits than a double holds exactly.
    const id = String(1_700_000_000_000_000n + BigInt(this.items.length * 7 + 1) * 1_000_003n);
    const item = { id, feed: feed.stream, title, html: `<p>${title} <script>x()</script></p>`, read: false, starred: false, labels: [] };
    this.items.push(item);
    return item;
  }

  /** The token given out no longer works (a password changed on the server). */
  revokeSignIn(): void {
    this.auth = 'alice/ffffffffffffffffffffffffffffffffffffffff';
  }

  item(title: string): StandinItem {
    return this.items.find((item) => item.title === title) as StandinItem;
  }

  async start(): Promise<this> {
    this.server = createServer((request, response) => void this.answer(request, response));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  private async answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const form = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
    const path = url.pathname.replace(/^\/api\/greader\.php\//, '');
    this.requests.push(path);
    const json = (value: unknown): void => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify(value));
    };
    if (!url.pathname.startsWith('/api/greader.php/')) return void response.writeHead(404).end('not here');
    if (path === 'accounts/ClientLogin') {
      if (form.get('Email') !== 'alice' || form.get('Passwd') !== 'secret-pass') return void response.writeHead(401).end('Error=BadAuthentication');
      return void response.writeHead(200).end(`SID=${this.auth}\nLSID=null\nAuth=${this.auth}\n`);
    }
    if (request.headers.authorization !== `GoogleLogin auth=${this.auth}`) return void response.writeHead(401).end('Unauthorized!');
    if (path === 'reader/api/0/token') return void response.writeHead(200).end('freshrss-token-that-nobody-checks\n');
    if (path === 'reader/api/0/subscription/list') {
      return json({
        subscriptions: this.feeds.map((feed) => ({
          id: feed.stream,
          title: feed.title,
          url: feed.url,
          htmlUrl: feed.url,
          categories: feed.label ? [{ id: `user/-/label/${feed.label}`, label: feed.label }] : [],
        })),
      });
    }
    if (path === 'reader/api/0/stream/items/ids') {
      const stream = url.searchParams.get('s') ?? '';
      const exclude = url.searchParams.get('xt') ?? '';
      const n = Number(url.searchParams.get('n') ?? 20);
      const offset = Number(url.searchParams.get('c') ?? 0);
      const chosen = this.items.filter(
        (item) => (STARRED.test(stream) ? item.starred : true) && !(READ.test(exclude) && item.read),
      );
      const page = chosen.slice(offset, offset + n);
      return json({ itemRefs: page.map((item) => ({ id: item.id })), ...(offset + n < chosen.length ? { continuation: String(offset + n) } : {}) });
    }
    if (path === 'reader/api/0/stream/items/contents') {
      const wanted = new Set(form.getAll('i').map(decimal));
      return json({
        items: this.items.filter((item) => wanted.has(item.id)).map((item) => ({
          id: `tag:google.com,2005:reader/item/${BigInt(item.id).toString(16).padStart(16, '0')}`,
          title: item.title,
          published: 1_700_000_000,
          alternate: [{ href: `https://example.org/${encodeURIComponent(item.title)}` }],
          summary: { content: item.html },
          categories: ['user/-/state/com.google/reading-list', ...(item.read ? ['user/-/state/com.google/read'] : [])],
          origin: { streamId: item.feed, title: this.feeds.find((feed) => feed.stream === item.feed)?.title },
        })),
      });
    }
    if (path === 'reader/api/0/edit-tag') {
      // Only the first a= and the first r=, as FreshRSS.
      const add = form.get('a');
      const remove = form.get('r');
      for (const id of form.getAll('i').map(decimal)) {
        const item = this.items.find((candidate) => candidate.id === id);
        if (!item) continue;
        for (const [tag, on] of [[add, true], [remove, false]] as const) {
          if (!tag) continue;
          if (READ.test(tag)) item.read = on;
          else if (STARRED.test(tag)) item.starred = on;
          else if (LABEL.test(tag)) {
            const name = (LABEL.exec(tag) as RegExpExecArray)[1] as string;
            item.labels = on ? [...new Set([...item.labels, name])] : item.labels.filter((label) => label !== name);
          }
        }
      }
      return void response.writeHead(200).end('OK');
    }
    if (path === 'reader/api/0/subscription/quickadd') {
      const feedUrl = form.get('quickadd') ?? '';
      if (feedUrl.includes('not-a-feed')) return json({ numResults: 0, error: 'could not find a feed there' });
      const feed = this.addFeed(feedUrl, feedUrl, null);
      return json({ numResults: 1, query: feedUrl, streamId: feed.stream, streamName: feed.title });
    }
    if (path === 'reader/api/0/subscription/edit') {
      const feed = this.feeds.find((candidate) => candidate.stream === form.get('s'));
      if (!feed) return void response.writeHead(400).end('no such feed');
      if (form.get('ac') === 'unsubscribe') this.feeds.splice(this.feeds.indexOf(feed), 1);
      if (form.get('t') !== null) feed.title = form.get('t') as string;
      const label = LABEL.exec(form.get('a') ?? '');
      if (label) feed.label = label[1] as string;
      else if (LABEL.test(form.get('r') ?? '')) feed.label = null;
      return void response.writeHead(200).end('OK');
    }
    response.writeHead(404).end('unknown call');
  }
}

function decimal(id: string): string {
  const long = /^tag:google\.com,2005:reader\/item\/([0-9a-f]{16})$/.exec(id);
  return long ? BigInt(`0x${long[1]}`).toString(10) : id;
}
