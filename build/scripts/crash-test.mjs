// `npm run crash-test -- --kills 2000`: the crash test of `npm test` (200 kills), as long as you like.
// `npm run crash-test -- --damage-wal --kills 500`: after each kill, the write-ahead log is
// overwritten with random bytes, and each open must find it (the `npm test` run does 40).
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const damageWal = args.includes('--damage-wal');
const index = args.findIndex((arg) => arg === '--kills' || arg.startsWith('--kills='));
const raw =
  index < 0 ? '2000' : args[index].includes('=') ? args[index].split('=')[1] : args[index + 1];
const kills = Number(raw);
if (!Number.isInteger(kills) || kills < 1) {
  console.error(`--kills must be a whole number of at least 1, not "${raw}".`);
  process.exit(2);
}
console.log(
  damageWal
    ? `Killing a saving Waymark process ${kills} times, damaging its write-ahead log after each…`
    : `Killing a saving Waymark process ${kills} times…`,
);
const run = spawnSync(
  join(root, 'node_modules', '.bin', 'vitest'),
  [
    'run',
    '-c',
    'tests/vitest.config.ts',
    'tests/unit/crash.test.ts',
    '-t',
    damageWal ? 'damaged write-ahead log' : 'loses no acknowledged save',
  ],
  {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...process.env,
      [damageWal ? 'WAYMARK_CRASH_DAMAGE_KILLS' : 'WAYMARK_CRASH_KILLS']: String(kills),
    },
  },
);
process.exit(run.status ?? 1);
