import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export const JOURNAL_FILE = 'waymark.sqlite';

/** The folder a desktop app named Waymark gets from the OS (what Electron calls userData). */
export function platformDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home = homedir(),
): string {
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Waymark');
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Waymark');
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), 'Waymark');
}

/** Reads `--data-dir DIR` or `--data-dir=DIR` from the arguments, if given. */
export function dataDirFromArgs(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--data-dir') return argv[i + 1];
    if (arg.startsWith('--data-dir=')) return arg.slice('--data-dir='.length);
  }
  return undefined;
}

/** Order of precedence: `--data-dir`, then `WAYMARK_DATA_DIR`, then the platform's default. */
export function resolveDataDir(options: {
  argv: readonly string[];
  env: NodeJS.ProcessEnv;
  fallback: string;
}): string {
  const chosen = dataDirFromArgs(options.argv) ?? options.env.WAYMARK_DATA_DIR ?? options.fallback;
  return resolve(chosen);
}
