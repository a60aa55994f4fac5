import { createHash } from 'node:crypto';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const SOURCES = [join(ROOT, 'src-main'), join(ROOT, 'tests', 'unit', 'child')];

function fingerprint(): string {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      const stats = statSync(path);
      if (stats.isDirectory()) walk(path);
      else hash.update(`${path}:${stats.size}:${stats.mtimeMs}\n`);
    }
  };
  SOURCES.forEach(walk);
  return hash.digest('hex').slice(0, 16);
}

/**
 * The child process the crash, fault and load tests start: `worker.ts` bundled once with Vite (the
 * same way the app's main process is built) into a temporary folder, reused while the sources are
 * unchanged. The SQLite driver stays outside the bundle: its runtime files are copied into the
 * folder's own node_modules, so the worker needs nothing from the checkout and can be run by another
 * user even when the checkout is private to its owner.
 */
/** What the driver needs at run time: its JavaScript, its compiled addon, and `bindings`. */
function copyDriver(folder: string): void {
  const modules = join(ROOT, 'node_modules');
  const driver = 'better-sqlite3-multiple-ciphers';
  for (const part of ['package.json', 'lib', join('build', 'Release', 'better_sqlite3.node')]) {
    cpSync(join(modules, driver, part), join(folder, 'node_modules', driver, part), {
      recursive: true,
    });
  }
  for (const dependency of ['bindings', 'file-uri-to-path']) {
    cpSync(join(modules, dependency), join(folder, 'node_modules', dependency), {
      recursive: true,
    });
  }
}

export async function workerScript(): Promise<string> {
  const folder = join(tmpdir(), `waymark-test-worker-${fingerprint()}`);
  const script = join(folder, 'worker.mjs');
  if (existsSync(script)) return script;
  const staging = mkdtempSync(join(tmpdir(), 'waymark-test-worker-build-'));
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'silent',
    build: {
      ssr: join(ROOT, 'tests', 'unit', 'child', 'worker.ts'),
      outDir: staging,
      emptyOutDir: false,
      minify: true,
      target: 'node20',
      rollupOptions: {
        external: ['better-sqlite3-multiple-ciphers'],
        output: { format: 'es', entryFileNames: 'worker.mjs' },
      },
    },
    ssr: { noExternal: true, external: ['better-sqlite3-multiple-ciphers'] },
  });
  copyDriver(staging);
  // Readable by everyone: the read-only folder test runs it as an unprivileged user.
  chmodSync(staging, 0o755);
  try {
    renameSync(staging, folder);
  } catch {
    // Another test file built it at the same moment: use theirs.
    rmSync(staging, { recursive: true, force: true });
  }
  return script;
}
