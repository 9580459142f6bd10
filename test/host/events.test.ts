// GET /api/events over real HTTP on 127.0.0.1, against a real core: who may read it, the
// heartbeats, and a reconnect that resumes from Last-Event-ID.
import { mkdirSync, writeFileSync } from 'node:fs';
import { request, type ClientRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventsHttpPath, httpPath } from '../../shared/contract';
import { startWebHost, type WebHost } from '../../electron/host/server';
import { withTempCore } from '../support/temp-store';

interface Frame {
  id: string | null;
  event: string | null;
  data: string | null;
  comment: string | null;
}

/** A reader of the stream: its status, and the frames as they arrive. */
interface Reader {
  status: number;
  frames: Frame[];
  close(): void;
}

function parseFrames(text: string): Frame[] {
  return text
    .split('\n\n')
    .filter((block) => block.length > 0)
    .map((block) => {
      const frame: Frame = { id: null, event: null, data: null, comment: null };
      for (const line of block.split('\n')) {
        if (line.startsWith(':')) frame.comment = line.slice(1).trim();
        else if (line.startsWith('id: ')) frame.id = line.slice(4);
        else if (line.startsWith('event: ')) frame.event = line.slice(7);
        else if (line.startsWith('data: ')) frame.data = line.slice(6);
      }
      return frame;
    });
}

function openStream(port: number, headers: Record<string, string>): Promise<Reader> {
  return new Promise((resolve, reject) => {
    let outgoing: ClientRequest | null = null;
    outgoing = request({ host: '127.0.0.1', port, method: 'GET', path: eventsHttpPath, headers }, (response) => {
      let text = '';
      const reader: Reader = {
        status: response.statusCode ?? 0,
        frames: [],
        close: () => outgoing?.destroy(),
      };
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        text += chunk;
        const complete = text.slice(0, text.lastIndexOf('\n\n') + 2);
        reader.frames = parseFrames(complete);
      });
      response.on('error', () => undefined);
      resolve(reader);
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

async function until<T>(find: () => T | undefined, ms = 3_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const found = find();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error('not seen in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('live events over HTTP', () => {
  const token = 'events-token-0123456789';
  const auth = { authorization: `Bearer ${token}` };
  const temp = withTempCore({ prefix: 'tidings-sse-', outbox: { run: false }, once: true });
  let host: WebHost;

  const changeTheme = async (theme: 'dark' | 'light'): Promise<Response> =>
    fetch(`${host.url.slice(0, -1)}${httpPath('updateSettings')}`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ theme }),
    });

  beforeAll(async () => {
    const staticDir = temp.dir.file('renderer');
    mkdirSync(staticDir);
    writeFileSync(`${staticDir}/index.html`, '<!doctype html><title>Tidings</title>');
    host = await startWebHost({ handlers: temp.core.handlers, events: temp.core.events, eventStream: { heartbeatMs: 100 }, token, port: 0, staticDir });
  });

  afterAll(async () => {
    await host.close();
  });

  it('refuses a reader without the token, or with a wrong one', async () => {
    const without = await openStream(host.port, {});
    const wrong = await openStream(host.port, { authorization: 'Bearer not-the-token' });
    const forgedCookie = await openStream(host.port, { cookie: `tidings-events-${host.port}=00` });
    expect([without.status, wrong.status, forgedCookie.status]).toEqual([401, 401, 401]);
    for (const reader of [without, wrong, forgedCookie]) reader.close();
  });

  it('lets in the page that made a call, by the cookie that call set', async () => {
    const answer = await changeTheme('light');
    const cookie = (answer.headers.getSetCookie?.() ?? []).find((value) => value.startsWith(`tidings-events-${host.port}=`));
    expect(cookie).toMatch(/HttpOnly; SameSite=Strict/);
    const reader = await openStream(host.port, { cookie: cookie?.split(';')[0] ?? '' });
    expect(reader.status).toBe(200);
    reader.close();
  });

  it('sends a heartbeat comment while nothing happens', async () => {
    const reader = await openStream(host.port, auth);
    expect(reader.status).toBe(200);
    await until(() => reader.frames.find((frame) => frame.comment === 'heartbeat'));
    reader.close();
  });

  it('gives a reader that reconnects with Last-Event-ID exactly what it missed', async () => {
    const first = await openStream(host.port, auth);
    await changeTheme('dark');
    const seen = await until(() => first.frames.find((frame) => frame.event === 'settingsChanged'));
    expect(seen.id).not.toBeNull();
    first.close();
    await changeTheme('light');
    // Changes within a few milliseconds of each other are told as one; these two are told apart.
    await new Promise((resolve) => setTimeout(resolve, 150));
    await changeTheme('dark');
    await until(() => (host.eventStream?.readerCount === 0 ? true : undefined));
    // Let the two changes reach the ring (each is told a moment after its call answers).
    await new Promise((resolve) => setTimeout(resolve, 200));
    const resumed = await openStream(host.port, { ...auth, 'last-event-id': seen.id ?? '' });
    const missed = await until(() => {
      const events = resumed.frames.filter((frame) => frame.event !== null);
      return events.length >= 2 ? events : undefined;
    });
    expect(missed.map((frame) => frame.event)).toEqual(['settingsChanged', 'settingsChanged']);
    expect(new Set(missed.map((frame) => frame.id)).size).toBe(2);
    resumed.close();
  });

  it('tells a reader the ring has forgotten to load everything again', async () => {
    const reader = await openStream(host.port, { ...auth, 'last-event-id': '0-1' });
    const told = await until(() => reader.frames.find((frame) => frame.event === 'libraryChanged'));
    expect(JSON.parse(told.data ?? '{}')).toMatchObject({ everything: true });
    reader.close();
  });
});
