/**
 * What a save status shows. `invalid` comes only from a saver given `validate` or `fieldErrorsOf`:
 * a field holds the save back until the person fixes it.
 */
export type SaveState = 'saved' | 'unsaved' | 'saving' | 'failed' | 'invalid';

/** Field name → what is wrong with it, in words. */
export type FieldErrors = Record<string, string>;

export interface AutosaveOptions<D> {
  /** Writes the newest draft (handed to `change()`, or read by `read`). */
  save: (draft: D) => Promise<void>;
  /**
   * Reads the newest draft when it is about to be saved, for an editor whose text is too costly to
   * read on every keystroke (its `change()` is then called with nothing). Undefined when there is
   * nothing to read (the editor is not there yet): the last draft known is used.
   */
  read?: () => D | undefined;
  /** `error` is why a save failed; `errors`, per field, why the draft is not being saved. */
  onState: (state: SaveState, error?: unknown, errors?: FieldErrors) => void;
  /** For a form that must never be saved half-way: null when the draft can be saved. */
  validate?: (draft: D) => FieldErrors | null;
  /** Reads field errors out of a failed save, if it failed because of them: it is not retried. */
  fieldErrorsOf?: (error: unknown) => FieldErrors | null;
  delayMs?: number;
  /**
   * Whether a failed save failed because its record no longer exists (deleted for good): then it
   * is not retried, since no retry can succeed. The text stays where the owner kept it (an
   * unencrypted journal's kept copy, offered back if the record returns).
   */
  isGone?: (error: unknown) => boolean;
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

/** A saver whose owner has gone (see `release`), as the next owner of its record sees it. */
interface Released {
  readonly latest: unknown;
  settled(): Promise<void>;
  dispose(): void;
}

/** Released savers still saving in the background, by the record they write (`entry:<id>`, …). */
const released = new Map<string, Released>();

/** What a new owner of a record takes over from the saver its previous owner left behind. */
export interface TakenOver<D> {
  /** The newest draft: newer than the record as last read, since it is not saved yet. */
  draft: D;
  /** Settles once the old saver's last write has finished, so the new one never overtakes it. */
  settled: Promise<void>;
}

/** The draft a released saver of this record still holds, if any (a new owner starts from it). */
export function releasedDraft<D>(key: string): D | undefined {
  return released.get(key)?.latest as D | undefined;
}

/**
 * A new owner of the record has come: the saver left behind stops (nothing more is saved by it)
 * and hands over its newest draft. Null when no saver of the record is left.
 */
export function takeOver<D>(key: string): TakenOver<D> | null {
  const saver = released.get(key);
  if (!saver) return null;
  saver.dispose();
  return { draft: saver.latest as D, settled: saver.settled() };
}

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
  /** Set once the owner has gone (see `release`): the record this saver is kept under. */
  private releasedAs: string | null = null;
  /** Where the draft comes from at save time; gone with the owner. */
  private read: (() => D | undefined) | undefined;
  /** A write of the previous saver of this record, still on its way: the first save waits for it. */
  private before: Promise<void> | undefined;
  private readonly delayMs: number;
  private readonly retryDelayMs: (attempt: number) => number;

  constructor(private readonly options: AutosaveOptions<D>) {
    this.delayMs = options.delayMs ?? 1000;
    this.retryDelayMs =
      options.retryDelayMs ?? ((attempt) => Math.min(30_000, 1000 * 2 ** (attempt - 1)));
    this.read = options.read;
    live.add(this);
  }

  get dirty(): boolean {
    return this.changed > this.saved;
  }

  /** The newest draft, valid or not. */
  get latest(): D | undefined {
    return this.read?.() ?? this.draft;
  }

  /** What keeps the newest draft from being saved, per field; null when nothing does. */
  errors(): FieldErrors | null {
    const validate = this.options.validate;
    return validate && this.changed > 0 ? validate(this.latest as D) : null;
  }

  /** Call on every edit: a form passes its whole draft, an editor given `read` nothing. */
  change(draft?: D): void {
    if (draft !== undefined) this.draft = draft;
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
    void Promise.resolve(this.options.onPageClose?.(this.latest as D)).catch(() => undefined);
  }

  /**
   * The owner has gone (its screen closed). Anything unsaved that can be saved is not dropped: the
   * saver keeps it, still counted as unsaved, and keeps saving in the background under `key` until
   * a save succeeds, unless a new owner of the record takes it over first (`takeOver`). The draft
   * is read one last time now, while the owner's editor still exists. False when there was nothing
   * to keep (all saved, or held back by an invalid field): the saver is disposed.
   */
  release(key: string): boolean {
    const last = this.read?.();
    if (last !== undefined) this.draft = last;
    this.read = undefined;
    if (!this.dirty || this.errors()) {
      this.dispose();
      return false;
    }
    // Two owners of one record never write it at once; the newer leaving is the one that counts.
    released.get(key)?.dispose();
    released.set(key, this);
    this.releasedAs = key;
    clearTimeout(this.timer);
    void this.run();
    return true;
  }

  /**
   * Continues from what the previous owner of the record left (`takeOver`): its draft is this
   * saver's newest and unsaved, saved once the old saver's last write has settled.
   */
  continueFrom(taken: TakenOver<D>): void {
    this.before = taken.settled;
    this.change(taken.draft);
  }

  /** Settles when the write on its way (if any) has finished, whatever its outcome. */
  settled(): Promise<void> {
    return (this.inflight ?? Promise.resolve()).then(
      () => undefined,
      () => undefined,
    );
  }

  dispose(): void {
    live.delete(this);
    if (this.releasedAs !== null && released.get(this.releasedAs) === this) {
      released.delete(this.releasedAs);
    }
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
    const draft = this.latest as D;
    const before = this.before;
    this.before = undefined;
    this.options.onState('saving');
    this.inflight = (
      before ? before.then(() => this.options.save(draft)) : this.options.save(draft)
    )
      .then(
        () => {
          this.saved = Math.max(this.saved, version);
          this.attempt = 0;
          // Taken over or closed: what comes next is the new owner's to say.
          if (this.disposed) return;
          if (!this.dirty) {
            this.options.onState('saved');
            // Released and saved: nothing is left to keep.
            if (this.releasedAs !== null) this.dispose();
            return;
          }
          const errors = this.errors();
          if (errors) return this.options.onState('invalid', undefined, errors);
          this.options.onState('unsaved');
          this.schedule(this.delayMs);
        },
        (error: unknown) => {
          if (this.disposed) return;
          const errors = this.options.fieldErrorsOf?.(error) ?? null;
          if (errors) {
            // Refused for its fields with nobody left to fix them: the owner reports it, once.
            if (this.releasedAs !== null) this.dispose();
            return this.options.onState('invalid', error, errors);
          }
          if (this.options.isGone?.(error)) {
            // Nothing left to write to: stop. Left behind, it lets go (no longer counted unsaved).
            this.options.onState('failed', error);
            if (this.releasedAs !== null) this.dispose();
            return;
          }
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
