import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { isSafeName, isTemporaryName, SyncTransportError, type SyncTransport } from './transport';

export const SYNC_FOLDER = 'waymark-sync';

function failure(error: unknown, root: string): SyncTransportError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') {
    return new SyncTransportError(
      `Waymark may not write in the sync folder ${root}. Check the folder's permissions, or choose another folder.`,
      'auth',
    );
  }
  if (code === 'ENOSPC') {
    return new SyncTransportError(
      `The disk holding the sync folder ${root} is full. Free some room, then sync again.`,
      'other',
    );
  }
  return new SyncTransportError(
    `The sync folder ${root} could not be used (${code ?? String(error)}). Check that it is still there (a USB stick may be unplugged).`,
    'network',
  );
}

/**
 * A folder kept in step by another tool (Syncthing, a Nextcloud client, Dropbox, a USB stick).
 * Waymark keeps everything in `<folder>/waymark-sync/`.
 */
export function folderTransport(folder: string): SyncTransport {
  const root = join(folder, SYNC_FOLDER);
  const full = (path: string) => {
    const parts = path.split('/');
    if (!parts.every(isSafeName)) {
      throw new SyncTransportError(
        `${path} is not a name Waymark uses in a sync folder.`,
        'refused',
      );
    }
    return join(root, ...parts);
  };

  async function names(dir: string, wantDirs: boolean): Promise<string[]> {
    try {
      const found = await readdir(dir, { withFileTypes: true });
      return found
        .filter((item) => (wantDirs ? item.isDirectory() : item.isFile()))
        .map((item) => item.name)
        .filter((name) => !isTemporaryName(name) && isSafeName(name));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw failure(error, folder);
    }
  }

  return {
    where: `the folder ${folder}`,
    listDevices: () => names(root, true),
    listFiles: (deviceId) => names(full(deviceId), false),
    async read(path) {
      try {
        return new Uint8Array(await readFile(full(path)));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw failure(error, folder);
      }
    },
    async write(path, bytes) {
      const target = full(path);
      const temporary = join(dirname(target), `.${randomBytes(6).toString('hex')}.tmp`);
      try {
        await mkdir(dirname(target), { recursive: true });
        await writeFile(temporary, bytes, { flush: true });
        await rename(temporary, target);
      } catch (error) {
        await rm(temporary, { force: true }).catch(() => undefined);
        throw failure(error, folder);
      }
    },
    async remove(path) {
      try {
        await rm(full(path), { force: true });
      } catch (error) {
        throw failure(error, folder);
      }
    },
  };
}
