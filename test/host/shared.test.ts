// /shared/ on the web host: the shared items' page and feeds, public (no token) and made from the
// library on request, while every /api/ call still needs the token.
import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core';
import { readFeedDocument } from '../../electron/core/refresh/read-feed';
import { sharedDocuments } from '../../electron/core/sharing/publisher';
import { startWebHost, type WebHost } from '../../electron/host/server';
import { call, openWithArticles } from '../core/sharing/helpers';
import { tempDir } from '../support/temp';

describe('web host: /shared/', () => {
  let dir: ReturnType<typeof tempDir>;
  let core: Core;
  let host: WebHost;

  beforeAll(async () => {
    dir = tempDir();
    const staticDir = dir.file('renderer');
    mkdirSync(staticDir);
    writeFileSync(`${staticDir}/index.html`, '<!doctype html><title>Tidings</title>');
    let ids: number[];
    ({ core, articleIds: ids } = openWithArticles({ dbFile: dir.file('library.db'), outbox: { run: false } }));
    await call(core, 'shareArticle', { articleId: ids[1] as number, note: 'A <good> one' });
    host = await startWebHost({
      handlers: core.handlers,
      token: 'secret-token',
      port: 0,
      staticDir,
      shared: (base) => sharedDocuments(core.store, base),
    });
  });
  afterAll(async () => {
    await host.close();
    core.close();
    dir.remove();
  });

  const get = (path: string, headers: Record<string, string> = {}) => fetch(new URL(path, host.url), { headers, redirect: 'manual' });

  it('serves the page without a token, with only what was shared on it', async () => {
    const page = await get('/shared/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toMatch(/^default-src 'none'; style-src 'sha256-/);
    const html = await page.text();
    expect(html).toContain('A heron');
    expect(html).toContain('A &lt;good&gt; one');
    expect(html).not.toContain('Sea glass'); // not shared
    expect((await get('/shared/index.html')).status).toBe(200);
    const bare = await get('/shared');
    expect([bare.status, bare.headers.get('location')]).toEqual([308, '/shared/']);
  });

  it('serves the Atom feed and the JSON Feed without a token, with absolute links to themselves', async () => {
    const atom = await get('/shared/shared.atom');
    expect(atom.status).toBe(200);
    expect(atom.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const text = await atom.text();
    expect(text).toContain(`<link rel="self" type="application/atom+xml" href="${host.url}shared/shared.atom"/>`);
    const parsed = await readFeedDocument({ url: `${host.url}shared/shared.atom`, body: Buffer.from(text), contentType: 'application/atom+xml' });
    expect(parsed.items.map((item) => item.title)).toEqual(['A heron']);

    const json = await get('/shared/shared.json');
    expect(json.headers.get('content-type')).toBe('application/feed+json; charset=utf-8');
    expect(await json.json()).toMatchObject({ version: 'https://jsonfeed.org/version/1.1', feed_url: `${host.url}shared/shared.json`, items: [{ title: 'A heron' }] });
  });

  it('still asks for the token on every /api/ call, and has nothing else under /shared/', async () => {
    expect((await fetch(new URL('/api/listFeeds', host.url), { method: 'POST', body: '{}' })).status).toBe(401);
    expect((await fetch(new URL('/api/listOutbox', host.url), { method: 'POST', body: '{}' })).status).toBe(401);
    expect((await get('/shared/../api/listFeeds')).status).not.toBe(200);
    expect((await get('/shared/library.db')).status).toBe(404);
  });

  it('refuses another host name at /shared/ too (DNS rebinding)', async () => {
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve, reject) => {
      request({ host: '127.0.0.1', port: host.port, path: '/shared/', headers: { host: 'evil.example' } }, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      })
        .on('error', reject)
        .end();
    });
    expect(status).toBe(403);
  });
});
