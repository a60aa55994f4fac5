/**
 * What is wrong with a plan's dates, in words a person can act on. Pure, shared with the window.
 *
 * - a goal due after its aspiration's horizon;
 * - a step due after its goal;
 * - a goal that starts after it is due;
 * - an open goal (planned or in progress) of an active aspiration whose due date has passed.
 *
 * Dropped goals are left alone: they are no longer part of the plan. Done steps are left alone too.
 */
import type { Aspiration, Goal, GoalStep, PlanWarning } from '../../contract/plan';
import { daysBetween } from '../calendar';
import { dateInWords, daysInWords } from '../date-words';

type WarningAspiration = Pick<Aspiration, 'id' | 'title' | 'horizonDate' | 'status'>;
type WarningGoal = Pick<Goal, 'id' | 'title' | 'startDate' | 'dueDate' | 'status'> & {
  steps: readonly Pick<GoalStep, 'id' | 'text' | 'dueDate' | 'done'>[];
};

const quoted = (text: string) => `“${text.trim()}”`;

export function goalWarnings(
  aspiration: WarningAspiration,
  goal: WarningGoal,
  today: string,
): PlanWarning[] {
  if (goal.status === 'dropped') return [];
  const warnings: PlanWarning[] = [];
  const about = { aspirationId: aspiration.id, goalId: goal.id };

  if (aspiration.horizonDate && goal.dueDate > aspiration.horizonDate) {
    warnings.push({
      ...about,
      code: 'goal-due-after-horizon',
      message:
        `${quoted(goal.title)} is due on ${dateInWords(goal.dueDate)}, after the horizon of ` +
        `${quoted(aspiration.title)} (${dateInWords(aspiration.horizonDate)}). ` +
        'Bring the goal forward or move the horizon.',
    });
  }

  if (goal.startDate && goal.startDate > goal.dueDate) {
    warnings.push({
      ...about,
      code: 'start-after-due',
      message:
        `${quoted(goal.title)} starts on ${dateInWords(goal.startDate)}, after it is due ` +
        `(${dateInWords(goal.dueDate)}). Move the start earlier or the due date later.`,
    });
  }

  const open = goal.status === 'planned' || goal.status === 'in_progress';
  if (open && aspiration.status === 'active' && goal.dueDate < today) {
    const late = daysBetween(goal.dueDate, today);
    warnings.push({
      ...about,
      code: 'goal-overdue',
      message:
        `${quoted(goal.title)} was due on ${dateInWords(goal.dueDate)} and is ${daysInWords(late)} ` +
        'overdue. Mark it done, give it a new date, or drop it.',
    });
  }

  for (const step of goal.steps) {
    if (step.done || !step.dueDate || step.dueDate <= goal.dueDate) continue;
    warnings.push({
      ...about,
      stepId: step.id,
      code: 'step-due-after-goal',
      message:
        `The step ${quoted(step.text)} is due on ${dateInWords(step.dueDate)}, after its goal ` +
        `${quoted(goal.title)} (${dateInWords(goal.dueDate)}).`,
    });
  }
  return warnings;
}
