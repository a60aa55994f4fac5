/**
 * Keeping versions. Each change to an aspiration or a goal stores the whole new state with a sentence
 * saying what changed. Edits made within a few minutes of each other form one editing session and
 * are kept as one version (autosave would otherwise store a version per pause in typing); the state
 * before the session is always kept, and any other change (a restore, a retirement, …) is its own
 * version.
 */
import { randomUUID } from 'node:crypto';
import { notFound } from '../contract/errors';
import type {
  AspirationSnapshot,
  GoalSnapshot,
  PlanRevision,
  RevisionCause,
  RevisionKind,
} from '../contract/plan';
import type { Db } from '../db/open';
import { planRepository, type RevisionRow } from './repository';
import { changesBetween, summarize } from './revisions';

/** Edits closer together than this are one version. */
export const EDIT_SESSION_MS = 5 * 60_000;

type Snapshot = AspirationSnapshot | GoalSnapshot;

export function recordVersion(
  db: Db,
  options: {
    kind: RevisionKind;
    refId: string;
    cause: RevisionCause;
    snapshot: Snapshot;
    now: Date;
    /** Replaces the cause's usual words, e.g. "Created from the Sales template". */
    note?: string;
  },
): void {
  const repository = planRepository(db);
  const { kind, refId, cause, snapshot, now, note } = options;
  const [latest, previous] = repository.latestRevisions(kind, refId);
  const row = (version: number, summary: string): RevisionRow => ({
    id: randomUUID(),
    kind,
    ref_id: refId,
    version,
    cause,
    snapshot_json: JSON.stringify(snapshot),
    summary,
    created_at: now.toISOString(),
  });

  if (!latest) {
    repository.insertRevision(row(1, summarize(cause, [], note)));
    return;
  }
  const changes = changesBetween(kind, JSON.parse(latest.snapshot_json) as Snapshot, snapshot);
  if (changes.length === 0) return;

  // An edit with its own words (a change merged from another computer) stands as its own version,
  // so the value it replaces stays in History.
  const sameSession =
    cause === 'edited' &&
    note === undefined &&
    latest.cause === 'edited' &&
    previous !== undefined &&
    now.getTime() - Date.parse(latest.created_at) < EDIT_SESSION_MS;
  if (sameSession) {
    const base = JSON.parse(previous.snapshot_json) as Snapshot;
    const sessionChanges = changesBetween(kind, base, snapshot);
    if (sessionChanges.length === 0) {
      // Edited back to how it was before the session: that session left nothing to keep.
      repository.deleteRevision(latest.id);
      return;
    }
    repository.replaceRevision({
      id: latest.id,
      snapshot_json: JSON.stringify(snapshot),
      summary: summarize('edited', sessionChanges),
      created_at: now.toISOString(),
    });
    return;
  }
  repository.insertRevision(row(latest.version + 1, summarize(cause, changes, note)));
}

function toRevision(row: RevisionRow, current: boolean): PlanRevision {
  return {
    id: row.id,
    kind: row.kind,
    refId: row.ref_id,
    version: row.version,
    cause: row.cause,
    summary: row.summary,
    createdAt: row.created_at,
    current,
    snapshot: JSON.parse(row.snapshot_json) as Snapshot,
  };
}

/** Every version, newest (the one in use) first. */
export function listHistory(db: Db, kind: RevisionKind, refId: string): PlanRevision[] {
  const repository = planRepository(db);
  const exists = kind === 'aspiration' ? repository.aspiration(refId) : repository.goal(refId);
  if (!exists || exists.deleted_at !== null) {
    throw notFound(kind);
  }
  return repository.revisionsOf(kind, refId).map((row, index) => toRevision(row, index === 0));
}

export function getRevision(db: Db, revisionId: string): PlanRevision {
  const row = planRepository(db).revision(revisionId);
  if (!row) {
    throw notFound('version', 'revisionId');
  }
  return toRevision(row, false);
}
