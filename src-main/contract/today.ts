import { z } from 'zod';
import { channel } from './define';
import { CHECK_IN_POINT_NAMES, type CheckInAnswer, type CheckInPoint } from './records/check-in';
import { id } from './schemas';
import type { ValuesNudge } from './values';

// ---------------------------------------------------------------------------------------------
// The records
// ---------------------------------------------------------------------------------------------

export { CHECK_IN_POINT_NAMES, type CheckInAnswer, type CheckInPoint } from './records/check-in';

/** A goal or a step with a due date, as Today lists it. */
export interface TodayDueItem {
  kind: 'goal' | 'step';
  /** The step's id for a step, else the goal's. */
  id: string;
  goalId: string;
  aspirationId: string;
  /** The goal's title for a goal, the step's text for a step. */
  title: string;
  goalTitle: string;
  aspirationTitle: string;
  dueDate: string;
  /** Days from today to the due date: negative when overdue, 0 when due today. */
  days: number;
}

/** A check-in a goal is asking for today. */
export interface TodayCheckIn {
  goalId: string;
  aspirationId: string;
  title: string;
  aspirationTitle: string;
  point: CheckInPoint;
  /** The day the check-in fell due. */
  dueOn: string;
  windowStart: string;
  dueDate: string;
  /** e.g. "You are halfway from 1 March 2026 to 31 August 2026." */
  message: string;
}

/** What needs attention today, worked out from the plan, the values checks and the check-ins. */
export interface TodayView {
  today: string;
  /** Open goals and undone steps past their due date, most overdue first. */
  overdue: TodayDueItem[];
  /** Due today or in the next `UPCOMING_DAYS` days, soonest first. */
  upcoming: TodayDueItem[];
  checkIns: TodayCheckIn[];
  /** Active aspirations not checked against the person's values recently (the values nudge). */
  values: ValuesNudge[];
}

export interface ReminderSettings {
  /** Off until the person turns it on. */
  enabled: boolean;
  /** Local time of day, `HH:MM`. */
  time: string;
}

// ---------------------------------------------------------------------------------------------
// The channels
// ---------------------------------------------------------------------------------------------

export const reminderTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a time of day such as 08:30.');

export const todayContract = {
  'today:view': channel(z.strictObject({}), { reads: ['today'] }).returns<TodayView>(),
  /** Records the answer on the goal; with `reflect`, also starts a journal entry about it. */
  'today:answerCheckIn': channel(
    z.strictObject({
      goalId: id,
      point: z.enum(CHECK_IN_POINT_NAMES),
      onTrack: z.boolean(),
      realistic: z.boolean(),
      note: z.string().max(4000, 'Keep the note under 4,000 characters.').optional(),
      reflect: z.boolean().optional(),
    }),
    { changes: ['today', 'journal', 'search'] },
  ).returns<{ answer: CheckInAnswer; entryId: string | null }>(),
  /** A goal's answered check-ins, oldest first. */
  'today:checkIns': channel(z.strictObject({ goalId: id }), { reads: ['today'] }).returns<
    CheckInAnswer[]
  >(),
  'today:reminders': channel(z.strictObject({}), { reads: ['today'] }).returns<ReminderSettings>(),
  'today:updateReminders': channel(z.strictObject({ enabled: z.boolean(), time: reminderTime }), {
    changes: ['today'],
  }).returns<ReminderSettings>(),
};
