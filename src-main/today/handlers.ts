import type { todayContract } from '../contract/today';
import type { HandlersFor } from '../core/handlers';
import * as today from './service';

export const todayHandlers = {
  'today:view': (ctx) => today.todayView(ctx.db, ctx.now()),
  'today:answerCheckIn': (ctx, input) => today.answerCheckIn(ctx.db, input, ctx.now()),
  'today:checkIns': (ctx, input) => today.checkInsOf(ctx.db, input.goalId),
  'today:reminders': (ctx) => today.reminderSettings(ctx.db),
  'today:updateReminders': (ctx, input) => today.updateReminderSettings(ctx.db, input),
} satisfies HandlersFor<typeof todayContract>;
