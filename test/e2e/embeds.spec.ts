// What an embedded video player is sent. The page sends no referrer (index.html's meta tag, the web
// host's header), but YouTube's player will not play without one (its "Error 153"): embeds alone
// carry the page's origin. Checked at the receiving end: Chromium resolves www.youtube.com to a
// loopback HTTPS server (a test certificate it is told to accept), which records the Referer each
// request came with; the article's image, from the loopback feed server, must still carry none.
import { chromium, expect, test, type Browser } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { chromiumLaunchOptions } from '../support/chromium';
import { repoRoot } from './support/paths';
import { startWebHost, type WebHost } from './support/web-host';

interface Seen {
  path: string;
  referer: string | undefined;
}

/** A loopback server that answers every path with the same body and remembers each request's Referer. */
async function recordingServer(make: (handler: (request: IncomingMessage, response: import('node:http').ServerResponse) => void) => Server, body: (path: string) => { type: string; text: string }) {
  const seen: Seen[] = [];
  const server = make((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    seen.push({ path, referer: request.headers.referer });
    const { type, text } = body(path);
    response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(text);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

const tls = `${repoRoot}test/fixtures/e2e/embed-tls`;
/** A 1×1 transparent GIF. */
const pixel = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64').toString('latin1');

let player: Awaited<ReturnType<typeof recordingServer>>;
let site: Awaited<ReturnType<typeof recordingServer>>;
let host: WebHost;
let browser: Browser;

test.beforeAll(async () => {
  player = await recordingServer(
    (handler) => createHttpsServer({ key: readFileSync(`${tls}/key.pem`), cert: readFileSync(`${tls}/cert.pem`) }, handler),
    () => ({ type: 'text/html; charset=utf-8', text: '<!doctype html><title>player</title><p>stand-in player</p>' }),
  );
  site = await recordingServer(
    (handler) => createHttpServer(handler),
    (path) =>
      path === '/feed.xml'
        ? {
            type: 'application/rss+xml; charset=utf-8',
            text: `<?xml version="1.0"?><rss version="2.0"><channel><title>Video notes</title><link>https://example.org/</link>
<item><title>A talk worth watching</title><link>https://example.org/talk</link><guid>talk-1</guid>
<description><![CDATA[<p>The talk:</p><iframe src="https://www.youtube.com/embed/e2e-talk" width="560" height="315" title="The talk" allowfullscreen></iframe><p><img src="http://127.0.0.1:${site.port}/slide.gif" alt="A slide" width="40" height="40"></p>]]></description>
</item></channel></rss>`,
          }
        : { type: 'image/gif', text: pixel },
  );
  host = await startWebHost();
  browser = await chromium.launch({
    ...chromiumLaunchOptions,
    args: [...chromiumLaunchOptions.args, `--host-resolver-rules=MAP www.youtube.com 127.0.0.1:${player.port}`],
  });
});

test.afterAll(async () => {
  await browser?.close();
  await host?.stop();
  await player?.close();
  await site?.close();
});

test('an embedded player is sent the page’s origin as referrer, nothing more; other requests send none', async () => {
  await host.call('addFeed', { url: `http://127.0.0.1:${site.port}/feed.xml` });
  await host.call('refresh', {});
  const context = await browser.newContext({ ignoreHTTPSErrors: true });
  const page = await context.newPage();
  await page.goto(host.pageUrl);
  const article = page.getByRole('listbox', { name: 'Articles' }).getByRole('option', { name: /A talk worth watching/ });
  await article.click();
  const reader = page.getByRole('region', { name: 'Article', exact: true });
  await expect(reader.locator('iframe[title="The talk"]')).toHaveAttribute('referrerpolicy', 'strict-origin-when-cross-origin');

  const playerReferer = (): string => {
    const request = player.seen.find((seen) => seen.path === '/embed/e2e-talk');
    return request ? (request.referer ?? 'sent without a Referer') : 'not asked for yet';
  };
  await expect.poll(playerReferer).toBe(`${new URL(host.url).origin}/`);
  await expect.poll(() => site.seen.some((request) => request.path === '/slide.gif')).toBe(true);
  expect(site.seen.filter((request) => request.path === '/slide.gif').map((request) => request.referer)).toEqual([undefined]);
  await context.close();
});
