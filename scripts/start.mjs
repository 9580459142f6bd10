// `npm start`: opens the desktop app with Electron. Electron's binary is fetched on first launch
// (README: "Why Electron 45, pinned"); when that cannot happen (no network), this says so in plain
// words and points to `npm run serve`, the same app in a browser, instead of Electron's own advice
// to delete node_modules.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = join(root, 'node_modules', 'electron');

const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `Note: Node ${process.versions.node} runs the tests and \`tidings\`, but Electron 45's tools ask for Node 22.12 or newer;` +
      ' if the desktop app fails to start, use a newer Node for `npm start`.',
  );
}

function electronBinary() {
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8'));
  return existsSync(binary) ? binary : null;
}

function fetchElectron() {
  console.log('Downloading Electron (once; about 100 MB)…');
  const run = spawnSync(process.execPath, [join(electronDir, 'install.js')], { cwd: electronDir, encoding: 'utf8' });
  const why = `${run.stderr ?? ''}`.split('\n').find((line) => /error|failed/i.test(line))?.trim();
  return { ok: run.status === 0 && electronBinary() !== null, why };
}

let binary = electronBinary();
if (!binary) {
  const fetched = fetchElectron();
  binary = electronBinary();
  if (!fetched.ok || !binary) {
    console.error(
      [
        `Could not download Electron's binary${fetched.why ? ` (${fetched.why})` : ''}.`,
        '`npm start` needs the network once, to fetch Electron; nothing needs reinstalling.',
        'Run `npm start` again when you are online. Meanwhile `npm run serve` opens the same app in your browser, offline.',
      ].join('\n'),
    );
    process.exit(1);
  }
}

const child = spawn(binary, ['.', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
