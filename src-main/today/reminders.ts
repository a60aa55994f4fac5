/**
 * The daily reminder, pure: whether it is time to send it, and what it says. The desktop glue
 * (src-main/electron/reminders.ts) only asks these and shows the notification; nothing leaves the
 * machine.
 */
import type { ReminderSettings, TodayView } from '../contract/today';
import { localDate } from '../shared/calendar';

export const DEFAULT_REMINDER_TIME = '09:00';

function minutesOf(time: string): number {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return hours * 60 + minutes;
}

/**
 * True when reminders are on, the chosen time of day has come on the local clock, and no reminder
 * has been sent yet on today's date. Starting the app after the time still sends that day's one.
 */
export function isReminderDue(
  settings: ReminderSettings,
  lastSentOn: string | null,
  now: Date,
): boolean {
  if (!settings.enabled) return false;
  if (lastSentOn === localDate(now)) return false;
  return now.getHours() * 60 + now.getMinutes() >= minutesOf(settings.time);
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function titles(items: { title: string }[], max = 2): string {
  const shown = items.slice(0, max).map((item) => `“${item.title}”`);
  const more = items.length - shown.length;
  return more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(' and ');
}

/** The notification's words, or null when nothing needs attention (then nothing is shown). */
export function reminderSummary(view: TodayView): { title: string; body: string } | null {
  const lines: string[] = [];
  if (view.overdue.length > 0) {
    lines.push(`Overdue: ${titles(view.overdue)}.`);
  }
  const dueToday = view.upcoming.filter((item) => item.days === 0);
  const later = view.upcoming.length - dueToday.length;
  if (dueToday.length > 0) lines.push(`Due today: ${titles(dueToday)}.`);
  if (later > 0) lines.push(`${count(later, 'thing', 'things')} due in the next two weeks.`);
  if (view.checkIns.length > 0) {
    lines.push(`${count(view.checkIns.length, 'goal asks', 'goals ask')} for a check-in.`);
  }
  if (view.values.length > 0) {
    lines.push(
      `${count(view.values.length, 'aspiration', 'aspirations')} to check against your values.`,
    );
  }
  if (lines.length === 0) return null;
  const total =
    view.overdue.length + view.upcoming.length + view.checkIns.length + view.values.length;
  return {
    title: `Waymark: ${count(total, 'thing needs', 'things need')} your attention`,
    body: lines.join('\n'),
  };
}
