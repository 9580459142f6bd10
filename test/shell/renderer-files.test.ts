// Which file an app://tidings/ request is served from (protocol.ts answers 404 for null): real files
// in a temporary renderer folder.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rendererFile } from '../../electron/shell/renderer-files';
import { tempDir } from '../support/temp';

describe('the files app://tidings/ serves', () => {
  const dir = tempDir('tidings-renderer-');
  const root = join(dir.path, 'renderer');
  const at = (url: string) => rendererFile(root, new URL(url));

  beforeAll(() => {
    mkdirSync(join(root, 'assets'), { recursive: true });
    writeFileSync(join(root, 'index.html'), '<!doctype html>');
    writeFileSync(join(root, 'assets', 'app.js'), '');
    writeFileSync(join(dir.path, 'secret.txt'), 'not for pages');
  });
  afterAll(() => dir.remove());

  it('serves the page and its assets, index.html for the bare origin', async () => {
    expect(await at('app://tidings/')).toBe(join(root, 'index.html'));
    expect(await at('app://tidings/assets/app.js')).toBe(join(root, 'assets', 'app.js'));
  });

  it('answers nothing (a 404) for a file that is not there, instead of failing the request', async () => {
    expect(await at('app://tidings/assets/gone.js')).toBeNull();
    expect(await at('app://tidings/assets/')).toBeNull();
  });

  it('never leaves the renderer folder, and serves no other host', async () => {
    expect(await at('app://tidings/%2e%2e/secret.txt')).toBeNull();
    expect(await at('app://tidings/..%2fsecret.txt')).toBeNull();
    expect(await at('app://other/index.html')).toBeNull();
  });

  it('answers nothing for a malformed escape rather than throwing', async () => {
    expect(await at('app://tidings/%E0%A4%A.js')).toBeNull();
  });
});
