// Launching the real desktop app for the test/shell/*.spec.ts specs. These need Electron's binary,
// which cannot be downloaded on machines without GitHub access; there every spec skips and says so.
import { _electron as electron, test, type ElectronApplication, type Page } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Bridge } from '../../../shared/contract';

/** The binary's path if it is on disk. Requiring 'electron' would try to download it instead. */
export function electronBinary(): string | null {
  const packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(packageDir, 'dist');
  const binary = join(distDir, relative);
  return existsSync(binary) ? binary : null;
}

export const binary = electronBinary();

/** Call at the top of each spec file: skips the file, with the reason printed once, when there is no binary. */
export function skipWithoutElectron(what: string): void {
  const reason = `Electron binary not installed (its download needs GitHub): ${what} skipped`;
  if (!binary) console.log(reason);
  test.skip(!binary, reason);
}

/** Chromium will not start as root without this (containers, CI). */
export const sandboxArgs = process.getuid?.() === 0 ? ['--no-sandbox'] : [];

/** A library folder of its own for one launch (or several launches of the same "installation"). */
export function tempHome(): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), 'tidings-shell-'));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

export function appEnv(home: string): Record<string, string> {
  const env = Object.fromEntries(Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined));
  return { ...env, TIDINGS_HOME: home };
}

export interface RunningApp {
  app: ElectronApplication;
  window: Page;
  close(): Promise<void>;
}

/** The app on this checkout (`electron .`, as `npm start` runs it), on the library in `home`. */
export async function launchApp(home: string, extraArgs: readonly string[] = []): Promise<RunningApp> {
  const app = await electron.launch({ executablePath: binary!, args: ['.', ...sandboxArgs, ...extraArgs], env: appEnv(home) });
  const window = await app.firstWindow();
  await window.getByRole('navigation', { name: 'Subscriptions' }).waitFor();
  return { app, window, close: () => app.close() };
}

/** Window events and the shell's own console output, for when a spec fails. */
export function echoConsole(page: Page): void {
  page.on('console', (message) => {
    if (message.type() === 'error') console.log(`[page] ${message.text()}`);
  });
}

/** The page's globals as the preload sets them, for code run inside the page. */
export type BridgeWindow = Window & { tidings: Bridge };
