export type SaveState = 'saved' | 'unsaved' | 'saving' | 'failed';

export interface AutosaveOptions {
  /** Writes the current text. Reads it at call time, so the newest text is always what is sent. */
  save: () => Promise<void>;
  onState: (state: SaveState, error?: unknown) => void;
  delayMs?: number;
  /** Wait before retry `attempt` (1, 2, …) after a failed save. */
  retryDelayMs?: (attempt: number) => number;
}

/** Every autosaver still in use, so locking the journal can save what is pending first. */
const live = new Set<Autosaver>();

/**
 * Saves everything not yet saved, in every editor. Resolves true when all of it is saved; false if
 * a save failed (its text is still in its editor, and it keeps retrying).
 */
export async function flushAllAutosavers(): Promise<boolean> {
  const results = await Promise.all([...live].map((saver) => saver.flush()));
  return results.every(Boolean);
}

/**
 * Debounced saving that never drops a change: every edit bumps a version, a save records the
 * version it wrote, and anything newer (typed during a save, or after a failure) is saved again.
 * Failures keep retrying with a growing pause until a save succeeds.
 */
export class Autosaver {
  private changed = 0;
  private saved = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inflight: Promise<void> | null = null;
  private attempt = 0;
  private disposed = false;
  private readonly delayMs: number;
  private readonly retryDelayMs: (attempt: number) => number;

  constructor(private readonly options: AutosaveOptions) {
    this.delayMs = options.delayMs ?? 1000;
    this.retryDelayMs =
      options.retryDelayMs ?? ((attempt) => Math.min(30_000, 1000 * 2 ** (attempt - 1)));
    live.add(this);
  }

  get dirty(): boolean {
    return this.changed > this.saved;
  }

  /** Call on every edit. */
  change(): void {
    this.changed++;
    if (!this.inflight && this.attempt === 0) this.options.onState('unsaved');
    this.schedule(this.attempt > 0 ? this.retryDelayMs(this.attempt) : this.delayMs);
  }

  /** Saves now if anything is unsaved; resolves true once everything is saved, false if it failed. */
  async flush(): Promise<boolean> {
    clearTimeout(this.timer);
    if (this.inflight) await this.inflight;
    if (this.dirty) await this.run();
    return !this.dirty;
  }

  dispose(): void {
    live.delete(this);
    this.disposed = true;
    clearTimeout(this.timer);
  }

  private schedule(ms: number): void {
    clearTimeout(this.timer);
    if (this.disposed) return;
    this.timer = setTimeout(() => void this.run(), ms);
  }

  private run(): Promise<void> {
    if (this.inflight) return this.inflight;
    if (!this.dirty) return Promise.resolve();
    const version = this.changed;
    this.options.onState('saving');
    this.inflight = this.options
      .save()
      .then(
        () => {
          this.saved = Math.max(this.saved, version);
          this.attempt = 0;
          if (this.dirty) {
            this.options.onState('unsaved');
            this.schedule(this.delayMs);
          } else {
            this.options.onState('saved');
          }
        },
        (error: unknown) => {
          this.attempt++;
          this.options.onState('failed', error);
          this.schedule(this.retryDelayMs(this.attempt));
        },
      )
      .finally(() => {
        this.inflight = null;
      });
    return this.inflight;
  }
}
