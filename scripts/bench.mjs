// `npm run bench`: the bench runs the code as it ships, bundled by esbuild like dist/cli.mjs (its
// worker threads load dist/parse-worker.mjs and dist/store-worker.mjs), not through tsx's
// on-the-fly transform, which keeps every function's name at a cost in every call.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
await build({
  absWorkingDir: root,
  entryPoints: ['test/bench/run.ts'],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  packages: 'external',
  sourcemap: true,
  outfile: 'dist/bench/run.mjs',
  logLevel: 'warning',
});
await import(new URL('../dist/bench/run.mjs', import.meta.url).href);
