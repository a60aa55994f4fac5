import { createServer, type AddressInfo } from 'node:net';
import { v2 as webdav } from 'webdav-server';

/** A port nothing listens on right now, chosen by the system. */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** A real WebDAV server on 127.0.0.1, on a port the system picks, with one user `ana`. */
export async function startWebDav(
  password: string,
): Promise<{ url: string; stop: () => Promise<void> }> {
  const users = new webdav.SimpleUserManager();
  const user = users.addUser('ana', password, false);
  const privileges = new webdav.SimplePathPrivilegeManager();
  privileges.setRights(user, '/', ['all']);
  const server = new webdav.WebDAVServer({
    httpAuthentication: new webdav.HTTPBasicAuthentication(users, 'test'),
    privilegeManager: privileges,
    requireAuthentification: true,
    hostname: '127.0.0.1',
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.start(port, () => resolve()));
  return {
    url: `http://127.0.0.1:${port}/`,
    stop: () => new Promise((resolve) => server.stop(() => resolve())),
  };
}
