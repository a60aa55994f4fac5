import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { LeftOut } from '../db/copy';
import type { FileAccess } from '../db/open';
import { WORKER_SOURCE } from './worker-source';

export type WorkerTask =
  | { kind: 'check'; file: string; level: 'quick' | 'full' }
  | { kind: 'backup'; file: string; partial: string; compress: boolean; leaveOut: LeftOut };

export interface WorkerAnswer {
  /** What the check found; empty when the file (or the backup's copy) passed. */
  problems: string[];
  /** For a backup: the finished file to rename into place, and whether it is gzipped. */
  file?: string;
  compressed?: boolean;
}

export interface WorkerProgress {
  stage: 'checking' | 'compressing' | 'verifying';
  fraction: number;
}

// Not named `require`: the bundle declares its own.
const fromHere = createRequire(import.meta.url);

/**
 * Runs one task on a worker thread with its own connections, so the main thread (and every save
 * on it) goes on while the journal is read. A failure that is not damage rejects with an Error
 * carrying SQLite's or the file system's `code`, for the caller to put into words.
 */
export function runWorker(
  task: WorkerTask,
  access: FileAccess,
  onProgress: (progress: WorkerProgress) => void = () => {},
): Promise<WorkerAnswer> {
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: {
      task,
      key: access.key ?? null,
      nativeBinding: access.nativeBinding,
      sqlitePath: fromHere.resolve('better-sqlite3-multiple-ciphers'),
      fflatePath: fromHere.resolve('fflate'),
    },
  });
  return new Promise((resolve, reject) => {
    let settled = false;
    worker.on('message', (message: Record<string, unknown>) => {
      if (message.progress) onProgress(message.progress as WorkerProgress);
      if (message.done) {
        settled = true;
        resolve(message.done as WorkerAnswer);
      }
      if (message.failed) {
        settled = true;
        const failed = message.failed as { message: string; code?: string };
        reject(Object.assign(new Error(failed.message), { code: failed.code }));
      }
    });
    worker.on('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.on('exit', (code) => {
      if (!settled) reject(new Error(`The background worker stopped unexpectedly (${code}).`));
    });
  });
}
