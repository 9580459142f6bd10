// Vitest global setup: bundle the Node side (a fraction of a second) so CLI tests run today's
// code, and build the renderer once if it was never built (`tidings serve` needs it).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export default function setup(): void {
  const args = existsSync('dist/renderer/index.html') ? ['--node-only'] : [];
  execFileSync(process.execPath, ['scripts/build.mjs', ...args], { stdio: 'inherit' });
}
