/**
 * The first-run welcome: shown to a new, empty journal until it is finished or skipped once. A
 * journal that already holds writing or a plan (imported, restored, or kept from before the
 * welcome existed) is not a first run, and never shows it. Finishing creates the first
 * aspiration, goal and reflection in one transaction, so a welcome left half-way leaves nothing.
 */
import type { WelcomeResult, WelcomeState } from '../contract/welcome';
import type { Db } from '../db/open';
import { settingsRepository } from '../db/settings';
import { createEntry } from '../journal/service';
import { createAspiration } from '../plan/aspirations';
import { createFromTemplate } from '../plan/from-template';
import { createGoal } from '../plan/goals';
import { docFromParagraphs } from '../shared/rich-text';
import { FIRST_RUN_KEY } from '../today/repository';

export function welcomeState(db: Db): WelcomeState {
  const stored = settingsRepository(db).text(FIRST_RUN_KEY);
  const outcome = stored === 'done' || stored === 'skipped' ? stored : null;
  return { show: outcome === null && isEmpty(db), outcome };
}

/** Nothing written and nothing planned yet, not even in the trash. */
function isEmpty(db: Db): boolean {
  return (
    db
      .prepare<[], number>(
        'SELECT NOT EXISTS (SELECT 1 FROM entries) AND NOT EXISTS (SELECT 1 FROM aspirations)',
      )
      .pluck()
      .get() === 1
  );
}

export function skipWelcome(db: Db): WelcomeState {
  const settings = settingsRepository(db);
  // Skipping after finishing keeps the record that it was finished.
  if (settings.text(FIRST_RUN_KEY) !== 'done') settings.putText(FIRST_RUN_KEY, 'skipped');
  return welcomeState(db);
}

export interface WelcomeInput {
  aspiration: { title: string } | { templateId: string };
  goal: { title: string; dueDate: string };
  reflection: string;
}

export function completeWelcome(
  db: Db,
  input: WelcomeInput,
  now: Date = new Date(),
): WelcomeResult {
  return db.transaction(() => {
    const note = 'Written in the welcome';
    const aspiration =
      'templateId' in input.aspiration
        ? createFromTemplate(db, input.aspiration.templateId, now)
        : createAspiration(db, { title: input.aspiration.title }, now, { note });
    const goal = createGoal(
      db,
      { aspirationId: aspiration.id, title: input.goal.title, dueDate: input.goal.dueDate },
      now,
      { note },
    );
    const paragraphs = input.reflection
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== '');
    const entry = createEntry(db, { body: docFromParagraphs(paragraphs) }, now);
    settingsRepository(db).putText(FIRST_RUN_KEY, 'done');
    return { aspirationId: aspiration.id, goalId: goal.id, entryId: entry.id };
  })();
}
