/** Field name → what is wrong with it, in words. */
export type FieldErrors = Record<string, string>;

export type DraftState = 'saved' | 'unsaved' | 'saving' | 'failed' | 'invalid';

export interface DraftSaverOptions<D> {
  /** Null when the draft can be saved; otherwise what is wrong, per field. */
  validate: (draft: D) => FieldErrors | null;
  /** Writes the whole draft. A rejection with field errors (see `fieldErrorsOf`) is not retried. */
  save: (draft: D) => Promise<void>;
  onState: (state: DraftState, detail: { errors?: FieldErrors; error?: unknown }) => void;
  /** Reads field errors out of a failed save, if it failed because of them. */
  fieldErrorsOf?: (error: unknown) => FieldErrors | null;
  delayMs?: number;
  retryDelayMs?: (attempt: number) => number;
}

/**
 * Autosave for a form that must never be saved half-way. Every change is checked first: while a
 * field is invalid nothing is sent (the form says why, next to the field) and the record stays as
 * it was last saved; once the form is valid again the whole draft is saved, about a second after
 * the last change. A failed write is retried with a growing pause; a write refused for its fields
 * waits for the person to change them.
 */
export class DraftSaver<D> {
  private draft: D | null = null;
  private changed = 0;
  private saved = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inflight: Promise<void> | null = null;
  private attempt = 0;
  private disposed = false;
  private readonly delayMs: number;
  private readonly retryDelayMs: (attempt: number) => number;

  constructor(private readonly options: DraftSaverOptions<D>) {
    this.delayMs = options.delayMs ?? 800;
    this.retryDelayMs =
      options.retryDelayMs ?? ((attempt) => Math.min(30_000, 1000 * 2 ** (attempt - 1)));
  }

  get dirty(): boolean {
    return this.changed > this.saved;
  }

  /** The newest draft, valid or not (for a last-chance save when the page closes). */
  get latest(): D | null {
    return this.draft;
  }

  change(draft: D): void {
    this.draft = draft;
    this.changed++;
    clearTimeout(this.timer);
    const errors = this.options.validate(draft);
    if (errors) {
      this.options.onState('invalid', { errors });
      return;
    }
    if (!this.inflight && this.attempt === 0) this.options.onState('unsaved', {});
    this.schedule(this.attempt > 0 ? this.retryDelayMs(this.attempt) : this.delayMs);
  }

  /** Saves now if the draft is valid and unsaved. True once everything is saved. */
  async flush(): Promise<boolean> {
    clearTimeout(this.timer);
    if (this.inflight) await this.inflight;
    if (this.dirty) await this.run();
    return !this.dirty;
  }

  dispose(): void {
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
    const draft = this.draft;
    if (!this.dirty || draft === null || this.options.validate(draft)) return Promise.resolve();
    const version = this.changed;
    this.options.onState('saving', {});
    this.inflight = this.options
      .save(draft)
      .then(
        () => {
          this.saved = Math.max(this.saved, version);
          this.attempt = 0;
          if (!this.dirty) return this.options.onState('saved', {});
          const errors = this.draft === null ? null : this.options.validate(this.draft);
          if (errors) return this.options.onState('invalid', { errors });
          this.options.onState('unsaved', {});
          this.schedule(this.delayMs);
        },
        (error: unknown) => {
          const errors = this.options.fieldErrorsOf?.(error) ?? null;
          if (errors) {
            this.options.onState('invalid', { errors, error });
            return;
          }
          this.attempt++;
          this.options.onState('failed', { error });
          this.schedule(this.retryDelayMs(this.attempt));
        },
      )
      .finally(() => {
        this.inflight = null;
      });
    return this.inflight;
  }
}
