// The link to open the app holds a one-time code, not the token: the page trades it once at
// POST /session, and a new link is made for the next browser or tab.
import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebHost, type WebHost } from '../../electron/host/server';
import { withTempCore } from '../support/temp-store';
import { send } from './raw-http';

describe('web host: the one-time link', () => {
  const token = 'open-link-token-0123456789abcdef';
  const json = { 'content-type': 'application/json' };
  const temp = withTempCore({ once: true });
  let host: WebHost;
  const printed: string[] = [];
  const codeOf = (link: string) => new URL(link).hash.replace('#open=', '');
  const trade = (code: string, headers: Record<string, string> = json) => send(host.port, { path: '/session', headers, body: JSON.stringify({ code }) });

  beforeAll(async () => {
    const staticDir = temp.dir.file('renderer');
    mkdirSync(staticDir);
    writeFileSync(`${staticDir}/index.html`, '<!doctype html><title>Tidings</title>');
    host = await startWebHost({ handlers: temp.core.handlers, token, port: 0, staticDir, onOpenLink: (url) => printed.push(url) });
  });
  afterAll(async () => {
    await host.close();
  });

  it('gives a link without the token, whose code is traded for the token once', async () => {
    const link = host.openUrl();
    expect(link).toMatch(new RegExp(`^${host.url}#open=[0-9a-f]{48}$`));
    expect(link).not.toContain(token);
    const first = await trade(codeOf(link));
    expect(first.status).toBe(200);
    expect(JSON.parse(first.body)).toEqual({ token });
    const again = await trade(codeOf(link));
    expect(again.status).toBe(401);
    expect(JSON.parse(again.body).error.message).toMatch(/this link was used already/);
  });

  it('makes and announces a new link once one is used', async () => {
    const before = host.openUrl();
    expect((await trade(codeOf(before))).status).toBe(200);
    expect(host.openUrl()).not.toBe(before);
    expect(printed.at(-1)).toBe(host.openUrl());
  });

  it('refuses a wrong code, a cross-site trade and a GET', async () => {
    expect((await trade('0'.repeat(48))).status).toBe(401);
    expect((await trade(codeOf(host.openUrl()), { ...json, 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    const get = await send(host.port, { method: 'GET', path: '/session' });
    expect(get.status).toBe(405);
    expect(get.headers.allow).toBe('POST');
  });
});
