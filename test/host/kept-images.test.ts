// The web host's route for images kept for reading offline: /images/<file>, admitted by a cookie
// the API's answers set (an <img> cannot send the Authorization header). The cookie is HttpOnly,
// SameSite=Strict, scoped to /images/, and holds a key that opens images and nothing else; the
// token itself never goes into an image's address.
import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebHost, type WebHost } from '../../electron/host/server';
import { offlineFixture, offlineWorld, type OfflineWorld } from '../core/offline/helpers';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function get(port: number, path: string, headers: Record<string, string> = {}, method = 'GET', body?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const outgoing = request({ host: '127.0.0.1', port, path, headers, method }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
    });
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

describe('web host: kept images', () => {
  const token = 'image-token-4567890123';
  let world: OfflineWorld;
  let host: WebHost;
  let path: string;
  /** What the browser keeps from an API answer's Set-Cookie, and sends back as Cookie. */
  let cookie: string;
  let setCookie: string;

  beforeAll(async () => {
    world = await offlineWorld();
    const staticDir = world.dir.file('renderer');
    mkdirSync(staticDir);
    writeFileSync(`${staticDir}/index.html`, '<!doctype html><title>Tidings</title>');
    host = await startWebHost({ handlers: world.core.handlers, images: world.core.offline, token, port: 0, staticDir });
    const id = world.articleId('lighthouse');
    await world.call('setStarred', { articleId: id, starred: true });
    await world.core.offline.idle();
    path = (await world.call('getArticle', { articleId: id })).cachedImages?.[world.server.url('/2024/images/photo.png')] ?? '';
    const answer = await get(host.port, '/api/listFeeds', { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, 'POST', '{}');
    setCookie = String(answer.headers['set-cookie'] ?? '');
    cookie = setCookie.split(';')[0] ?? '';
  });
  afterAll(async () => {
    await host.close();
    await world.close();
  });

  it('sets, with each answer to a call that carried the token, an HttpOnly SameSite=Strict cookie for /images/ only, not holding the token', () => {
    expect(setCookie).toMatch(new RegExp(`^tidings-images-${host.port}=[0-9a-f]{64}; Path=/images/; HttpOnly; SameSite=Strict$`));
    expect(setCookie).not.toContain(token);
  });

  it('serves a kept image with its sniffed type under the page’s CSP to that cookie', async () => {
    const answer = await get(host.port, path, { 'sec-fetch-site': 'same-origin', cookie });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('image/png');
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    expect(answer.headers['content-security-policy']).toContain("default-src 'none'");
    expect(answer.body.equals(offlineFixture('photo.png'))).toBe(true);
  });

  it('refuses a request without the cookie, with a wrong one, or from another site', async () => {
    expect((await get(host.port, path)).status).toBe(401);
    expect((await get(host.port, path, { cookie: `tidings-images-${host.port}=${'0'.repeat(64)}` })).status).toBe(401);
    expect((await get(host.port, path, { cookie, 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await get(host.port, path, { cookie, host: 'evil.example:80' })).status).toBe(403);
  });

  it('no longer takes the API token in the query, and the image key opens no API call', async () => {
    expect((await get(host.port, `${path}?token=${token}`)).status).toBe(401);
    const key = cookie.split('=')[1] ?? '';
    const call = await get(host.port, '/api/listFeeds', { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, 'POST', '{}');
    expect(call.status).toBe(401);
  });

  it('answers 404 for an image that is not kept, and never reaches outside the cache', async () => {
    expect((await get(host.port, `/images/${'0'.repeat(40)}.png`, { cookie })).status).toBe(404);
    expect((await get(host.port, '/images/..%2Flibrary.db', { cookie })).status).toBe(404);
  });
});
