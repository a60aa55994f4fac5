/**
 * What Today lists, worked out without a database: overdue goals and steps, what falls due in the
 * next two weeks, the check-ins goals are asking for, and the values nudges. Dates are compared as
 * calendar days; the only instant read is each goal's creation time, turned into the person's
 * local date (the start of its window when it has no start date).
 */
import type { CheckInPoint, TodayCheckIn, TodayDueItem, TodayView } from '../contract/today';
import type { ValuesNudge } from '../contract/values';
import { daysBetween, localDate } from '../shared/calendar';
import { dateInWords } from '../shared/date-words';
import { CHECK_IN_POINTS, dueCheckIn, windowStartOf } from './checkin-schedule';

/** How far ahead Today looks. */
export const UPCOMING_DAYS = 14;

export interface TodayStepInput {
  id: string;
  text: string;
  dueDate: string | null;
  done: boolean;
}

export interface TodayGoalInput {
  id: string;
  title: string;
  status: string;
  startDate: string | null;
  dueDate: string;
  /** ISO instant. */
  createdAt: string;
  steps: TodayStepInput[];
}

export interface TodayAspirationInput {
  id: string;
  title: string;
  status: string;
  goals: TodayGoalInput[];
}

export interface TodayInput {
  today: string;
  aspirations: TodayAspirationInput[];
  /** Answered check-in points per goal id. */
  answered: ReadonlyMap<string, ReadonlySet<CheckInPoint>>;
  nudges: ValuesNudge[];
}

const isOpen = (status: string) => status === 'planned' || status === 'in_progress';
const NONE = new Set<CheckInPoint>();

export function buildToday(input: TodayInput): TodayView {
  const { today } = input;
  const overdue: TodayDueItem[] = [];
  const upcoming: TodayDueItem[] = [];
  const checkIns: TodayCheckIn[] = [];

  const place = (item: TodayDueItem) => {
    if (item.days < 0) overdue.push(item);
    else if (item.days <= UPCOMING_DAYS) upcoming.push(item);
  };

  for (const aspiration of input.aspirations) {
    if (aspiration.status !== 'active') continue;
    for (const goal of aspiration.goals) {
      if (!isOpen(goal.status)) continue;
      const base = {
        goalId: goal.id,
        aspirationId: aspiration.id,
        goalTitle: goal.title,
        aspirationTitle: aspiration.title,
      };
      place({
        ...base,
        kind: 'goal',
        id: goal.id,
        title: goal.title,
        dueDate: goal.dueDate,
        days: daysBetween(today, goal.dueDate),
      });
      for (const step of goal.steps) {
        if (step.done || step.dueDate === null) continue;
        place({
          ...base,
          kind: 'step',
          id: step.id,
          title: step.text,
          dueDate: step.dueDate,
          days: daysBetween(today, step.dueDate),
        });
      }

      const window = {
        status: goal.status,
        startDate: goal.startDate,
        createdOn: localDate(new Date(goal.createdAt)),
        dueDate: goal.dueDate,
      };
      const due = dueCheckIn(window, input.answered.get(goal.id) ?? NONE, today);
      if (due) {
        const start = windowStartOf(window);
        const words = CHECK_IN_POINTS.find((p) => p.point === due.point)?.words ?? '';
        checkIns.push({
          goalId: goal.id,
          aspirationId: aspiration.id,
          title: goal.title,
          aspirationTitle: aspiration.title,
          point: due.point,
          dueOn: due.date,
          windowStart: start,
          dueDate: goal.dueDate,
          message: `You are ${words} from ${dateInWords(start)} to ${dateInWords(goal.dueDate)}.`,
        });
      }
    }
  }

  // Goals before their own steps on the same day; otherwise by date, then title.
  const byDate = (a: TodayDueItem, b: TodayDueItem) =>
    a.days - b.days ||
    (a.kind === b.kind ? 0 : a.kind === 'goal' ? -1 : 1) ||
    a.title.localeCompare(b.title);
  overdue.sort(byDate);
  upcoming.sort(byDate);
  checkIns.sort((a, b) => daysBetween(b.dueOn, a.dueOn) || a.title.localeCompare(b.title));

  return { today, overdue, upcoming, checkIns, values: input.nudges };
}

/** How many things Today lists. */
export function attentionCount(view: TodayView): number {
  return view.overdue.length + view.upcoming.length + view.checkIns.length + view.values.length;
}
