// `npm run typecheck`: each part of the house against what it may use. The shared layer and the
// contract see neither Node nor the DOM; the main process sees Node and no DOM; the window sees the
// DOM and no Node; tests and build scripts see both. All four run, and every error is shown.
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const PROJECTS = [
  'tsconfig.shared.json',
  'tsconfig.main.json',
  'tsconfig.renderer.json',
  'tsconfig.json',
];

let failed = 0;
for (const project of PROJECTS) {
  const run = spawnSync(process.execPath, [tsc, '--noEmit', '-p', project], {
    cwd: root,
    stdio: 'inherit',
  });
  if (run.status !== 0) {
    failed++;
    console.error(`Typecheck failed: ${project}`);
  }
}
process.exit(failed > 0 ? 1 : 0);
