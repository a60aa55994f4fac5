/**
 * Where sync files live: a folder another tool keeps in step between computers, or a WebDAV
 * server. Paths are relative to the `waymark-sync/` folder on the target: `keyinfo` and
 * `<deviceId>/<file>`. A transport moves bytes only; it knows nothing of Yjs or encryption.
 */
export interface SyncTransport {
  /** Says where, in words, for the state line in Settings. */
  readonly where: string;
  /** The device folders on the target (names only); none when the target is empty. */
  listDevices(): Promise<string[]>;
  /** The complete files of one device folder (temporary names are left out). */
  listFiles(deviceId: string): Promise<string[]>;
  /** A file's bytes, or null when it is not there (any more). */
  read(path: string): Promise<Uint8Array | null>;
  /** Writes under a temporary name, then renames it into place, so nobody reads half a file. */
  write(path: string, bytes: Uint8Array): Promise<void>;
  /** Removes a file; one that is already gone is not an error. */
  remove(path: string): Promise<void>;
}

/** A problem reaching the target, said so a person knows what to do. */
export class SyncTransportError extends Error {
  constructor(
    message: string,
    readonly kind: 'auth' | 'not_found' | 'network' | 'refused' | 'other',
  ) {
    super(message);
    this.name = 'SyncTransportError';
  }
}

export const KEYINFO = 'keyinfo';
const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

export function isSafeName(name: string): boolean {
  return SAFE_NAME.test(name) && !name.includes('..');
}

/** Temporary names start with a dot, so listings and other computers skip them. */
export function isTemporaryName(name: string): boolean {
  return name.startsWith('.');
}

/**
 * The only transport the engine writes through: it refuses any write or removal outside this
 * computer's own folder (and the first `keyinfo`), so another computer's files are never touched.
 */
export function ownFolderOnly(transport: SyncTransport, deviceId: string): SyncTransport {
  const own = (path: string, allowKeyinfo: boolean) => {
    const [folder, file, ...rest] = path.split('/');
    const ok =
      (allowKeyinfo && path === KEYINFO) ||
      (folder === deviceId && file !== undefined && isSafeName(file) && rest.length === 0);
    if (!ok) {
      throw new SyncTransportError(
        `Waymark only writes to this computer's own sync folder (${deviceId}); it refused to touch ${path}.`,
        'refused',
      );
    }
  };
  return {
    where: transport.where,
    listDevices: () => transport.listDevices(),
    listFiles: (device) => transport.listFiles(device),
    read: (path) => transport.read(path),
    async write(path, bytes) {
      own(path, true);
      await transport.write(path, bytes);
    },
    async remove(path) {
      own(path, false);
      await transport.remove(path);
    },
  };
}
