// A file that fails while it is being sent (removed or rewritten by a rebuild, or unreadable)
// costs that one response, never the host.
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebHost, type WebHost } from '../../electron/host/server';
import { withTempCore } from '../support/temp-store';
import { send } from './raw-http';

const bigBytes = 64 * 1024 * 1024;

describe('web host: a static file that fails mid-stream', () => {
  const temp = withTempCore({ once: true });
  let staticDir: string;
  let host: WebHost;

  beforeAll(async () => {
    staticDir = temp.dir.file('renderer');
    mkdirSync(staticDir);
    writeFileSync(`${staticDir}/index.html`, '<!doctype html><title>Tidings</title>');
    host = await startWebHost({ handlers: temp.core.handlers, token: 'stream-errors-token-0123456789', port: 0, staticDir });
  });
  afterAll(async () => {
    await host.close();
  });

  const stillAnswers = async () => expect((await send(host.port, { method: 'GET', path: '/' })).status).toBe(200);

  // /proc/self/mem is a regular file to stat(), and every read of it at offset 0 fails with EIO:
  // a file that stat() passes and that then cannot be read, as one removed between the two is.
  it.runIf(process.platform === 'linux')('cuts only that response when a file cannot be read after its headers went out', async () => {
    symlinkSync('/proc/self/mem', `${staticDir}/unreadable.js`);
    const outcome = await new Promise<string>((resolve) => {
      const outgoing = request({ host: '127.0.0.1', port: host.port, path: '/unreadable.js' }, (response) => {
        response.resume();
        response.on('end', () => resolve('ended'));
        response.on('error', () => resolve('cut'));
        response.on('aborted', () => resolve('cut'));
      });
      outgoing.on('error', () => resolve('cut'));
      outgoing.setTimeout(5_000, () => resolve('hung'));
      outgoing.end();
    });
    expect(['ended', 'cut']).toContain(outcome);
    await stillAnswers();
  });

  it('goes on serving when a big file is removed and replaced while it is being sent', async () => {
    const path = `${staticDir}/big.js`;
    writeFileSync(path, Buffer.alloc(bigBytes, 0x61));
    const received = await new Promise<number>((resolve, reject) => {
      let bytes = 0;
      let swapped = false;
      const outgoing = request({ host: '127.0.0.1', port: host.port, path: '/big.js' }, (response) => {
        expect(response.statusCode).toBe(200);
        response.on('data', (chunk: Buffer) => {
          bytes += chunk.length;
          if (swapped) return;
          swapped = true;
          // Read slowly from here on, as a slow client would, while the file is rebuilt.
          response.pause();
          rmSync(path);
          writeFileSync(path, 'console.log("rebuilt");');
          setTimeout(() => response.resume(), 50);
        });
        response.on('end', () => resolve(bytes));
        response.on('error', () => resolve(bytes));
      });
      outgoing.on('error', reject);
      outgoing.end();
    });
    expect(received).toBeGreaterThan(0);
    await stillAnswers();
    const rebuilt = await send(host.port, { method: 'GET', path: '/big.js' });
    expect(rebuilt.body).toBe('console.log("rebuilt");');
  });
});
