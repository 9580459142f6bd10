// The shell's two bundles, built with the options scripts/build.mjs uses. The main process starts
// before any window shows, so it must not load the reader's heavy libraries (they belong to the core
// process); the preload runs in every page load of a sandboxed renderer, so it must stay small — and
// it must still expose every contract call, which is checked by running the bundle the way Electron
// does: CommonJS, with only `electron` to require and the renderer's argv.
import { build, type Metafile } from 'esbuild';
import { runInNewContext } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { bridgeArgument } from '../../electron/shell/bridge-spec';
import { contractBridgeSpec } from '../../electron/shell/bridge-contract';
import {
  callNames,
  eventNames,
  ipcChannel,
  ipcEventChannel,
  ipcShellEventChannel,
  ipcShellListeningChannel,
  shellEventNames,
} from '../../shared/contract';

const node = { absWorkingDir: process.cwd(), bundle: true, platform: 'node', target: 'node20', write: false, logLevel: 'silent' } as const;

/** Every package the bundle imports at run time (packages stay external, as in the build). */
function externalPackages(metafile: Metafile): Set<string> {
  const found = new Set<string>();
  for (const input of Object.values(metafile.inputs)) for (const imported of input.imports) if (imported.external) found.add(imported.path);
  return found;
}

describe('the main process bundle', () => {
  let packages: Set<string>;
  let bytes = 0;

  beforeAll(async () => {
    const result = await build({
      ...node,
      packages: 'external',
      entryPoints: { main: 'electron/shell/main.ts' },
      outdir: 'dist/shell',
      format: 'esm',
      outExtension: { '.js': '.mjs' },
      external: ['electron'],
      metafile: true,
    });
    packages = externalPackages(result.metafile);
    bytes = result.outputFiles.reduce((sum, file) => sum + file.contents.byteLength, 0);
  });

  it('loads none of the reader’s parsing, extraction or storage libraries', () => {
    for (const heavy of ['linkedom', '@mozilla/readability', 'sanitize-html', 'iconv-lite', 'rss-parser', 'better-sqlite3']) {
      expect(packages, `main imports ${heavy}`).not.toContain(heavy);
    }
    expect(bytes).toBeLessThan(150_000);
  });
});

describe('the preload bundle', () => {
  let code = '';

  beforeAll(async () => {
    const result = await build({
      ...node,
      entryPoints: { preload: 'electron/shell/preload.ts' },
      outdir: 'dist/shell',
      format: 'cjs',
      outExtension: { '.js': '.cjs' },
      external: ['electron'],
    });
    code = result.outputFiles.find((file) => file.path.endsWith('.cjs'))?.text ?? '';
  });

  it('is small: no validation library, no contract table', () => {
    expect(code.length).toBeGreaterThan(0);
    expect(code.length).toBeLessThan(50_000);
    expect(code).not.toMatch(/zod/i);
  });

  /** Runs the bundle as a sandboxed preload: `require('electron')` only, and process.argv. */
  function runPreload(argv: string[]) {
    const exposed = new Map<string, Record<string, (...args: unknown[]) => unknown>>();
    const invoked: Array<[string, unknown]> = [];
    const sent: Array<[string, unknown]> = [];
    const listening: string[] = [];
    const electron = {
      contextBridge: { exposeInMainWorld: (key: string, api: Record<string, (...args: unknown[]) => unknown>) => void exposed.set(key, api) },
      ipcRenderer: {
        invoke: (channel: string, input: unknown) => {
          invoked.push([channel, input]);
          return Promise.resolve({ ok: true, value: null });
        },
        send: (channel: string, payload: unknown) => void sent.push([channel, payload]),
        on: (channel: string) => void listening.push(channel),
        removeListener: () => undefined,
      },
    };
    const module = { exports: {} };
    const require = (name: string): unknown => {
      if (name === 'electron') return electron;
      throw new Error(`a sandboxed preload cannot require ${name}`);
    };
    runInNewContext(code, { require, module, exports: module.exports, process: { argv } });
    return { exposed, invoked, sent, listening };
  }

  it('exposes one function per contract call, each invoking that call’s channel', async () => {
    const { exposed, invoked } = runPreload(['/opt/Tidings/tidings', '--type=renderer', bridgeArgument(contractBridgeSpec())]);
    const bridge = exposed.get('tidings') ?? {};
    expect(Object.keys(bridge).sort()).toEqual([...callNames].sort());
    for (const name of callNames) await bridge[name]?.({ probe: name });
    expect(invoked).toEqual(callNames.map((name) => [ipcChannel(name), { probe: name }]));
  });

  it('hears each shell event on its own channel from the shellEvents table, telling the shell it listens', () => {
    const { exposed, sent, listening } = runPreload([bridgeArgument(contractBridgeSpec())]);
    expect([...exposed.keys()].sort()).toEqual(['tidings', 'tidingsEvents']);
    const on = exposed.get('tidingsEvents')?.on as ((name: string, handler: () => void) => () => void) | undefined;
    for (const name of shellEventNames) expect(typeof on?.(name, () => undefined)).toBe('function');
    expect(listening).toEqual(shellEventNames.map((name) => ipcShellEventChannel(name)));
    expect(sent).toEqual(shellEventNames.map((name) => [ipcShellListeningChannel, name]));
  });

  it('hears nothing for a name in neither table, not even one every object has', () => {
    const { exposed, sent, listening } = runPreload([bridgeArgument(contractBridgeSpec())]);
    const on = exposed.get('tidingsEvents')?.on as ((name: string, handler: () => void) => () => void) | undefined;
    for (const name of ['constructor', '__proto__', 'toString', 'shell-event']) on?.(name, () => undefined);
    expect(listening).toEqual([]);
    expect(sent).toEqual([]);
  });

  it('hears each live event on its own channel from the events table, and stops when asked', () => {
    const { exposed, listening, sent } = runPreload([bridgeArgument(contractBridgeSpec())]);
    const on = exposed.get('tidingsEvents')?.on as ((name: string, handler: () => void) => () => void) | undefined;
    for (const name of eventNames) expect(typeof on?.(name, () => undefined)).toBe('function');
    expect(listening).toEqual(eventNames.map((name) => ipcEventChannel(name)));
    expect(sent).toEqual([]);
  });

  it('refuses to start without its bridge argument, saying why', () => {
    expect(() => runPreload(['/opt/Tidings/tidings'])).toThrow(/without its bridge argument/);
  });
});
