// Builds everything that runs: the CLI and web host (Node), the Electron main process and its
// sandboxed preload, and the renderer. Node-side code is bundled with esbuild; dependencies stay
// in node_modules (better-sqlite3 is native and must be loaded from there).
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const only = process.argv.includes('--node-only') ? 'node' : 'all';

if (only === 'all') rmSync(`${root}/dist`, { recursive: true, force: true, maxRetries: 3 });

const node = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  packages: 'external',
};

// The CLI and the workers carry their small pure-JS dependencies inside the bundle: loading them
// from node_modules file by file (zod alone is dozens of modules) was most of a command's start.
// The native module stays outside, and so do the libraries loaded only on first need. iconv-lite
// loads its charset tables when a legacy charset is first decoded; bundled, they were 550 KB of the
// parse worker's 880 KB and of the CLI's core, compiled by every thread that loaded them.
const selfContained = {
  ...node,
  packages: undefined,
  external: ['better-sqlite3', 'jschardet', 'linkedom', '@mozilla/readability', 'iconv-lite'],
  // Bundled CommonJS dependencies require Node's own modules.
  banner: { js: "import { createRequire as __tidingsRequire } from 'node:module'; const require = __tidingsRequire(import.meta.url);" },
  outdir: 'dist',
  format: 'esm',
  outExtension: { '.js': '.mjs' },
};

await Promise.all([
  esbuild({
    ...selfContained,
    // Split at cli.ts's import() of each command: a command loads the core and its own code, not the
    // other commands' (the web host, import and export, sync…). The chunks sit beside cli.mjs, so
    // that code finding files from import.meta.url (version.ts, renderer-dir.ts, the workers) finds them.
    entryPoints: { cli: 'electron/cli.ts' },
    splitting: true,
    chunkNames: 'cli-[name]-[hash]',
    metafile: true,
  }).then(({ metafile }) => removeStaleChunks(Object.keys(metafile.outputs))),
  esbuild({
    ...selfContained,
    entryPoints: {
      'parse-worker': 'electron/core/workers/parse-worker.ts',
      'store-worker': 'electron/core/workers/store-worker.ts',
      'search-worker': 'electron/core/workers/search-worker.ts',
      'fulltext-worker': 'electron/core/fulltext/extract-worker.ts',
      'import-worker': 'electron/core/library/import-worker.ts',
    },
  }),
  esbuild({
    ...node,
    // main: the Electron main process; core: the utilityProcess that runs the core (core-process.ts).
    entryPoints: { main: 'electron/shell/main.ts', core: 'electron/shell/core-process.ts' },
    outdir: 'dist/shell',
    format: 'esm',
    outExtension: { '.js': '.mjs' },
    external: ['electron'],
  }),
  // A sandboxed preload can require only 'electron': everything else is bundled in, as CommonJS.
  esbuild({
    ...node,
    packages: undefined,
    entryPoints: { preload: 'electron/shell/preload.ts' },
    outdir: 'dist/shell',
    format: 'cjs',
    outExtension: { '.js': '.cjs' },
    external: ['electron'],
  }),
]);

/**
 * The CLI's chunks have a hash in their names: an earlier build's must not pile up beside the new
 * ones. Removed after the build, so that a command running meanwhile still finds the chunks it loads.
 */
function removeStaleChunks(outputs) {
  const fresh = new Set(outputs.map((output) => output.replace(/^dist\//, '')));
  for (const name of readdirSync(`${root}/dist`)) {
    if (/^cli-.*\.mjs(\.map)?$/.test(name) && !fresh.has(name)) rmSync(`${root}/dist/${name}`, { force: true });
  }
}

// The tray icon (tray@2x for high-density screens), from the PNGs scripts/icons.mjs renders.
mkdirSync(`${root}/dist/shell`, { recursive: true });
copyFileSync(`${root}/build/icons/32x32.png`, `${root}/dist/shell/tray.png`);
copyFileSync(`${root}/build/icons/64x64.png`, `${root}/dist/shell/tray@2x.png`);

if (only === 'all') {
  await viteBuild({ configFile: `${root}/vite.config.ts`, logLevel: 'warn' });
}
console.log(`built ${only === 'all' ? 'node side and renderer' : 'node side'} into dist/`);
