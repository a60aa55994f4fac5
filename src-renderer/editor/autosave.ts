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
  /**
   * The page is closing while this saver holds a change it could save: the last chance, which
   * cannot wait for an answer (a request that outlives the page, a copy kept in the page).
   */
  onPageClose?: (draft: D) => Promise<unknown> | void;
}

/**
 * Every autosaver still in use (editors and forms): the one record of what is not saved yet, so
 * locking can save it first and closing the window or the tab can ask.
 */
const live = new Set<Pick<Autosaver<unknown>, 'flush' | 'errors' | 'dirty' | 'pageClosing'>>();

/** Is anything typed into an editor or a form not saved yet (pending, failing, or held back)? */
export function hasUnsavedChanges(): boolean {
  return [...live].some((saver) => saver.dirty);
}

/**
 * The page is closing: every saver gets its last chance, then says whether anything is still
 * unsaved, so the caller can ask the person before the page goes.
 */
export function pageClosing(): boolean {
  for (const saver of live) saver.pageClosing();
  return hasUnsavedChanges();
}

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

  /** See `onPageClose`; a draft held back by an invalid field is not sent. */
  pageClosing(): void {
    if (!this.dirty || this.errors()) return;
    // A last send that fails changes nothing: the change is still unsaved, and the page asks.
    void Promise.resolve(this.options.onPageClose?.(this.draft as D)).catch(() => undefined);
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
