/**
 * Imports started from the window: the chosen files arrive in parts (the browser edition uploads
 * them), are previewed, then imported in the background while the window asks for progress. One
 * set of sessions per open journal, kept in memory only; an idle session is let go after an hour.
 */
import { randomUUID } from 'node:crypto';
import { ApiError } from '../contract/errors';
import type { ImportPreview, ImportProgress, ImportUpload } from '../contract/import';
import type { Db } from '../db/open';
import { readSource } from './read-source';
import { previewImport, runImport, type RunProgress } from './service';
import { betweenImportBatches } from './test-hold';
import type { ParsedSource, SourceFile } from './types';

/** What one import may upload: enough for any journal's text, not for a video library. */
export const MAX_SESSION_BYTES = 1024 * 1024 * 1024;
const MAX_FILES = 200_000;
const MAX_SESSIONS = 4;
const IDLE_MS = 60 * 60_000;

interface UploadedFile {
  path: string;
  mtimeMs: number | null;
  parts: Buffer[];
}

interface Job {
  progress: ImportProgress;
  cancelRequested: boolean;
  finished: Promise<void>;
}

interface Session {
  id: string;
  files: Map<string, UploadedFile>;
  bytes: number;
  leftOut: number;
  parsed: ParsedSource | null;
  reading: Promise<ParsedSource> | null;
  job: Job | null;
  touchedAt: number;
}

export interface UploadInput {
  sessionId?: string;
  files: { path: string; data: string; mtimeMs?: number | null; append?: boolean }[];
  leftOut?: number;
}

function notFound(): ApiError {
  return new ApiError(
    'not_found',
    'This import is no longer open (it was closed or waited too long). Choose the files again.',
    [{ path: 'sessionId', message: 'Not found.' }],
  );
}

export class ImportSessions {
  private readonly sessions = new Map<string, Session>();

  constructor(
    private readonly db: Db,
    private readonly now: () => Date,
  ) {}

  upload(input: UploadInput): ImportUpload {
    this.expireIdle();
    const session = input.sessionId ? this.get(input.sessionId) : this.create();
    if (session.parsed || session.reading) {
      throw new ApiError(
        'conflict',
        'This import has been previewed already; start a new one to add files.',
      );
    }
    for (const file of input.files) {
      const data = Buffer.from(file.data, 'base64');
      if (session.bytes + data.length > MAX_SESSION_BYTES) {
        this.sessions.delete(session.id);
        throw new ApiError(
          'invalid_input',
          'That is more than 1 GB to import at once. Import the notes in parts, or use `npm run import` for a large migration.',
        );
      }
      session.bytes += data.length;
      const existing = session.files.get(file.path);
      if (file.append && existing) existing.parts.push(data);
      else {
        if (!existing && session.files.size >= MAX_FILES) {
          this.sessions.delete(session.id);
          throw new ApiError(
            'invalid_input',
            `Waymark imports at most ${MAX_FILES} files at once.`,
          );
        }
        session.files.set(file.path, {
          path: file.path,
          mtimeMs: file.mtimeMs ?? null,
          parts: [data],
        });
      }
    }
    session.leftOut += input.leftOut ?? 0;
    return { sessionId: session.id, files: session.files.size, bytes: session.bytes };
  }

  /** Reads everything uploaded and says what importing it would do. Writes nothing. */
  async preview(sessionId: string): Promise<ImportPreview> {
    const session = this.get(sessionId);
    if (!session.parsed) {
      if (!session.reading) {
        const files: SourceFile[] = [...session.files.values()].map((file) => ({
          path: file.path,
          mtimeMs: file.mtimeMs,
          read: () =>
            file.parts.length === 1 ? (file.parts[0] as Buffer) : Buffer.concat(file.parts),
        }));
        session.reading = readSource(files, {
          now: this.now(),
          // Yield now and then, so the window's other requests are answered while a large folder is read.
          onProgress: () => new Promise<void>((resolve) => setImmediate(resolve)),
        });
      }
      const parsed = await session.reading;
      parsed.leftOut += session.leftOut;
      session.leftOut = 0;
      session.parsed = parsed;
      session.reading = null;
      // The text now lives in the parsed entries; the raw files are no longer needed.
      session.files.clear();
    }
    session.touchedAt = Date.now();
    return { sessionId, ...previewImport(this.db, session.parsed) };
  }

  start(sessionId: string): ImportProgress {
    const session = this.get(sessionId);
    if (!session.parsed) throw new ApiError('conflict', 'Look at the preview before importing.');
    if (session.job) return session.job.progress;
    for (const other of this.sessions.values()) {
      if (other.job?.progress.state === 'running') {
        throw new ApiError(
          'conflict',
          'Another import is running. Wait for it to finish, or cancel it.',
        );
      }
    }
    const parsed = session.parsed;
    const failedToRead = parsed.problems.length;
    const progress: ImportProgress = {
      sessionId,
      state: 'running',
      total: parsed.items.length,
      processed: 0,
      imported: 0,
      skipped: 0,
      pictures: 0,
      files: 0,
      failed: failedToRead,
      current: null,
      failure: null,
    };
    const job: Job = { progress, cancelRequested: false, finished: Promise.resolve() };
    const update = (run: RunProgress) => {
      Object.assign(progress, {
        processed: run.processed,
        imported: run.imported,
        skipped: run.skipped,
        pictures: run.pictures,
        files: run.files,
        current: run.current,
      });
    };
    job.finished = runImport(this.db, parsed.items, {
      now: this.now,
      onProgress: update,
      isCancelled: () => job.cancelRequested,
      betweenBatches: betweenImportBatches(),
    })
      .then((result) => {
        update(result);
        progress.state = result.state;
        progress.failure = result.failure;
        progress.failed = failedToRead + (result.failure ? 1 : 0);
        // The converted entries are written or given up; keep only what the summary shows.
        session.parsed = { ...parsed, items: [] };
      })
      .catch((error: unknown) => {
        console.error('[waymark] import failed:', error);
        progress.state = 'failed';
        progress.failure = {
          path: '',
          message: 'Something went wrong inside Waymark while importing.',
        };
        progress.failed = failedToRead + 1;
      });
    session.job = job;
    session.touchedAt = Date.now();
    return { ...progress };
  }

  progress(sessionId: string): ImportProgress {
    const session = this.get(sessionId);
    if (!session.job) throw new ApiError('conflict', 'This import has not started yet.');
    return { ...session.job.progress };
  }

  /** Stops after the batch being written; what is written stays (importing again skips it). */
  cancel(sessionId: string): ImportProgress {
    const session = this.get(sessionId);
    if (!session.job) {
      this.sessions.delete(sessionId);
      return {
        sessionId,
        state: 'cancelled',
        total: 0,
        processed: 0,
        imported: 0,
        skipped: 0,
        pictures: 0,
        files: 0,
        failed: 0,
        current: null,
        failure: null,
      };
    }
    session.job.cancelRequested = true;
    return { ...session.job.progress };
  }

  /** Lets go of a session the window has closed. A running import is cancelled first. */
  discard(sessionId: string): boolean {
    const session = this.get(sessionId);
    if (session.job?.progress.state === 'running') {
      session.job.cancelRequested = true;
      void session.job.finished.then(() => this.sessions.delete(sessionId));
    } else {
      this.sessions.delete(sessionId);
    }
    return true;
  }

  /** Resolves when the session's import (if any) has finished; for tests and the CLI. */
  async finished(sessionId: string): Promise<void> {
    await this.sessions.get(sessionId)?.job?.finished;
  }

  private create(): Session {
    if (this.sessions.size >= MAX_SESSIONS) {
      const idle = [...this.sessions.values()]
        .filter((session) => session.job?.progress.state !== 'running')
        .sort((a, b) => a.touchedAt - b.touchedAt)[0];
      if (!idle)
        throw new ApiError('conflict', 'Too many imports are open at once. Close one first.');
      this.sessions.delete(idle.id);
    }
    const session: Session = {
      id: randomUUID(),
      files: new Map(),
      bytes: 0,
      leftOut: 0,
      parsed: null,
      reading: null,
      job: null,
      touchedAt: Date.now(),
    };
    this.sessions.set(session.id, session);
    return session;
  }

  private get(sessionId: string): Session {
    const session = this.sessions.get(sessionId);
    if (!session) throw notFound();
    session.touchedAt = Date.now();
    return session;
  }

  private expireIdle(): void {
    const cutoff = Date.now() - IDLE_MS;
    for (const session of this.sessions.values()) {
      if (session.touchedAt < cutoff && session.job?.progress.state !== 'running') {
        this.sessions.delete(session.id);
      }
    }
  }
}

const registry = new WeakMap<Db, ImportSessions>();

/** The import sessions of one open journal. */
export function importSessions(db: Db, now: () => Date): ImportSessions {
  let sessions = registry.get(db);
  if (!sessions) {
    sessions = new ImportSessions(db, now);
    registry.set(db, sessions);
  }
  return sessions;
}
