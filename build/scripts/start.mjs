// `npm start`: builds and launches the desktop app, or says in one sentence why it cannot.
import { spawn, spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronBinary } from './electron-binary.mjs';
import { ensureElectronNative } from './electron-native.mjs';
import { desktopNodeProblem } from './node-version.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const nodeProblem = desktopNodeProblem();
if (nodeProblem) {
  console.error(nodeProblem);
  process.exit(1);
}
const electron = electronBinary();
if (!electron) {
  console.error(
    'Waymark cannot start the desktop app here because the Electron binary could not be downloaded; run `npm run web` to use Waymark in your browser instead.',
  );
  process.exit(1);
}
try {
  ensureElectronNative(electron);
} catch (error) {
  console.error(
    `Waymark cannot start the desktop app: ${error.message} Run \`npm run web\` to use Waymark in your browser instead.`,
  );
  process.exit(1);
}
const build = spawnSync(
  process.execPath,
  [resolve(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'],
  { cwd: root, stdio: 'inherit' },
);
if (build.status !== 0) process.exit(build.status ?? 1);
const child = spawn(electron, ['.', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
