// The Electron shell, launched for real. These need Electron's binary, which cannot be downloaded
// on machines without GitHub access; there they skip and say so.
import { _electron as electron, expect, test } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** The binary's path if it is on disk. Requiring 'electron' would try to download it instead. */
function electronBinary(): string | null {
  const packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(packageDir, 'dist');
  const binary = join(distDir, relative);
  return existsSync(binary) ? binary : null;
}

const binary = electronBinary();
const skipReason = 'Electron binary not installed (its download needs GitHub): Electron shell launch tests skipped';
if (!binary) console.log(skipReason);
test.skip(!binary, skipReason);

test('opens one window with the three panes, served from app:// with no Node in the page', async () => {
  const home = mkdtempSync(join(tmpdir(), 'tidings-shell-'));
  const app = await electron.launch({ executablePath: binary!, args: ['.'], env: { ...process.env, TIDINGS_HOME: home } });
  try {
    const window = await app.firstWindow();
    await expect(window.getByRole('navigation', { name: 'Subscriptions' })).toBeVisible();
    expect(window.url()).toMatch(/^app:\/\/tidings\//);
    expect(await window.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    expect(await window.evaluate(() => typeof (globalThis as { tidings?: unknown }).tidings)).toBe('object');
  } finally {
    await app.close();
    rmSync(home, { recursive: true, force: true });
  }
});
