/** Today, the check-ins and the reminder settings, over the database. */
import { randomUUID } from 'node:crypto';
import { ApiError } from '../contract/errors';
import type { CheckInAnswer, CheckInPoint, ReminderSettings, TodayView } from '../contract/today';
import { CHECK_IN } from '../contract/records/check-in';
import type { Db } from '../db/open';
import { settingsRepository } from '../db/settings';
import { createEntry } from '../journal/service';
import { requireGoal } from '../plan/goals';
import { rowMapper } from '../plan/rows';
import { planTree } from '../plan/tree';
import { localDate } from '../shared/calendar';
import { dateInWords } from '../shared/date-words';
import { docFromParagraphs } from '../shared/rich-text';
import { valuesOverview } from '../values/overview';
import { CHECK_IN_POINTS, checkInSchedule, windowStartOf } from './checkin-schedule';
import { isReminderDue, reminderSummary, DEFAULT_REMINDER_TIME } from './reminders';
import {
  REMINDERS_ENABLED_KEY,
  REMINDERS_LAST_SENT_KEY,
  REMINDERS_TIME_KEY,
  todayRepository,
} from './repository';
import { buildToday } from './today-list';

/** A check-in's row and its answer, both ways, derived from the declared record. */
const checkIns = rowMapper(CHECK_IN);

export function todayView(db: Db, now: Date = new Date()): TodayView {
  const tree = planTree(db, { statuses: ['active'] }, now);
  const answered = new Map<string, Set<CheckInPoint>>();
  for (const row of todayRepository(db).allAnswers()) {
    const points = answered.get(row.goal_id);
    if (points) points.add(row.point);
    else answered.set(row.goal_id, new Set([row.point]));
  }
  return buildToday({
    today: tree.today,
    aspirations: tree.aspirations,
    answered,
    nudges: valuesOverview(db, now).nudges,
  });
}

export function checkInsOf(db: Db, goalId: string): CheckInAnswer[] {
  requireGoal(db, goalId);
  return todayRepository(db).answersOf(goalId).map(checkIns.toRecord);
}

function reflectionParagraphs(goalTitle: string, answer: CheckInAnswer, words: string): string[] {
  const paragraphs = [
    `Check-in on “${goalTitle}”, ${words} through its window (${dateInWords(answer.answeredOn)}).`,
    `On track: ${answer.onTrack ? 'yes' : 'no'}. Still realistic: ${answer.realistic ? 'yes' : 'no'}.`,
  ];
  if (answer.note.trim() !== '') paragraphs.push(answer.note.trim());
  paragraphs.push('');
  if (!answer.onTrack) {
    paragraphs.push('What has held it back, and what would get it moving again this week?');
  }
  if (!answer.realistic) {
    paragraphs.push(
      'What would make it realistic again: more time, a smaller target, or letting something else go?',
    );
  }
  if (answer.onTrack && answer.realistic) {
    paragraphs.push('What is working, and how can you keep it going until the due date?');
  }
  paragraphs.push('');
  return paragraphs;
}

export interface AnswerInput {
  goalId: string;
  point: CheckInPoint;
  onTrack: boolean;
  realistic: boolean;
  note?: string;
  reflect?: boolean;
}

/**
 * Records a check-in answer on the goal. A point is answered once; a point the goal's window never
 * reaches (or has not reached yet) is refused, so the answer always belongs to a real check-in.
 */
export function answerCheckIn(
  db: Db,
  input: AnswerInput,
  now: Date = new Date(),
): { answer: CheckInAnswer; entryId: string | null } {
  return db.transaction(() => {
    const goal = requireGoal(db, input.goalId);
    if (goal.status === 'done' || goal.status === 'dropped') {
      throw new ApiError('conflict', `“${goal.title}” is ${goal.status}, so it has no check-ins.`, [
        { path: 'goalId', message: 'Not open.' },
      ]);
    }
    const today = localDate(now);
    const start = windowStartOf({ ...goal, createdOn: localDate(new Date(goal.createdAt)) });
    const scheduled = checkInSchedule(start, goal.dueDate).find((s) => s.point === input.point);
    if (!scheduled || scheduled.date > today) {
      throw new ApiError('conflict', 'This goal is not asking for that check-in.', [
        { path: 'point', message: 'Not due.' },
      ]);
    }
    const repository = todayRepository(db);
    if (repository.answer(goal.id, input.point)) {
      throw new ApiError('conflict', 'You have already answered this check-in.', [
        { path: 'point', message: 'Already answered.' },
      ]);
    }
    const answer: CheckInAnswer = {
      id: randomUUID(),
      goalId: goal.id,
      point: input.point,
      dueOn: scheduled.date,
      answeredOn: today,
      onTrack: input.onTrack,
      realistic: input.realistic,
      note: input.note?.trim() ?? '',
      entryId: null,
      createdAt: now.toISOString(),
    };
    if (input.reflect) {
      const words = CHECK_IN_POINTS.find((p) => p.point === input.point)?.words ?? '';
      const entry = createEntry(
        db,
        { body: docFromParagraphs(reflectionParagraphs(goal.title, answer, words)) },
        now,
      );
      answer.entryId = entry.id;
    }
    repository.insert(checkIns.toRow(answer));
    return { answer, entryId: answer.entryId };
  })();
}

export function reminderSettings(db: Db): ReminderSettings {
  const settings = settingsRepository(db);
  const time = settings.text(REMINDERS_TIME_KEY);
  return {
    enabled: settings.text(REMINDERS_ENABLED_KEY) === 'true',
    time: time && /^([01]\d|2[0-3]):[0-5]\d$/.test(time) ? time : DEFAULT_REMINDER_TIME,
  };
}

export function updateReminderSettings(db: Db, input: ReminderSettings): ReminderSettings {
  const settings = settingsRepository(db);
  db.transaction(() => {
    settings.putText(REMINDERS_ENABLED_KEY, String(input.enabled));
    settings.putText(REMINDERS_TIME_KEY, input.time);
  })();
  return reminderSettings(db);
}

/**
 * The reminder to show now, if it is time: marks today as sent (also when there is nothing to say,
 * so the day's work is done once) and returns the words, or null.
 */
export function takeReminder(
  db: Db,
  now: Date = new Date(),
): { title: string; body: string } | null {
  const settings = settingsRepository(db);
  const lastSent = settings.text(REMINDERS_LAST_SENT_KEY) ?? null;
  if (!isReminderDue(reminderSettings(db), lastSent, now)) return null;
  settings.putText(REMINDERS_LAST_SENT_KEY, localDate(now));
  return reminderSummary(todayView(db, now));
}
