// `npm start` (scripts/start.mjs) where Electron's binary cannot be downloaded: the download is
// pointed at a closed port on 127.0.0.1 with an empty cache, so it fails here whatever the network.
// Skipped where Electron is already downloaded: the script would then open the app.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp';
import { closedPort } from '../support/webhook-server';

const electronDir = join('node_modules', 'electron');
const pathFile = join(electronDir, 'path.txt');
const downloaded = existsSync(pathFile) && existsSync(join(electronDir, 'dist', readFileSync(pathFile, 'utf8')));

describe.skipIf(downloaded)('npm start without the network', () => {
  it('says it needs the network once and suggests npm run serve, not deleting node_modules', async () => {
    const cache = tempDir();
    try {
      const port = await closedPort();
      const run = spawnSync(process.execPath, ['scripts/start.mjs'], {
        encoding: 'utf8',
        env: { ...process.env, ELECTRON_MIRROR: `http://127.0.0.1:${port}/`, electron_config_cache: cache.path },
        timeout: 60_000,
      });
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/Could not download Electron's binary/);
      expect(run.stderr).toMatch(/`npm start` needs the network once/);
      expect(run.stderr).toMatch(/`npm run serve` opens the same app in your browser, offline/);
      expect(run.stderr + run.stdout).not.toMatch(/delete|node_modules/i);
      expect(existsSync(join(electronDir, 'dist'))).toBe(false);
    } finally {
      cache.remove();
    }
  });
});
