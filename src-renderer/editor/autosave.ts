/**
 * What a save status shows. `invalid` comes only from a saver given `validate` or `fieldErrorsOf`:
 * a field holds the save back until the person fixes it.
 */
export type SaveState = 'saved' | 'unsaved' | 'saving' | 'failed' | 'invalid';

/** Field name → what is wrong with it, in words. */
export type FieldErrors = Record<string, string>;

export interface AutosaveOptions<D> {
  /**
   * Writes the change. A form's saver is handed its newest draft; a saver whose `change()` takes
   * nothing reads the current text at call time, so the newest text is always what is sent.
   */
  save: (draft: D) => Promise<void>;
  /** `error` is why a save failed; `errors`, per field, why the draft is not being saved. */
  onState: (state: SaveState, error?: unknown, errors?: FieldErrors) => void;
  /** For a form that must never be saved half-way: null when the draft can be saved. */
  validate?: (draft: D) => FieldErrors | null;
  /** Reads field errors out of a failed save, if it failed because of them: it is not retried. */
  fieldErrorsOf?: (error: unknown) => FieldErrors | null;
  delayMs?: number;
  /** Wait before retry `attempt` (1, 2, …) after a failed save. */
  retryDelayMs?: (attempt: number) => number;
}

/** Every autosaver still in use (editors and forms), so locking can save what is pending first. */
const live = new Set<Pick<Autosaver<unknown>, 'flush' | 'errors'>>();

/**
 * Saves everything not yet saved, in every editor and form. Resolves true when all of it is saved;
 * false if a save failed (its text is still in its editor, and it keeps retrying). A form held back
 * by an invalid field does not count: it cannot be saved until the person fixes it, and it says so
 * itself when it closes.
 */
export async function flushAllAutosavers(): Promise<boolean> {
  const results = await Promise.all(
    [...live].map(async (saver) => (await saver.flush()) || saver.errors() !== null),
  );
  return results.every(Boolean);
}

/**
 * Debounced saving that never drops a change: every edit bumps a version, a save records the
 * version it wrote, and anything newer (typed during a save, or after a failure) is saved again.
 * Failures keep retrying with a growing pause until a save succeeds.
 *
 * A form given `validate` is never saved half-way: while a field is invalid nothing is sent (the
 * form says why, next to the field) and the record stays as it was last saved; once the form is
 * valid again the whole draft is saved. A write refused for its fields (`fieldErrorsOf`) waits for
 * the person to change them instead of being retried.
 */
export class Autosaver<D = void> {
  private draft: D | undefined;
  private changed = 0;
  private saved = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inflight: Promise<void> | null = null;
  private attempt = 0;
  private disposed = false;
  private readonly delayMs: number;
  private readonly retryDelayMs: (attempt: number) => number;

  constructor(private readonly options: AutosaveOptions<D>) {
    this.delayMs = options.delayMs ?? 1000;
    this.retryDelayMs =
      options.retryDelayMs ?? ((attempt) => Math.min(30_000, 1000 * 2 ** (attempt - 1)));
    live.add(this);
  }

  get dirty(): boolean {
    return this.changed > this.saved;
  }

  /** The newest draft, valid or not (for a last-chance save when the page closes). */
  get latest(): D | undefined {
    return this.draft;
  }

  /** What keeps the newest draft from being saved, per field; null when nothing does. */
  errors(): FieldErrors | null {
    return this.changed > 0 ? (this.options.validate?.(this.draft as D) ?? null) : null;
  }

  /** Call on every edit (a form passes its whole draft). */
  change(draft: D): void {
    this.draft = draft;
    this.changed++;
    clearTimeout(this.timer);
    const errors = this.errors();
    if (errors) {
      this.options.onState('invalid', undefined, errors);
      return;
    }
    if (!this.inflight && this.attempt === 0) this.options.onState('unsaved');
    this.schedule(this.attempt > 0 ? this.retryDelayMs(this.attempt) : this.delayMs);
  }

  /** Saves now if anything savable is unsaved; resolves true once everything is saved. */
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
    if (!this.dirty || this.errors()) return Promise.resolve();
    const version = this.changed;
    this.options.onState('saving');
    this.inflight = this.options
      .save(this.draft as D)
      .then(
        () => {
          this.saved = Math.max(this.saved, version);
          this.attempt = 0;
          if (!this.dirty) return this.options.onState('saved');
          const errors = this.errors();
          if (errors) return this.options.onState('invalid', undefined, errors);
          this.options.onState('unsaved');
          this.schedule(this.delayMs);
        },
        (error: unknown) => {
          const errors = this.options.fieldErrorsOf?.(error) ?? null;
          if (errors) return this.options.onState('invalid', error, errors);
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
