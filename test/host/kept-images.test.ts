// The web host's route for images kept for reading offline: /images/<file>?token=…, because an
// <img> cannot send the Authorization header the API calls carry.
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

function get(port: number, path: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const outgoing = request({ host: '127.0.0.1', port, path, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

describe('web host: kept images', () => {
  const token = 'image-token-456';
  let world: OfflineWorld;
  let host: WebHost;
  let path: string;

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
  });
  afterAll(async () => {
    await host.close();
    await world.close();
  });

  it('serves a kept image with its sniffed type under the page’s CSP when the query carries the token', async () => {
    const answer = await get(host.port, `${path}?token=${token}`, { 'sec-fetch-site': 'same-origin' });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('image/png');
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    expect(answer.headers['content-security-policy']).toContain("default-src 'none'");
    expect(answer.body.equals(offlineFixture('photo.png'))).toBe(true);
  });

  it('refuses a request without the token, with a wrong one, or from another site', async () => {
    expect((await get(host.port, path)).status).toBe(401);
    expect((await get(host.port, `${path}?token=nope`)).status).toBe(401);
    expect((await get(host.port, `${path}?token=${token}`, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await get(host.port, `${path}?token=${token}`, { host: 'evil.example:80' })).status).toBe(403);
  });

  it('answers 404 for an image that is not kept, and never reaches outside the cache', async () => {
    expect((await get(host.port, `/images/${'0'.repeat(40)}.png?token=${token}`)).status).toBe(404);
    expect((await get(host.port, `/images/..%2Flibrary.db?token=${token}`)).status).toBe(404);
  });
});
