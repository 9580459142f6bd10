// The packaging configuration (electron-builder.yml), read the way electron-builder reads it and
// checked against electron-builder's own JSON schema. Also: every file it names exists, the fuses
// are set as docs/security.md says, the URL schemes match the ones the shell registers at run time,
// and the identities the shell assumes (app id, desktopName) are the ones packaged.
// packaging-build.test.ts runs electron-builder itself on it.
import Ajv from 'ajv';
import { getConfig } from 'app-builder-lib/out/util/config/config';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { appUserModelId } from '../../electron/shell/app-identity';
import { subscribeSchemes } from '../../electron/shell/open-requests';

type Config = Awaited<ReturnType<typeof getConfig>>;
const root = process.cwd();
let config: Config;

beforeAll(async () => {
  config = await getConfig(root, null, null);
});

/** A PNG's size from its IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function asList<T>(value: T | T[] | null | undefined): T[] {
  if (value === null || value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** A target list's names, whether written as strings or as {target} objects. */
function targetNames(targets: unknown): string[] {
  return asList(targets as unknown[]).map((target) =>
    typeof target === 'string' ? target : String((target as { target: string }).target),
  );
}

describe('electron-builder configuration', () => {
  it('is found in electron-builder.yml and matches electron-builder’s JSON schema', () => {
    const schema = JSON.parse(readFileSync(join(root, 'node_modules/app-builder-lib/scheme.json'), 'utf8')) as object;
    // As electron-builder validates (strict off for its schema's own "typeof" keyword), minus type coercion.
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    const valid = validate(config);
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
    expect(valid).toBe(true);
  });

  it('names the app, its categories and its packages for each system', () => {
    expect(config.appId).toBe('app.tidings.desktop');
    expect(config.productName).toBe('Tidings');
    expect(config.linux?.category).toBe('Network');
    expect((config.linux?.desktop?.entry as Record<string, string> | undefined)?.Categories).toBe('Network;Feed;News;');
    expect(config.mac?.category).toBe('public.app-category.news');
    expect(targetNames(config.linux?.target).sort()).toEqual(['AppImage', 'deb']);
    expect(targetNames(config.mac?.target).sort()).toEqual(['dmg', 'zip']);
    expect(targetNames(config.win?.target)).toEqual(['nsis']);
  });

  it('opens .opml files and registers the same URL schemes the shell handles', () => {
    expect(asList(config.fileAssociations).flatMap((association) => asList(association.ext))).toEqual(['opml']);
    const schemes = asList(config.protocols).flatMap((protocol) => protocol.schemes);
    expect(schemes.sort()).toEqual([...subscribeSchemes].sort());
    expect(config.linux?.mimeTypes?.sort()).toEqual(subscribeSchemes.map((scheme) => `x-scheme-handler/${scheme}`).sort());
  });

  it('sets the Electron fuses: no Node mode, no inspector, no NODE_OPTIONS, encrypted cookies, the app only from a checked asar', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
      loadBrowserProcessSpecificV8Snapshot: false,
      // Flipping fuses voids macOS's ad-hoc signature; Apple Silicon will not run the binary without one.
      resetAdHocDarwinSignature: true,
    });
  });

  it('packs only the built app and package.json (not the bench bundle, not better-sqlite3’s sources or Node build)', () => {
    const patterns = asList(config.files).flatMap((set) => (typeof set === 'string' ? [set] : asList(set.filter)));
    expect(patterns).toEqual([
      'dist/**/*',
      'package.json',
      '!dist/**/*.map',
      '!dist/bench/**',
      '!node_modules/better-sqlite3/{deps,src,build}/**',
      '!node_modules/better-sqlite3/binding.gyp',
      '!node_modules/**/*.{map,d.ts,d.mts,d.cts}',
    ]);
    // Nothing native inside or beside the asar from node_modules: the Electron build comes from .native.
    expect(asList(config.asarUnpack)).toEqual([]);
    // package.json's main must be inside what is packed.
    const main = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { main: string }).main;
    expect(main.startsWith('dist/')).toBe(true);
  });

  it('never rebuilds better-sqlite3 in the project, packaging the Electron build scripts/native.mjs keeps instead', () => {
    expect(config.npmRebuild).toBe(false);
    expect(asList(config.extraResources)).toEqual([{ from: '.native', to: 'native', filter: ['electron-*/better_sqlite3.node'] }]);
    const scripts = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts.dist).toMatch(/node scripts\/native\.mjs electron && electron-builder /);
  });

  it('names the .desktop file and its window class after package.json’s desktopName, as Electron names the window', () => {
    const metadata = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { desktopName?: string; author?: { email?: string }; homepage?: string };
    expect(metadata.desktopName).toBe('tidings.desktop');
    expect(config.linux?.syncDesktopName).toBe(true);
    // Left to electron-builder, which derives it from desktopName; a hand-written one would drift.
    expect((config.linux?.desktop?.entry as Record<string, string> | undefined)?.StartupWMClass).toBeUndefined();
  });

  it('gives Windows the app id the shell sets as its AppUserModelID', () => {
    expect(config.appId).toBe(appUserModelId);
  });

  it('refers only to files that exist: the icons at every size and the build folder', () => {
    expect(statSync(join(root, config.directories?.buildResources ?? 'build')).isDirectory()).toBe(true);
    expect(config.icon).toBeTruthy();
    expect(pngSize(join(root, config.icon as string))).toEqual({ width: 1024, height: 1024 });
    const linuxIcons = join(root, config.linux?.icon as string);
    const sizes = readdirSync(linuxIcons).map((name) => /^(\d+)x\1\.png$/.exec(name)?.[1]).filter(Boolean).map(Number);
    expect(sizes.sort((a, b) => a - b)).toEqual([16, 24, 32, 48, 64, 128, 256, 512, 1024]);
    for (const size of sizes) expect(pngSize(join(linuxIcons, `${size}x${size}.png`))).toEqual({ width: size, height: size });
    for (const association of asList(config.fileAssociations)) {
      if (association.icon) expect(existsSync(join(root, 'build', association.icon))).toBe(true);
    }
  });
});
