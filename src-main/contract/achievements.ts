import { z } from 'zod';
import type { GoalStatus } from './records/goal';
import {
  createAchievementInput,
  updateAchievementInput,
  type Achievement,
} from './records/achievement';
import { channel } from './define';
import { calendarDate, id } from './schemas';

export * from './records/achievement';

/** An achievement with what the window shows beside it: where it came from and what it serves. */
export interface AchievementView extends Achievement {
  /** The entry it was marked in (outside the trash), or null. */
  entry: { id: string; title: string; entryDate: string } | null;
  /** The live goal it serves or completed, or null. */
  goal: { id: string; title: string; status: GoalStatus; aspirationId: string } | null;
  /** The live aspiration it serves (the goal's, when it has a goal), or null. */
  aspiration: { id: string; title: string } | null;
  /** The entry's tags: achievements are filtered by them. */
  tags: string[];
}

export const achievementFilter = z
  .strictObject({
    /** Happened on or after this date. */
    from: calendarDate.optional(),
    /** Happened on or before this date. */
    to: calendarDate.optional(),
    aspirationId: id.optional(),
    tag: z.string().trim().min(1).max(100).optional(),
  })
  .refine((filter) => !filter.from || !filter.to || filter.from <= filter.to, {
    message: 'The start of the period should come before its end.',
    path: ['to'],
  });
export type AchievementFilter = z.input<typeof achievementFilter>;

// Reads the plan and the journal too: a goal marked done (or reopened) makes (or hides) one, and
// an entry put in the trash hides its own.
const READS = ['achievements', 'plan', 'journal', 'tags'] as const;

export const achievementsContract = {
  /** Live achievements, newest first, within the filter. */
  'achievements:list': channel(achievementFilter, { reads: READS }).returns<AchievementView[]>(),
  'achievements:create': channel(createAchievementInput, {
    changes: ['achievements'],
  }).returns<AchievementView>(),
  'achievements:update': channel(updateAchievementInput, {
    changes: ['achievements'],
  }).returns<AchievementView>(),
  /** Marks it deleted; `achievements:restore` brings it back. */
  'achievements:delete': channel(z.strictObject({ id }), {
    changes: ['achievements'],
  }).returns<Achievement>(),
  'achievements:restore': channel(z.strictObject({ id }), {
    changes: ['achievements'],
  }).returns<AchievementView>(),
};
