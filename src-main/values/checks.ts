/** The rules for values checks: drafts, saving, deleting and restoring (Undo). */
import { randomUUID } from 'node:crypto';
import { ApiError, notFound } from '../contract/errors';
import type { Aspiration } from '../contract/plan';
import type {
  SaveCheckInput,
  SaveDraftInput,
  SavedCheck,
  ValuesAnswers,
  ValuesCheck,
} from '../contract/values';
import type { Db } from '../db/open';
import { requireAspiration } from '../plan/aspirations';
import { localDate } from '../shared/calendar';
import { VALUES_QUESTION_KEYS } from '../shared/values/questions';
import { valuesRepository, type CheckRow } from './repository';
import {
  completeAnswers,
  driftBetween,
  emptyAnswers,
  fitScore,
  ratingsSignal,
} from '../shared/values/rules';

export function toCheck(row: CheckRow): ValuesCheck {
  let stored: unknown;
  try {
    stored = JSON.parse(row.answers_json);
  } catch {
    stored = {};
  }
  const answers = completeAnswers(
    stored !== null && typeof stored === 'object' ? (stored as Record<string, never>) : {},
  );
  return {
    id: row.id,
    aspirationId: row.aspiration_id,
    status: row.status,
    checkedOn: row.checked_on,
    answers,
    excitement: row.excitement,
    fear: row.fear,
    fit: fitScore(answers),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    savedAt: row.saved_at,
    deletedAt: row.deleted_at,
  };
}

function toRow(check: ValuesCheck): CheckRow {
  return {
    id: check.id,
    aspiration_id: check.aspirationId,
    status: check.status,
    checked_on: check.checkedOn,
    answers_json: JSON.stringify(check.answers),
    excitement: check.excitement,
    fear: check.fear,
    created_at: check.createdAt,
    updated_at: check.updatedAt,
    saved_at: check.savedAt,
    deleted_at: check.deletedAt,
  };
}

/** Saved checks in order, each with its drift from the one before and its ratings signal. */
export function withDrift(checks: ValuesCheck[]): SavedCheck[] {
  return checks.map((check, index) => {
    const previous = index > 0 ? checks[index - 1] : undefined;
    return {
      ...check,
      drift: previous ? driftBetween(previous, check) : null,
      signal: ratingsSignal(check.excitement, check.fear),
    };
  });
}

/** A live aspiration that can still be checked: retired ones keep their checks, read-only. */
function checkableAspiration(db: Db, id: string): Aspiration {
  const aspiration = requireAspiration(db, id);
  if (aspiration.status === 'retired') {
    throw new ApiError(
      'conflict',
      `“${aspiration.title}” is retired, so it is not checked any more. Its earlier checks stay readable; reopen it on the Plan screen to check it again.`,
      [{ path: 'aspirationId', message: 'This aspiration is retired.' }],
    );
  }
  return aspiration;
}

function checkDate(checkedOn: string | undefined, now: Date, fallback: string): string {
  const today = localDate(now);
  const date = checkedOn ?? fallback;
  if (date > today) {
    throw new ApiError('invalid_input', 'A check cannot be dated in the future.', [
      { path: 'checkedOn', message: 'Choose today or an earlier day.' },
    ]);
  }
  return date;
}

/** Each question given replaces that question's answer or note; the others stay. */
function mergeAnswers(base: ValuesAnswers, given: SaveDraftInput['answers']): ValuesAnswers {
  const merged = { ...base };
  for (const key of VALUES_QUESTION_KEYS) {
    const change = given?.[key];
    if (!change) continue;
    merged[key] = {
      answer: change.answer !== undefined ? change.answer : base[key].answer,
      note: change.note ?? base[key].note,
    };
  }
  return merged;
}

function sameContent(a: ValuesCheck, b: ValuesCheck): boolean {
  return (
    a.checkedOn === b.checkedOn &&
    a.excitement === b.excitement &&
    a.fear === b.fear &&
    JSON.stringify(a.answers) === JSON.stringify(b.answers)
  );
}

export function getDraft(db: Db, aspirationId: string): ValuesCheck | null {
  requireAspiration(db, aspirationId);
  const row = valuesRepository(db).draftOf(aspirationId);
  return row ? toCheck(row) : null;
}

/**
 * Starts the aspiration's draft or writes the given parts over it. An update that changes nothing
 * writes nothing, so an autosave of an untouched form costs no write.
 */
export function saveDraft(db: Db, input: SaveDraftInput, now: Date = new Date()): ValuesCheck {
  const repository = valuesRepository(db);
  return db.transaction(() => {
    checkableAspiration(db, input.aspirationId);
    const row = repository.draftOf(input.aspirationId);
    const stamp = now.toISOString();
    const base: ValuesCheck = row
      ? toCheck(row)
      : {
          id: randomUUID(),
          aspirationId: input.aspirationId,
          status: 'draft',
          checkedOn: localDate(now),
          answers: emptyAnswers(),
          excitement: null,
          fear: null,
          fit: fitScore(emptyAnswers()),
          createdAt: stamp,
          updatedAt: stamp,
          savedAt: null,
          deletedAt: null,
        };
    const answers = mergeAnswers(base.answers, input.answers);
    const next: ValuesCheck = {
      ...base,
      checkedOn: checkDate(input.checkedOn, now, base.checkedOn),
      answers,
      excitement: input.excitement !== undefined ? input.excitement : base.excitement,
      fear: input.fear !== undefined ? input.fear : base.fear,
      fit: fitScore(answers),
    };
    if (row && sameContent(base, next)) return base;
    next.updatedAt = stamp;
    if (row) repository.update(toRow(next));
    else repository.insert(toRow(next));
    return next;
  })();
}

/** Saves a finished check, dated today unless another day is given; the draft becomes it. */
export function saveCheck(db: Db, input: SaveCheckInput, now: Date = new Date()): SavedCheck {
  const repository = valuesRepository(db);
  return db.transaction(() => {
    checkableAspiration(db, input.aspirationId);
    const draft = repository.draftOf(input.aspirationId);
    const stamp = now.toISOString();
    const answers = emptyAnswers();
    for (const key of VALUES_QUESTION_KEYS) {
      const given = input.answers[key];
      answers[key] = { answer: given.answer, note: given.note?.trim() ?? '' };
    }
    const check: ValuesCheck = {
      id: draft?.id ?? randomUUID(),
      aspirationId: input.aspirationId,
      status: 'saved',
      checkedOn: checkDate(input.checkedOn, now, localDate(now)),
      answers,
      excitement: input.excitement,
      fear: input.fear,
      fit: fitScore(answers),
      createdAt: draft?.created_at ?? stamp,
      updatedAt: stamp,
      savedAt: stamp,
      deletedAt: null,
    };
    if (draft) repository.update(toRow(check));
    else repository.insert(toRow(check));
    const history = withDrift(repository.savedOf(input.aspirationId).map(toCheck));
    return history.find((saved) => saved.id === check.id) as SavedCheck;
  })();
}

/** Moves a check (saved or draft) out of sight until it is restored. */
export function deleteCheck(db: Db, id: string, now: Date = new Date()): ValuesCheck {
  const repository = valuesRepository(db);
  return db.transaction(() => {
    const row = repository.check(id);
    if (!row || row.deleted_at !== null) throw notFound('values check');
    const next = { ...row, deleted_at: now.toISOString(), updated_at: now.toISOString() };
    repository.update(next);
    return toCheck(next);
  })();
}

export function restoreCheck(db: Db, id: string, now: Date = new Date()): ValuesCheck {
  const repository = valuesRepository(db);
  return db.transaction(() => {
    const row = repository.check(id);
    if (!row) throw notFound('values check');
    if (row.deleted_at === null) return toCheck(row);
    if (row.status === 'draft' && repository.draftOf(row.aspiration_id)) {
      throw new ApiError(
        'conflict',
        'A newer unfinished check of this aspiration is waiting, so the old draft cannot come back. Finish or discard the newer one first.',
      );
    }
    const next = { ...row, deleted_at: null, updated_at: now.toISOString() };
    repository.update(next);
    return toCheck(next);
  })();
}
