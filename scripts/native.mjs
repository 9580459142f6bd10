// better-sqlite3 is a native addon, and Node and Electron need it built for different ABIs.
// We keep both side by side instead of rebuilding back and forth:
//   node      node_modules/better-sqlite3/build/Release/better_sqlite3.node (npm's own build)
//   electron  .native/electron-<version>/better_sqlite3.node (built here, passed to the driver
//             as `nativeBinding` by the shell)
// `node scripts/native.mjs node|electron` makes sure the one asked for exists and loads; it does
// nothing when it is already right, so `npm start` and `npm test` never undo each other.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const target = process.argv[2];
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function nodeBindingLoads() {
  const probe = spawnSync(process.execPath, ['-e', "new (require('better-sqlite3'))(':memory:').close()"], {
    cwd: root,
    encoding: 'utf8',
  });
  return probe.status === 0;
}

export function electronBindingPath(version) {
  return join(root, '.native', `electron-${version}`, 'better_sqlite3.node');
}

/** The Node-API module version a built binding registers itself with, or null if it is not one. */
function bindingAbi(file) {
  if (!existsSync(file)) return null;
  return /node_register_module_v(\d+)/.exec(readFileSync(file).toString('latin1'))?.[1] ?? null;
}

if (target === 'node') {
  if (!nodeBindingLoads()) {
    console.log('better-sqlite3 does not load in this Node; rebuilding it for Node (about 90 s)…');
    execFileSync(npm, ['rebuild', 'better-sqlite3'], { cwd: root, stdio: 'inherit' });
    if (!nodeBindingLoads()) throw new Error('better-sqlite3 still does not load after a rebuild');
  }
} else if (target === 'electron') {
  const version = require('electron/package.json').version;
  const out = electronBindingPath(version);
  const expected = readFileSync(join(root, 'node_modules', 'electron', 'abi_version'), 'utf8').trim();
  // Checked, not only found: a file that is not Electron's build (a stand-in left by an interrupted
  // packaging test, a truncated copy) is rebuilt rather than packaged or loaded.
  if (bindingAbi(out) !== expected) {
    console.log(`Building better-sqlite3 for Electron ${version} (once; needs the network for Electron's headers)…`);
    const work = join(root, '.native', 'build', 'better-sqlite3');
    rmSync(work, { recursive: true, force: true });
    mkdirSync(join(root, '.native', 'build'), { recursive: true });
    cpSync(join(root, 'node_modules', 'better-sqlite3'), work, {
      recursive: true,
      filter: (source) => !source.includes(`${join('better-sqlite3', 'build')}`),
    });
    // Called directly rather than through `npm run install`, so no nodedir from npm's config (set
    // here and on CI for Node's own headers) can make the build silently target Node's ABI.
    const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_config_/i.test(key)));
    const bin = (name) => join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);
    const electronTarget = [`--runtime=electron`, `--target=${version}`];
    const prebuilt = spawnSync(bin('prebuild-install'), [...electronTarget], { cwd: work, env, stdio: 'inherit' });
    const run =
      prebuilt.status === 0
        ? prebuilt
        : spawnSync(
            bin('node-gyp'),
            ['rebuild', '--release', ...electronTarget, '--dist-url=https://electronjs.org/headers'],
            { cwd: work, env, stdio: 'inherit' },
          );
    const binary = join(work, 'build', 'Release', 'better_sqlite3.node');
    if (run.status !== 0 || !existsSync(binary)) {
      rmSync(join(root, '.native', 'build'), { recursive: true, force: true });
      console.error(
        'Could not build better-sqlite3 for Electron. `npm start` needs the network once for this ' +
          '(prebuilt binaries or Electron headers); `npm test` does not need it. Run `npm start` again when ' +
          'you are online; meanwhile `npm run serve` opens the same app in your browser, offline.',
      );
      process.exit(1);
    }
    const built = bindingAbi(binary);
    if (built !== expected) {
      console.error(`The build came out for ABI ${built}, not Electron's ${expected}; not using it.`);
      process.exit(1);
    }
    mkdirSync(join(out, '..'), { recursive: true });
    copyFileSync(binary, out);
    rmSync(join(root, '.native', 'build'), { recursive: true, force: true });
  }
  // `npm run dist` packages every .native/electron-*/better_sqlite3.node (electron-builder.yml's
  // extraResources): keep only this Electron's, so an upgrade does not ship the old one too.
  for (const entry of readdirSync(join(root, '.native'))) {
    if (entry.startsWith('electron-') && entry !== `electron-${version}`) rmSync(join(root, '.native', entry), { recursive: true, force: true });
  }
} else {
  console.error('usage: node scripts/native.mjs node|electron');
  process.exit(2);
}
