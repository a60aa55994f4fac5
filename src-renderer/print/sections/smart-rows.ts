import type { GoalNode } from '../../../src-main/contract';
import { formatAmount } from '../../../src-main/shared/plan/amount';

interface SmartPart {
  label?: string;
  text: string;
}

/** The SMART details the person filled in, letter by letter; empty fields are left out. */
export function smartRows(goal: GoalNode): { letter: string; name: string; parts: SmartPart[] }[] {
  const part = (text: string, label?: string): SmartPart[] =>
    text.trim() ? [{ label, text: text.trim() }] : [];
  const metric = goal.metricName.trim();
  const named = metric ? `${metric.charAt(0).toUpperCase()}${metric.slice(1)}` : 'Target';
  const unit = goal.metricUnit.trim() ? ` ${goal.metricUnit.trim()}` : '';
  // While the goal is open, its progress line already reads the metric; say it once.
  const measuredByProgress = goal.progress.source === 'metric';
  const target =
    goal.metricTarget !== null
      ? measuredByProgress
        ? ''
        : `${named}: ${formatAmount(goal.metricCurrent ?? 0)} of ${formatAmount(goal.metricTarget)}${unit}`
      : metric
        ? `${named} (no target set yet)`
        : '';
  const rows = [
    {
      letter: 'S',
      name: 'Specific',
      parts: [...part(goal.specificWhat), ...part(goal.specificWhy, 'Why it matters')],
    },
    { letter: 'M', name: 'Measurable', parts: part(target) },
    {
      letter: 'A',
      name: 'Achievable',
      parts: [...part(goal.obstacles, 'Obstacles'), ...part(goal.actionPlan, 'Plan')],
    },
    {
      letter: 'R',
      name: 'Realistic',
      parts: [...part(goal.realisticWhy), ...part(goal.letGo, 'Letting go of')],
    },
  ];
  return rows.filter((row) => row.parts.length > 0);
}
