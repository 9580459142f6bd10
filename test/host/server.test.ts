import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callNames } from '../../shared/contract';
import { startWebHost, type WebHost } from '../../electron/host/server';
import { withTempCore } from '../support/temp-store';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw HTTP request, so tests can send the headers a browser would never let a page forge. */
function send(port: number, options: { method?: string; path: string; headers?: Record<string, string>; body?: string }): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      { host: '127.0.0.1', port, method: options.method ?? 'POST', path: options.path, headers: options.headers },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
      },
    );
    outgoing.on('error', reject);
    outgoing.end(options.body);
  });
}

describe('web host', () => {
  const token = 'test-token-123';
  const temp = withTempCore({ once: true });
  let host: WebHost;
  const auth = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const api = (path: string, body: unknown, headers: Record<string, string> = auth) =>
    send(host.port, { path, headers, body: JSON.stringify(body) });

  beforeAll(async () => {
    const staticDir = temp.dir.file('renderer');
    mkdirSync(staticDir);
    writeFileSync(`${staticDir}/index.html`, '<!doctype html><title>Tidings</title>');
    host = await startWebHost({ handlers: temp.core.handlers, token, port: 0, staticDir });
  });
  afterAll(async () => {
    await host.close();
  });

  it('answers a call with its output as JSON', async () => {
    const answer = await api('/api/listFeeds', {});
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({
      folders: [],
      feeds: [],
      inactiveFeeds: [],
      labels: [],
      totals: { unread: 0, starred: 0, liked: 0, notes: 0, filtered: 0 },
      accounts: [{ id: 1, kind: 'local', title: 'On this computer', feedIds: [], folderIds: [] }],
    });
  });

  it('routes every call of the contract', async () => {
    for (const name of callNames) {
      const answer = await api(`/api/${name}`, {});
      expect(answer.status, name).not.toBe(404);
      expect(answer.status, name).not.toBe(401);
    }
  });

  it('refuses a call without the token or with a wrong one', async () => {
    const none = await api('/api/listFeeds', {}, { 'content-type': 'application/json' });
    const wrong = await api('/api/listFeeds', {}, { authorization: 'Bearer nope' });
    expect(none.status).toBe(401);
    expect(JSON.parse(none.body)).toEqual({ error: { code: 'unauthorized', message: expect.any(String) } });
    expect(wrong.status).toBe(401);
  });

  it('answers 404 with a JSON error for a call the contract does not have', async () => {
    const answer = await api('/api/dropTables', {});
    expect(answer.status).toBe(404);
    expect(JSON.parse(answer.body).error.code).toBe('unknown_call');
  });

  it('rejects bad input with 400 and says which field is wrong', async () => {
    const answer = await api('/api/listArticles', { scope: { kind: 'feed', feedId: -1 } });
    expect(answer.status).toBe(400);
    const { error } = JSON.parse(answer.body);
    expect(error.code).toBe('bad_input');
    expect(error.message).toMatch(/scope\.feedId/);
  });

  it('rejects a body that is not JSON with 400', async () => {
    const answer = await send(host.port, { path: '/api/listFeeds', headers: auth, body: '{nope' });
    expect(answer.status).toBe(400);
  });

  it('refuses a request whose Host header is another name (DNS rebinding)', async () => {
    const answer = await send(host.port, { path: '/api/listFeeds', headers: { ...auth, host: `evil.example:${host.port}` }, body: '{}' });
    expect(answer.status).toBe(403);
    const page = await send(host.port, { method: 'GET', path: '/', headers: { host: 'evil.example' } });
    expect(page.status).toBe(403);
  });

  it('refuses cross-origin browser requests even with the token', async () => {
    const fromOrigin = await api('/api/listFeeds', {}, { ...auth, origin: 'https://evil.example' });
    const crossSite = await api('/api/listFeeds', {}, { ...auth, 'sec-fetch-site': 'cross-site' });
    const sameOrigin = await api('/api/listFeeds', {}, { ...auth, origin: `http://127.0.0.1:${host.port}` });
    expect(fromOrigin.status).toBe(403);
    expect(crossSite.status).toBe(403);
    expect(sameOrigin.status).toBe(200);
  });

  it('serves the renderer with a Content Security Policy that runs no inline script', async () => {
    const page = await send(host.port, { method: 'GET', path: '/' });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Tidings</title>');
    expect(page.headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect(page.headers['content-security-policy']).not.toMatch(/unsafe-inline/);
  });

  it('serves nothing outside the renderer folder', async () => {
    const answer = await send(host.port, { method: 'GET', path: '/..%2Flibrary.db' });
    expect(answer.status).toBe(404);
  });

  it('listens on the loopback address only', () => {
    expect(host.server.address()).toMatchObject({ address: '127.0.0.1' });
  });
});
