#!/usr/bin/env node
// The `tidings` command: runs the bundled CLI (built by `npm run build`, also run on install).
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli.mjs', import.meta.url);
if (!existsSync(cli)) {
  process.stderr.write('tidings: not built yet; run `npm run build` in the Tidings folder first\n');
  process.exit(1);
}
await import(cli.href);
