/**
 * How far along a goal is. Pure, shared with the window. A measurable goal (a target is set) reads
 * its metric; otherwise its steps; a goal marked done is done whatever the numbers say.
 */
import type { Goal, GoalStep, Progress } from '../../contract/plan';
import { amountOfTarget, formatAmount } from './amount';

type ProgressGoal = Pick<
  Goal,
  'status' | 'metricName' | 'metricUnit' | 'metricTarget' | 'metricCurrent'
>;
type ProgressStep = Pick<GoalStep, 'done'>;

function clamp(fraction: number): number {
  if (!Number.isFinite(fraction)) return 0;
  return Math.min(1, Math.max(0, fraction));
}

function progressOf(fraction: number, source: Progress['source'], label: string): Progress {
  const clamped = clamp(fraction);
  return { fraction: clamped, percent: Math.floor(clamped * 100 + 1e-9), source, label };
}

export function goalProgress(goal: ProgressGoal, steps: readonly ProgressStep[]): Progress {
  const metric =
    goal.metricTarget !== null && goal.metricTarget > 0
      ? { target: goal.metricTarget, current: goal.metricCurrent ?? 0 }
      : null;
  const doneSteps = steps.filter((step) => step.done).length;

  if (goal.status === 'done') {
    const detail = metric
      ? ` (${formatAmount(metric.current)} of ${formatAmount(metric.target)})`
      : '';
    return progressOf(1, 'status', `Done${detail}`);
  }
  if (metric) {
    const unit = goal.metricUnit.trim();
    const name = goal.metricName.trim();
    const amount = amountOfTarget(metric.current, metric.target, unit);
    const label = name ? `${name.charAt(0).toUpperCase()}${name.slice(1)}: ${amount}` : amount;
    return progressOf(metric.current / metric.target, 'metric', label);
  }
  if (steps.length > 0) {
    return progressOf(
      doneSteps / steps.length,
      'steps',
      `${doneSteps} of ${steps.length} ${steps.length === 1 ? 'step' : 'steps'} done`,
    );
  }
  return progressOf(0, 'none', 'Nothing to measure yet: set a target or add steps');
}

/** An aspiration's progress: the mean of its goals, leaving dropped goals out. */
export function aspirationProgress(
  goals: readonly (Pick<Goal, 'status'> & { progress: Progress })[],
): Progress {
  const counted = goals.filter((goal) => goal.status !== 'dropped');
  if (counted.length === 0) return progressOf(0, 'none', 'No goals yet');
  const mean = counted.reduce((sum, goal) => sum + goal.progress.fraction, 0) / counted.length;
  const done = counted.filter((goal) => goal.status === 'done').length;
  return progressOf(
    mean,
    'steps',
    `${done} of ${counted.length} ${counted.length === 1 ? 'goal' : 'goals'} done`,
  );
}
