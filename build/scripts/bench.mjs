// `npm run seed -- …` and `npm run bench [-- --quick]`: build what each needs, then run it with Node.
// The bench code is TypeScript that imports the app's services, so Vite bundles it (out/bench/).
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_HELP, findChromium } from './find-chromium.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const [command, ...args] = process.argv.slice(2);

function run(title, file, fileArgs, env = {}) {
  const result = spawnSync(process.execPath, [file, ...fileArgs], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  if (result.status !== 0) {
    if (title) console.error(`${title} failed.`);
    process.exit(result.status ?? 1);
  }
}

const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
const benchConfig = join(root, 'tests', 'bench', 'vite.config.ts');

if (command === 'seed') {
  run('Building the seed script', vite, ['build', '-c', benchConfig, '--mode', 'node']);
  run(null, join(root, 'out', 'bench', 'seed.js'), args);
} else if (command === 'run') {
  const electronVite = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  run('Building the app', electronVite, ['build', '--logLevel', 'warn']);
  run('Building the benchmarks', vite, ['build', '-c', benchConfig, '--mode', 'node']);
  run('Building the bare editor page', vite, ['build', '-c', benchConfig, '--mode', 'page']);
  const chromium = process.env.WAYMARK_CHROMIUM || findChromium();
  if (!chromium) console.error(CHROMIUM_HELP);
  run(
    null,
    join(root, 'out', 'bench', 'run.js'),
    args,
    chromium ? { WAYMARK_CHROMIUM: chromium } : {},
  );
} else {
  console.error('Usage: node build/scripts/bench.mjs seed|run [options]');
  process.exit(2);
}
