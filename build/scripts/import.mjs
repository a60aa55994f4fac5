// `npm run import -- [--data-dir DIR] [--dry-run] PATH`: builds when the main process's sources
// are newer than the last build, then runs the import command (out/main/import-cli.js).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const entry = resolve(root, 'out/main/import-cli.js');

function newestChange(path) {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestChange(join(path, name)));
  return newest;
}

const sources = ['src-main', 'package.json', 'electron.vite.config.ts'].map((p) => join(root, p));
const stale =
  !existsSync(entry) || Math.max(...sources.map(newestChange)) > statSync(entry).mtimeMs;
if (stale) {
  const build = spawnSync(
    process.execPath,
    [
      resolve(root, 'node_modules/electron-vite/bin/electron-vite.js'),
      'build',
      '--logLevel',
      'warn',
    ],
    { cwd: root, stdio: 'inherit' },
  );
  if (build.status !== 0) process.exit(build.status ?? 1);
}
// npm runs scripts from the project folder; paths on the command line are the caller's.
const cli = spawn(process.execPath, [entry, ...process.argv.slice(2)], {
  cwd: process.env.INIT_CWD ?? process.cwd(),
  stdio: 'inherit',
});
// Ctrl+C reaches the import itself (same process group), which stops after the current batch.
process.on('SIGINT', () => {});
process.on('SIGTERM', () => cli.kill('SIGTERM'));
cli.on('exit', (code) => process.exit(code ?? 0));
