// `npm run dist` for real, as far as it goes without the network: electron-builder runs on the
// project's own configuration for Linux, unpacked ("dir"), with a stand-in Electron folder in place of
// the download from GitHub, and the deb's metadata step (maintainer, homepage, desktop entry) run on
// the same packager. What comes out is checked: the app.asar's contents, the Electron build of
// better-sqlite3 next to it, the fuses flipped in the binary, and the project's own Node build of
// better-sqlite3 untouched and loading (electron-builder's default rebuild would replace it).
//
// The stand-in: electron-builder copies an unpacked electronDist folder as the app, renames its
// `electron` executable to the app's, moves LICENSE to LICENSE.electron.txt, writes resources/app.asar
// and then flips the fuses, which finds the fuse wire after @electron/fuses' sentinel in the binary
// (app-builder-lib: electron/ElectronFramework.js, platformPackager.js). So the stand-in executable is a
// script holding that sentinel and an eight-fuse wire in Electron's default states.
import { extractFile, listPackage } from '@electron/asar';
import { getCurrentFuseWire } from '@electron/fuses';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { getConfig } from 'app-builder-lib/out/util/config/config';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nativeBindingPath } from '../../electron/shell/native-binding';
import { tempDir } from '../support/temp';

const root = process.cwd();
const require = createRequire(import.meta.url);
const electronVersion = (require('electron/package.json') as { version: string }).version;
const nodeBinding = join(root, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
const electronBinding = nativeBindingPath({ packaged: false, resourcesPath: '', appRoot: root, electronVersion });

const sentinel = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Fuse states as bytes: '0' off, '1' on. Electron's defaults: RunAsNode, NodeOptions, Inspect, FileProtocol on. */
const defaultWire = '10110001';
const fuseOrder = [
  'runAsNode',
  'enableCookieEncryption',
  'enableNodeOptionsEnvironmentVariable',
  'enableNodeCliInspectArguments',
  'enableEmbeddedAsarIntegrityValidation',
  'onlyLoadAppFromAsar',
  'loadBrowserProcessSpecificV8Snapshot',
  'grantFileProtocolExtraPrivileges',
] as const;

const sha256 = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');

function makeStandInElectron(dir: string): void {
  mkdirSync(join(dir, 'resources'), { recursive: true });
  mkdirSync(join(dir, 'locales'), { recursive: true });
  writeFileSync(join(dir, 'locales', 'en-US.pak'), '');
  writeFileSync(join(dir, 'LICENSE'), 'stand-in for Electron’s licence\n');
  const wire = Buffer.concat([Buffer.from(`#!/bin/sh\n# ${sentinel}`, 'latin1'), Buffer.from([1, defaultWire.length]), Buffer.from(`${defaultWire}\n`, 'latin1')]);
  writeFileSync(join(dir, 'electron'), Buffer.concat([wire, Buffer.from('echo "stand-in Electron: no binary on this machine" >&2\nexit 1\n')]));
  chmodSync(join(dir, 'electron'), 0o755);
}

interface DebMetadata {
  maintainer: string;
  url: string;
  vendor: string;
  desktopFileName: string;
  desktopEntry: string;
}

describe('npm run dist, for Linux, with a stand-in Electron', () => {
  const work = tempDir('tidings-dist-');
  const output = join(work.path, 'release');
  const standIn = join(work.path, 'electron');
  const unpacked = join(output, 'linux-unpacked');
  const resources = join(unpacked, 'resources');
  let placed: string | null = null;
  let nodeBindingBefore = '';
  let buildError: unknown = null;
  let deb: DebMetadata | Error | null = null;

  beforeAll(async () => {
    const config = await getConfig(root, null, null);
    // With the rebuild on, electron-builder would rebuild better-sqlite3 inside this very project's
    // node_modules (and reach for Electron's headers on the network): never run it like that here.
    if (config.npmRebuild !== false) {
      buildError = new Error('electron-builder.yml must set npmRebuild: false (see its comment); not building');
      return;
    }
    makeStandInElectron(standIn);
    // The Electron build of better-sqlite3 is packaged from .native (scripts/native.mjs makes it); this
    // machine cannot build it, so a placeholder stands in, removed afterwards. native.mjs checks the
    // ABI of what it finds there, so a placeholder left by an interrupted run is rebuilt, never used.
    if (!existsSync(electronBinding)) {
      // The outermost folder made here is the one removed afterwards (.native itself if it was not there).
      placed = join(root, '.native');
      if (existsSync(placed)) placed = join(electronBinding, '..');
      mkdirSync(join(electronBinding, '..'), { recursive: true });
      writeFileSync(electronBinding, 'placeholder for better-sqlite3 built for Electron (packaging test)\n');
    }
    nodeBindingBefore = sha256(nodeBinding);
    const { build, Platform, archFromString } = await import('electron-builder');
    const { default: FpmTarget } = await import('app-builder-lib/out/targets/FpmTarget');
    const { LinuxTargetHelper } = await import('app-builder-lib/out/targets/LinuxTargetHelper');
    try {
      await build({
        projectDir: root,
        targets: Platform.LINUX.createTarget('dir', archFromString(process.arch)),
        publish: 'never',
        config: {
          electronDist: standIn,
          directories: { output },
          // The deb target's own checks and desktop entry, on the packager that just packed the app;
          // fpm itself would be downloaded, so the .deb is not assembled.
          afterPack: async (context) => {
            const packager = context.packager as InstanceType<typeof import('electron-builder').LinuxPackager>;
            const helper = new LinuxTargetHelper(packager);
            const target = new FpmTarget('deb', packager, helper, context.outDir);
            try {
              const meta = (await target.checkOptions()) as { maintainer: string; url: string; vendor: string };
              deb = { ...meta, desktopFileName: helper.getDesktopFileName(), desktopEntry: await helper.computeDesktopEntry(target.options) };
            } catch (error) {
              deb = error instanceof Error ? error : new Error(String(error));
            }
          },
        },
      });
    } catch (error) {
      buildError = error;
    }
  }, 180_000);

  afterAll(() => {
    if (placed) rmSync(placed, { recursive: true, force: true });
    work.remove();
  });

  it('packs the app without an error', () => {
    expect(buildError === null ? null : String(buildError)).toBeNull();
    expect(existsSync(join(unpacked, 'tidings'))).toBe(true);
  });

  it('has what the deb needs: a maintainer with an email, a homepage, a desktop entry matching the window class', () => {
    expect(deb instanceof Error ? deb.message : null).toBeNull();
    const meta = deb as DebMetadata;
    expect(meta.maintainer).toMatch(/^.+ <[^@\s]+@[^@\s]+>$/);
    expect(meta.url).toMatch(/^https:\/\//);
    // Electron names the window (WM_CLASS, Wayland app_id) after package.json's desktopName.
    const { desktopName } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { desktopName: string };
    const windowClass = desktopName.replace(/\.desktop$/, '');
    expect(meta.desktopFileName).toBe(windowClass);
    expect(meta.desktopEntry).toContain(`\nStartupWMClass=${windowClass}\n`);
    expect(meta.desktopEntry).toContain('\nMimeType=x-scheme-handler/feed;x-scheme-handler/feeds;x-scheme-handler/tidings;');
  });

  it('packs the built app and better-sqlite3’s JavaScript, not its sources or its Node build', () => {
    const files = listPackage(join(resources, 'app.asar'), { isPack: false }).map((file) => file.replaceAll('\\', '/'));
    for (const file of ['/package.json', '/dist/shell/main.mjs', '/dist/shell/core.mjs', '/dist/shell/preload.cjs', '/dist/renderer/index.html', '/node_modules/better-sqlite3/lib/index.js']) {
      expect(files, file).toContain(file);
    }
    const sqlite = files.filter((file) => file.startsWith('/node_modules/better-sqlite3/'));
    expect(sqlite.filter((file) => /^\/node_modules\/better-sqlite3\/(deps|src|build)(\/|$)/.test(file))).toEqual([]);
    expect(files.filter((file) => /\.(map|node|d\.ts)$/.test(file))).toEqual([]);
    expect(existsSync(join(resources, 'app.asar.unpacked'))).toBe(false);
    const packed = JSON.parse(extractFile(join(resources, 'app.asar'), 'package.json').toString('utf8')) as { desktopName?: string; main: string };
    expect(packed.desktopName).toBe('tidings.desktop');
  });

  it('puts the Electron build of better-sqlite3 next to app.asar, where the packaged app looks for it', () => {
    const packaged = nativeBindingPath({ packaged: true, resourcesPath: resources, appRoot: '/nowhere', electronVersion });
    expect(existsSync(packaged), packaged).toBe(true);
    expect(sha256(packaged)).toBe(sha256(electronBinding));
  });

  it('leaves the project’s Node build of better-sqlite3 as it was, still loading in Node', () => {
    expect(sha256(nodeBinding)).toBe(nodeBindingBefore);
    expect(() =>
      execFileSync(process.execPath, ['-e', "new (require('better-sqlite3'))(':memory:').close()"], { cwd: root, stdio: 'pipe' }),
    ).not.toThrow();
  });

  it('flips the fuses in the app’s binary as electron-builder.yml asks', async () => {
    const config = await getConfig(root, null, null);
    const wire = (await getCurrentFuseWire(join(unpacked, 'tidings'))) as unknown as Record<number, number>;
    const fuses = config.electronFuses as Record<(typeof fuseOrder)[number], boolean>;
    fuseOrder.forEach((name, index) => {
      expect(String.fromCharCode(wire[index] ?? 0), name).toBe(fuses[name] ? '1' : '0');
    });
  });
});
