// Builds better-sqlite3-multiple-ciphers for Electron's ABI into build/native/electron-<abi>/, apart from the Node
// build that tests and the browser edition use, and proves the result loads inside Electron.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  return result.status === 0;
}

/** The ABI number Electron's own Node reports (process.versions.modules). */
export function electronAbi(electron) {
  const result = spawnSync(electron, ['-p', 'process.versions.modules'], {
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error('Electron did not report its ABI.');
  return result.stdout.trim();
}

/** Loads the addon in Electron's runtime: the only check that cannot be fooled by a wrong build. */
export function loadsInElectron(electron, file) {
  const script =
    `const D=require(${JSON.stringify(file)});` +
    "const db=new (require('better-sqlite3-multiple-ciphers'))(':memory:',{nativeBinding:" +
    JSON.stringify(file) +
    '});' +
    "db.prepare('select 1').get();console.log('ok')";
  const result = spawnSync(electron, ['-e', script], {
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    cwd: root,
    encoding: 'utf8',
  });
  return result.status === 0 && result.stdout.includes('ok');
}

export function ensureElectronNative(electron) {
  const abi = electronAbi(electron);
  const target = join(root, 'build', 'native', `electron-${abi}`, 'better_sqlite3.node');
  if (existsSync(target) && loadsInElectron(electron, target)) return target;

  const electronVersion = require('electron/package.json').version;
  const source = dirname(require.resolve('better-sqlite3-multiple-ciphers/package.json'));
  const work = mkdtempSync(join(tmpdir(), 'waymark-native-'));
  console.log(
    `Building the database module for Electron ${electronVersion} (ABI ${abi}); this happens once…`,
  );
  try {
    cpSync(source, work, { recursive: true, filter: (path) => !path.includes(`${source}/build`) });
    const nodeGyp = join(
      dirname(process.env.npm_execpath ?? require.resolve('npm')),
      '..',
      'node_modules',
      'node-gyp',
      'bin',
      'node-gyp.js',
    );
    const ok = run(
      process.execPath,
      [
        nodeGyp,
        'rebuild',
        '--release',
        `--target=${electronVersion}`,
        '--runtime=electron',
        '--dist-url=https://electronjs.org/headers',
      ],
      { cwd: work },
    );
    const built = join(work, 'build', 'Release', 'better_sqlite3.node');
    if (!ok || !existsSync(built))
      throw new Error(
        "Compiling better-sqlite3 for Electron failed (Electron's headers must be downloadable).",
      );
    mkdirSync(dirname(target), { recursive: true });
    cpSync(built, target);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  if (!loadsInElectron(electron, target)) {
    rmSync(target, { force: true });
    throw new Error('The module built for Electron does not load in Electron; it was removed.');
  }
  return target;
}
