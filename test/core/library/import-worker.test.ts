// Imports run in a worker thread with a memory limit of their own, behind limits on items and
// unpacked bytes: a hostile Takeout costs a clear refusal and the web host keeps answering while
// it is read; a big honest one imports whole, and the host answers meanwhile too. Every import
// goes through the web host as a browser's would. Ordering, not wall time: another call is made
// once the import is seen running, and must be answered before the import settles.
import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebHost, type WebHost } from '../../../electron/host/server';
import { dispatch } from '../../../shared/dispatch';
import type { ImportStatus } from '../../../shared/model';
import { readerStream } from '../../support/reader-stream';
import { withTempCore } from '../../support/temp-store';
import { deflatedRepeat, makeZip, snapshot, type ZipInput } from './helpers';
import { connectionOf } from '../../../electron/core/store';

const MB = 1024 * 1024;
const token = 'import-worker-test-token';
const FILES = ['starred.json', 'shared.json', 'liked.json', 'notes.json', 'shared-by-followers.json'];

interface Answer {
  status: number;
  body: { error?: { code: string; message: string } } & Record<string, unknown>;
}

describe('imports beside the web host', () => {
  const temp = withTempCore({
    once: true,
    outbox: { run: false },
    // Low limits, so each refusal comes in a fraction of the defaults' time; the mechanism is the same.
    imports: { memoryMb: 256, limits: { maxItems: 200_000, maxUnpackedBytes: 64 * MB } },
  });
  let host: WebHost;

  const api = async (call: string, input: unknown): Promise<Answer> => {
    const response = await fetch(`${host.url}api/${call}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(input),
    });
    return { status: response.status, body: (await response.json()) as Answer['body'] };
  };

  /**
   * Starts the import, waits until the host says it is running, then asks for the feeds: they must
   * come back while the import still runs. Answers the import's own answer.
   */
  const importWhileAsking = async (input: unknown): Promise<Answer> => {
    let settled = false;
    const importing = api('importLibrary', input).finally(() => (settled = true));
    for (;;) {
      const status = (await api('getImportStatus', {})).body as unknown as ImportStatus;
      if (status.running) break;
      expect(settled).toBe(false);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const feeds = await api('listFeeds', {});
    expect(feeds.status).toBe(200);
    expect(settled).toBe(false);
    return importing;
  };

  beforeAll(async () => {
    mkdirSync(temp.dir.file('renderer'));
    writeFileSync(temp.dir.file('renderer/index.html'), '<!doctype html><title>Tidings</title>');
    host = await startWebHost({ handlers: temp.core.handlers, token, port: 0, staticDir: temp.dir.file('renderer') });
    // Something in the library, so "unchanged" means something.
    const opml = '<opml version="2.0"><body><outline text="News"><outline text="A" xmlUrl="https://a.example/feed"/></outline></body></opml>';
    expect((await api('importLibrary', { fileName: 'subs.opml', contentBase64: Buffer.from(opml).toString('base64') })).status).toBe(200);
  }, 60_000);
  afterAll(async () => {
    await host.close();
  });

  const takeout = (entries: ZipInput[]): { fileName: string; contentBase64: string } => ({
    fileName: 'takeout.zip',
    contentBase64: makeZip(entries).toString('base64'),
  });

  it('refuses a 245 KB Takeout whose starred.json inflates to 240 MB of {}, naming the item limit, and the host answers meanwhile', async () => {
    const bomb = await deflatedRepeat('{"items":[', '{},', 240 * 1000 * 1000, '{}]}');
    const zip = takeout([{ name: 'Takeout/Reader/starred.json', data: bomb }]);
    expect(zip.contentBase64.length * 0.75).toBeLessThan(300_000);
    const before = snapshot(temp.store);
    const answer = await importWhileAsking(zip);
    expect(answer).toEqual({
      status: 400,
      body: { error: { code: 'bad_input', message: 'import: the file holds more than 200,000 items, the most one import takes; nothing was imported' } },
    });
    expect(snapshot(temp.store)).toEqual(before);
  }, 120_000);

  it('refuses a 1.2 MB Takeout of five such files the same way', async () => {
    const bomb = await deflatedRepeat('{"items":[', '{},', 240 * 1000 * 1000, '{}]}');
    const zip = takeout(FILES.map((name) => ({ name: `Takeout/Reader/${name}`, data: bomb })));
    expect(zip.contentBase64.length * 0.75).toBeGreaterThan(1_000_000);
    const before = snapshot(temp.store);
    const answer = await importWhileAsking(zip);
    expect(answer.body.error?.message).toBe('import: the file holds more than 200,000 items, the most one import takes; nothing was imported');
    expect(snapshot(temp.store)).toEqual(before);
  }, 120_000);

  it('refuses a Takeout of five files of valid JSON padded with 240 MB of whitespace each, naming the unpacked limit', async () => {
    const padded = await deflatedRepeat('{"items":[', ' ', 240 * 1000 * 1000, ']}');
    const zip = takeout(FILES.map((name) => ({ name: `Takeout/Reader/${name}`, data: padded })));
    const before = snapshot(temp.store);
    const answer = await importWhileAsking(zip);
    expect(answer).toEqual({
      status: 400,
      body: { error: { code: 'bad_input', message: 'import: the Takeout unpacks to more than 64 MB, the most one import reads; nothing was imported' } },
    });
    expect(snapshot(temp.store)).toEqual(before);
  }, 120_000);

  it('imports a big Reader JSON whole while the host keeps answering, progress included, even while it writes', async () => {
    const file = temp.dir.file('starred.json');
    writeFileSync(file, readerStream(10_000));
    const seen = new Set<string>();
    let settled = false;
    const importing = api('importLibrary', { path: file }).finally(() => (settled = true));
    // Progress keeps coming, and the host answers even during the write, one transaction of 10,000 articles.
    while (!settled) {
      const status = (await api('getImportStatus', {})).body as unknown as ImportStatus;
      if (status.running && status.phase) seen.add(status.phase);
      if (status.phase === 'writing') {
        expect((await api('listFeeds', {})).status).toBe(200);
        expect(settled).toBe(false);
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const answer = await importing;
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ format: 'reader-json', articles: 10_000, starred: 10_000, notes: 200, inactiveFeeds: 40 });
    expect([...seen].sort()).toEqual(['preparing', 'reading', 'writing']);
    const articles = connectionOf(temp.store).prepare('SELECT count(*) AS n FROM articles').get() as { n: number };
    expect(articles.n).toBe(10_000);
  }, 240_000);
});

describe('an import that needs more memory than its worker may use', () => {
  const temp = withTempCore({ outbox: { run: false }, imports: { memoryMb: 128 }, once: true });

  it('is refused with the limit named, and the library and the process carry on', async () => {
    // Within the item and byte limits: fifteen items of 15 MB each, which no heap of 128 MB holds.
    const item = `{"title":"long","content":{"content":"${'a'.repeat(15 * MB)}"}},`;
    const zip = makeZip([{ name: 'Reader/starred.json', data: await deflatedRepeat('{"items":[', item, 15 * (15 * MB + 50), '{"title":"end"}]}') }]);
    const before = snapshot(temp.store);
    const answer = await dispatch(temp.core.handlers, 'importLibrary', { fileName: 'takeout.zip', contentBase64: zip.toString('base64') });
    expect(answer).toEqual({
      ok: false,
      error: { code: 'bad_input', message: 'import: the file needs more than 128 MB of memory to import, the most an import may use; nothing was imported' },
    });
    expect(snapshot(temp.store)).toEqual(before);
    // The next import runs as usual.
    const opml = '<opml version="2.0"><body><outline text="A" xmlUrl="https://a.example/feed"/></body></opml>';
    const next = await dispatch(temp.core.handlers, 'importLibrary', { fileName: 'subs.opml', contentBase64: Buffer.from(opml).toString('base64') });
    expect(next).toMatchObject({ ok: true, value: { feedsAdded: 1 } });
  }, 120_000);
});
