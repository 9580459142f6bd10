// The main process's start-up, run for real under Node: main.ts bundled as the build does, with a
// stand-in `electron` (support/electron-stand-in.mjs) that records what is asked of it before ready.
// Windows shows toasts only for the AppUserModelID the installer's shortcut carries, and the id must
// be set before the app is ready.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUserModelId } from '../../electron/shell/app-identity';
import { tempDir } from '../support/temp';

const standIn = fileURLToPath(new URL('./support/electron-stand-in.mjs', import.meta.url));
type Call = [string, ...unknown[]];

describe('the main process before ready', () => {
  const dir = tempDir('tidings-main-start-');
  const bundle = join(dir.path, 'main.mjs');

  beforeAll(async () => {
    await build({
      absWorkingDir: process.cwd(),
      entryPoints: ['electron/shell/main.ts'],
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'esm',
      outfile: bundle,
      logLevel: 'silent',
      plugins: [{ name: 'electron-stand-in', setup: (b) => b.onResolve({ filter: /^electron$/ }, () => ({ path: standIn })) }],
    });
  });
  afterAll(() => dir.remove());

  /** Starts the bundle as if on `platform`; answers what it asked of Electron. */
  function start(platform: NodeJS.Platform): Call[] {
    const script = `Object.defineProperty(process, 'platform', { value: ${JSON.stringify(platform)} }); await import(${JSON.stringify(`file://${bundle}`)}); setTimeout(() => process.exit(0), 50);`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      env: { ...process.env, TIDINGS_HOME: join(dir.path, 'home') },
      encoding: 'utf8',
    });
    return JSON.parse(out.trim().split('\n').pop() ?? '[]') as Call[];
  }

  it('sets the AppUserModelID the NSIS shortcut carries on Windows, before ready', () => {
    const calls = start('win32');
    const set = calls.findIndex(([name]) => name === 'app.setAppUserModelId');
    expect(calls[set]).toEqual(['app.setAppUserModelId', appUserModelId]);
    expect(set).toBeLessThan(calls.findIndex(([name]) => name === 'app.whenReady'));
  });

  it('leaves it alone elsewhere', () => {
    const calls = start('linux');
    expect(calls.some(([name]) => name === 'app.whenReady')).toBe(true);
    expect(calls.some(([name]) => name === 'app.setAppUserModelId')).toBe(false);
  });
});
