import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The SQLite driver (better-sqlite3-multiple-ciphers) must be compiled for each runtime's ABI. Node's build stays in
 * node_modules/better-sqlite3-multiple-ciphers/build; Electron's is kept apart in build/native/electron-<abi>/ (made
 * by `npm start`), so tests in Node and the desktop app never overwrite each other's copy. A packaged
 * app has the packager's Electron build in place and needs no override.
 */
export function electronNativeBinding(
  appRoot: string,
  isPackaged: boolean,
  abi = process.versions.modules,
): string | undefined {
  if (isPackaged) return undefined;
  const file = join(appRoot, 'build', 'native', `electron-${abi}`, 'better_sqlite3.node');
  if (!existsSync(file)) {
    throw new Error(
      `The database module for this Electron (ABI ${abi}) has not been built. Run "npm start", which builds it.`,
    );
  }
  return file;
}
