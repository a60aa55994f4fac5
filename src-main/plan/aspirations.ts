/** The rules for aspirations: create, edit, delete and restore, order, achieve, retire, reopen. */
import { randomUUID } from 'node:crypto';
import { notFound } from '../contract/errors';
import type { z } from 'zod';
import {
  ASPIRATION,
  type Aspiration,
  type AspirationSnapshot,
  type createAspirationInput,
  type RevisionCause,
} from '../contract/plan';
import { EMPTY_DOC } from '../contract/schemas';
import { stampsAt } from '../contract/records/define';
import type { Db } from '../db/open';
import { localDate } from '../shared/calendar';
import { dateInWords } from '../shared/date-words';
import { plainTextOf } from '../shared/rich-text';
import { recordVersion } from './history';
import { reorderSiblings } from './ordering';
import { planRepository } from './repository';
import { aspirationSnapshot, changesBetween } from './revisions';
import { fromAspiration, toAspiration } from './rows';
import { syncAspirationIndex } from './search-sync';
import { syncState } from '../sync/state';

/** A live (not deleted) aspiration, or a not_found error. */
export function requireAspiration(db: Db, id: string): Aspiration {
  const row = planRepository(db).aspiration(id);
  if (!row || row.deleted_at !== null) throw notFound('aspiration');
  return toAspiration(row);
}

/**
 * Writes `changes` over `current` as one new version. Returns `current` untouched when nothing
 * actually changes, so an autosave of an unchanged form writes nothing.
 */
export function saveAspiration(
  db: Db,
  current: Aspiration,
  changes: Partial<AspirationSnapshot>,
  cause: RevisionCause,
  now: Date,
  note?: string,
): Aspiration {
  const next: Aspiration = { ...current, ...changes };
  if (changes.statement) next.statementText = plainTextOf(changes.statement);
  const snapshot = aspirationSnapshot(next);
  if (changesBetween('aspiration', aspirationSnapshot(current), snapshot).length === 0) {
    return current;
  }
  next.updatedAt = now.toISOString();
  next.revision = current.revision + 1;
  planRepository(db).updateAspiration(fromAspiration(next));
  syncAspirationIndex(db, next);
  recordVersion(db, { kind: 'aspiration', refId: next.id, cause, snapshot, now, note });
  return next;
}

/** What a person gives when creating an aspiration: its title, and any other editable field. */
export type NewAspiration = z.output<typeof createAspirationInput>;
type AspirationEdits = Partial<NewAspiration>;

export function createAspiration(
  db: Db,
  input: NewAspiration,
  now: Date = new Date(),
  options: { note?: string; afterPosition?: number } = {},
): Aspiration {
  const repository = planRepository(db);
  return db.transaction(() => {
    let position = repository.nextAspirationPosition();
    if (options.afterPosition !== undefined) {
      repository.shiftAspirationsAfter(options.afterPosition);
      position = options.afterPosition + 1;
    }
    const statement = input.statement ?? EMPTY_DOC;
    const aspiration: Aspiration = {
      id: randomUUID(),
      title: input.title,
      statement,
      statementText: plainTextOf(statement),
      horizonDate: input.horizonDate ?? null,
      status: 'active',
      achievedOn: null,
      retiredOn: null,
      retiredReason: null,
      replacedBy: null,
      position,
      ...stampsAt(now),
      revision: 1,
    };
    repository.insertAspiration(fromAspiration(aspiration));
    syncAspirationIndex(db, aspiration);
    recordVersion(db, {
      kind: 'aspiration',
      refId: aspiration.id,
      cause: 'created',
      snapshot: aspirationSnapshot(aspiration),
      now,
      note: options.note,
    });
    return aspiration;
  })();
}

/**
 * `baseRevision`: the revision of the statement the window was editing. When the aspiration has
 * moved on since (a sync merged another computer's words under an open editor), sync takes the save
 * as typed on that revision, so it adds the person's typing without removing words never shown.
 */
export function updateAspiration(
  db: Db,
  input: AspirationEdits & { id: string; baseRevision?: number },
  now: Date = new Date(),
): Aspiration {
  return db.transaction(() => {
    const current = requireAspiration(db, input.id);
    const saved = saveAspiration(db, current, ASPIRATION.given(input), 'edited', now);
    if (saved !== current) {
      syncState(db).noteSave(`aspiration:${input.id}`, input.baseRevision, current.revision);
    }
    return saved;
  })();
}

function setDeleted(db: Db, id: string, deletedAt: string | null, now: Date): Aspiration {
  const row = planRepository(db).aspiration(id);
  if (!row) throw notFound('aspiration');
  const current = toAspiration(row);
  const next = {
    ...current,
    deletedAt,
    updatedAt: now.toISOString(),
    revision: current.revision + 1,
  };
  planRepository(db).updateAspiration(fromAspiration(next));
  syncAspirationIndex(db, next, true);
  return next;
}

/** Moves the aspiration, with its goals, out of the plan until it is restored. */
export function deleteAspiration(db: Db, id: string, now: Date = new Date()): Aspiration {
  return db.transaction(() => {
    requireAspiration(db, id);
    return setDeleted(db, id, now.toISOString(), now);
  })();
}

export function restoreAspiration(db: Db, id: string, now: Date = new Date()): Aspiration {
  return db.transaction(() => setDeleted(db, id, null, now))();
}

export function reorderAspirations(db: Db, orderedIds: string[]): Aspiration[] {
  const repository = planRepository(db);
  return db.transaction(() => {
    const siblings = repository.liveAspirations();
    reorderSiblings(siblings, orderedIds, 'aspirations', (id, position) =>
      repository.setAspirationPosition(id, position),
    );
    return repository.liveAspirations().map(toAspiration);
  })();
}

export function achieveAspiration(
  db: Db,
  input: { id: string; achievedOn?: string },
  now: Date = new Date(),
): Aspiration {
  return db.transaction(() => {
    const current = requireAspiration(db, input.id);
    const achievedOn = input.achievedOn ?? current.achievedOn ?? localDate(now);
    return saveAspiration(
      db,
      current,
      { status: 'achieved', achievedOn, retiredOn: null, retiredReason: null, replacedBy: null },
      'achieved',
      now,
      `Marked achieved on ${dateInWords(achievedOn)}`,
    );
  })();
}

export function retireAspiration(
  db: Db,
  input: { id: string; reason: string; retiredOn?: string; replacedBy?: string },
  now: Date = new Date(),
  cause: RevisionCause = 'retired',
  note?: string,
): Aspiration {
  return db.transaction(() => {
    const current = requireAspiration(db, input.id);
    return saveAspiration(
      db,
      current,
      {
        status: 'retired',
        achievedOn: null,
        retiredOn: input.retiredOn ?? localDate(now),
        retiredReason: input.reason,
        replacedBy: input.replacedBy ?? null,
      },
      cause,
      now,
      note ?? `Retired: “${input.reason}”`,
    );
  })();
}

/** Makes an achieved or retired aspiration active again. */
export function reopenAspiration(db: Db, id: string, now: Date = new Date()): Aspiration {
  return db.transaction(() => {
    const current = requireAspiration(db, id);
    return saveAspiration(
      db,
      current,
      {
        status: 'active',
        achievedOn: null,
        retiredOn: null,
        retiredReason: null,
        replacedBy: null,
      },
      'reopened',
      now,
    );
  })();
}
