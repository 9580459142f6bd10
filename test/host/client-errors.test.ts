// What the caller got wrong is answered with a 4xx and a plain message, never a 500: a path that is
// not valid percent-encoding, a folder the app may not read, a cursor the list never gave out, a
// method the route does not take (with Allow, as RFC 9110 asks of a 405).
import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebHost, type WebHost } from '../../electron/host/server';
import { withTempCore } from '../support/temp-store';
import { send } from './raw-http';

describe('web host: the caller errs, the host says so with a 4xx', () => {
  const token = 'client-errors-token-0123456789';
  const auth = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const temp = withTempCore({ once: true });
  let host: WebHost;
  const api = (name: string, body: unknown) => send(host.port, { path: `/api/${name}`, headers: auth, body: JSON.stringify(body) });

  beforeAll(async () => {
    const staticDir = temp.dir.file('renderer');
    mkdirSync(staticDir);
    writeFileSync(`${staticDir}/index.html`, '<!doctype html><title>Tidings</title>');
    host = await startWebHost({ handlers: temp.core.handlers, token, port: 0, staticDir });
  });
  afterAll(async () => {
    await host.close();
  });

  it.each(['/%', '/%E0%A4%A', '/assets/%zz.js', '/%C0%AF'])('answers 400, not "URI malformed", for the path %s', async (path) => {
    const answer = await send(host.port, { method: 'GET', path });
    expect(answer.status).toBe(400);
    const { error } = JSON.parse(answer.body);
    expect(error.code).toBe('bad_input');
    expect(error.message).not.toMatch(/URI malformed/);
    expect(error.message).toContain('is not a valid address');
    // And the host goes on serving.
    expect((await send(host.port, { method: 'GET', path: '/' })).status).toBe(200);
  });

  it('answers an import of a folder it may not read with 400 and a plain message', async () => {
    const answer = await api('importLibrary', { path: '/proc' });
    expect(answer.status).toBe(400);
    const { error } = JSON.parse(answer.body);
    expect(error.code).toBe('bad_input');
    expect(error.message).not.toMatch(/^E[A-Z]+:/);
    expect(error.message).toMatch(/^cannot read \/proc\/.*: (permission denied|no such file or folder)|^import: /);
  });

  it('answers an import of a path that is not there with 400', async () => {
    const answer = await api('importLibrary', { path: temp.dir.file('nowhere.opml') });
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body).error.message).toMatch(/no such file or folder/);
  });

  it('answers a listArticles cursor it never gave out with 400 instead of a page', async () => {
    for (const cursor of ['garbage', '1.2.3', '', 'NaN.1', '1e5.3']) {
      const answer = await api('listArticles', { scope: { kind: 'all' }, cursor });
      expect(answer.status, cursor).toBe(400);
      expect(JSON.parse(answer.body).error.message, cursor).toMatch(/cursor: not a cursor this list gave out/);
    }
    const good = await api('listArticles', { scope: { kind: 'all' }, cursor: '1717000000000.42' });
    expect(good.status).toBe(200);
  });

  it('names the allowed methods in a 405', async () => {
    const call = await send(host.port, { method: 'GET', path: '/api/listFeeds', headers: { authorization: auth.authorization } });
    expect(call.status).toBe(405);
    expect(call.headers.allow).toBe('POST');
    const page = await send(host.port, { method: 'PUT', path: '/index.html', body: 'x' });
    expect(page.status).toBe(405);
    expect(page.headers.allow).toBe('GET, HEAD');
  });
});
