// Finds the Electron executable. Electron 45 downloads its binary on first use (no install script),
// so on a machine that cannot reach Electron's downloads this answers null instead of a path.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export function electronBinary() {
  const probe = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], {
    encoding: 'utf8',
    timeout: 120_000,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const path = probe.stdout?.trim();
  return probe.status === 0 && path && existsSync(path) ? path : null;
}
