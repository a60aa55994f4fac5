/** Links between journal entries and the plan, and *Start a reflection* on an aspiration or goal. */
import { ApiError } from '../contract/errors';
import type { EntrySummary } from '../contract/journal';
import type { EntryLink, LinkTargetKind } from '../contract/links';
import type { Db } from '../db/open';
import { createEntry, requireEntry, toSummary } from '../journal/service';
import { requireAspiration } from '../plan/aspirations';
import { requireGoal } from '../plan/goals';
import { planRepository } from '../plan/repository';
import { localDate } from '../shared/calendar';
import { choosePromptFor, docWithPrompt, type ReflectionTarget } from '../shared/prompts';
import { smartReport } from '../shared/plan/smart';
import { valuesRepository } from '../values/repository';
import { linkRepository } from './repository';

export interface LinkTarget {
  targetKind: LinkTargetKind;
  targetId: string;
}

/** The live aspiration or goal a link points at, or a not_found error a person can read. */
function requireTarget(db: Db, target: LinkTarget): { title: string; aspirationId: string } {
  try {
    if (target.targetKind === 'aspiration') {
      const aspiration = requireAspiration(db, target.targetId);
      return { title: aspiration.title, aspirationId: aspiration.id };
    }
    const goal = requireGoal(db, target.targetId);
    return { title: goal.title, aspirationId: goal.aspirationId };
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    const what = target.targetKind === 'aspiration' ? 'aspiration' : 'goal';
    throw new ApiError('not_found', `That ${what} no longer exists, so nothing can link to it.`, [
      { path: 'targetId', message: 'Not found.' },
    ]);
  }
}

/** A link's target if it is live; links to deleted targets are kept but not shown. */
function liveTarget(db: Db, target: LinkTarget): { title: string; aspirationId: string } | null {
  const plan = planRepository(db);
  if (target.targetKind === 'aspiration') {
    const row = plan.aspiration(target.targetId);
    return row && row.deleted_at === null ? { title: row.title, aspirationId: row.id } : null;
  }
  const goal = plan.goal(target.targetId);
  const parent = goal && plan.aspiration(goal.aspiration_id);
  if (!goal || goal.deleted_at !== null || !parent || parent.deleted_at !== null) return null;
  return { title: goal.title, aspirationId: goal.aspiration_id };
}

export function linksOfEntry(db: Db, entryId: string): EntryLink[] {
  requireEntry(db, entryId);
  const links: EntryLink[] = [];
  for (const row of linkRepository(db).ofEntry(entryId)) {
    const target = liveTarget(db, { targetKind: row.target_kind, targetId: row.target_id });
    if (!target) continue;
    links.push({
      targetKind: row.target_kind,
      targetId: row.target_id,
      title: target.title,
      aspirationId: target.aspirationId,
      createdAt: row.created_at,
    });
  }
  return links;
}

/** Links the entry to a live aspiration or goal; linking twice changes nothing. */
export function addLink(
  db: Db,
  input: { entryId: string } & LinkTarget,
  now: Date = new Date(),
): EntryLink[] {
  return db.transaction(() => {
    requireEntry(db, input.entryId);
    requireTarget(db, input);
    linkRepository(db).insert({
      entry_id: input.entryId,
      target_kind: input.targetKind,
      target_id: input.targetId,
      created_at: now.toISOString(),
    });
    return linksOfEntry(db, input.entryId);
  })();
}

/** Removes a link; removing one that is not there changes nothing. */
export function removeLink(db: Db, input: { entryId: string } & LinkTarget): EntryLink[] {
  return db.transaction(() => {
    requireEntry(db, input.entryId);
    // A link to a target deleted since is still there to remove; one that never was is not.
    if (!linkRepository(db).remove(input.entryId, input.targetKind, input.targetId)) {
      throw new ApiError('not_found', `This entry is not linked to that ${input.targetKind}.`, [
        { path: 'targetId', message: 'Not found.' },
      ]);
    }
    return linksOfEntry(db, input.entryId);
  })();
}

/** The entries outside the trash linked to the aspiration or goal, newest first. */
export function entriesLinkedTo(db: Db, target: LinkTarget): EntrySummary[] {
  requireTarget(db, target);
  return linkRepository(db).entriesOf(target.targetKind, target.targetId).map(toSummary);
}

const PROMPT_ID = /"promptId":"([^"\\]+)"/g;

/** Prompt ids used in the latest reflections on the target, so the next one asks something new. */
function recentPromptIds(db: Db, target: LinkTarget): string[] {
  const bodies = linkRepository(db).recentBodies(target.targetKind, target.targetId, 5);
  return bodies.flatMap((body) => [...body.matchAll(PROMPT_ID)].map((match) => match[1] as string));
}

function reflectionTarget(db: Db, target: LinkTarget, now: Date): ReflectionTarget {
  if (target.targetKind === 'aspiration') {
    const aspiration = requireAspiration(db, target.targetId);
    return {
      kind: 'aspiration',
      status: aspiration.status,
      valuesChecked: valuesRepository(db).savedOf(aspiration.id).length > 0,
    };
  }
  const goal = requireGoal(db, target.targetId);
  const open = goal.status === 'planned' || goal.status === 'in_progress';
  return {
    kind: 'goal',
    status: goal.status,
    missingSmart: smartReport(goal)
      .letters.filter((letter) => !letter.complete)
      .map((letter) => letter.letter),
    overdue: open && goal.dueDate < localDate(now),
  };
}

/** *Start a reflection*: a new entry for today, linked to the target, opening with a prompt. */
export function startReflection(
  db: Db,
  target: LinkTarget,
  now: Date = new Date(),
): { entryId: string } {
  return db.transaction(() => {
    requireTarget(db, target);
    const prompt = choosePromptFor(reflectionTarget(db, target, now), {
      avoid: recentPromptIds(db, target),
    });
    const entry = createEntry(db, { body: docWithPrompt(prompt) }, now);
    addLink(db, { entryId: entry.id, ...target }, now);
    return { entryId: entry.id };
  })();
}
