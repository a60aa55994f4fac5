// `npm run web -- [--data-dir DIR] [--port N]`: builds, then serves the browser edition.
import { spawn, spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WEB_NODE, atLeast } from './node-version.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
if (!atLeast(process.versions.node, WEB_NODE)) {
  console.error(
    `The browser edition needs Node.js ${WEB_NODE} or newer and this is Node.js ${process.versions.node}: install a newer Node (https://nodejs.org).`,
  );
  process.exit(1);
}
const build = spawnSync(
  process.execPath,
  [resolve(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build', '--logLevel', 'warn'],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
if (build.status !== 0) process.exit(build.status ?? 1);
const server = spawn(
  process.execPath,
  [resolve(root, 'out/main/web.js'), ...process.argv.slice(2)],
  { cwd: root, stdio: 'inherit' },
);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
