/**
 * The plan's facts in the words every printed form says them in: the page (sections/) and the
 * document formats (document/) read the same lines from here.
 */
import type { AspirationNode, GoalNode, GoalStep } from '../../src-main/contract';
import { ASPIRATION_STATUS_LABELS, GOAL_STATUS_LABELS } from '../../src-main/shared/labels';
import { dateInWords, shortDate } from './dates';
import type { PrintModel } from './model';

/** "Achieved 3 March 2027 · Target 30 June 2027 · 2 of 3 goals done". */
export function aspirationMeta(aspiration: AspirationNode): string {
  const parts: string[] = [ASPIRATION_STATUS_LABELS[aspiration.status]];
  if (aspiration.status === 'achieved' && aspiration.achievedOn) {
    parts[0] = `Achieved ${dateInWords(aspiration.achievedOn)}`;
  }
  if (aspiration.status === 'retired' && aspiration.retiredOn) {
    parts[0] = `Retired ${dateInWords(aspiration.retiredOn)}`;
  }
  if (aspiration.horizonDate) parts.push(`Target ${dateInWords(aspiration.horizonDate)}`);
  parts.push(aspiration.progress.label);
  return parts.join(' · ');
}

/** "Done 3 Mar 2027", or the status's own label. */
export function goalStatusWords(goal: GoalNode): string {
  return goal.status === 'done' && goal.completedOn
    ? `Done ${shortDate(goal.completedOn)}`
    : GOAL_STATUS_LABELS[goal.status];
}

/** "done 3 Mar 2027", "by 1 Apr 2027", or nothing. */
export function stepMeta(step: GoalStep): string {
  if (step.done) return `done${step.doneOn ? ` ${shortDate(step.doneOn)}` : ''}`;
  return step.dueDate ? `by ${shortDate(step.dueDate)}` : '';
}

/** "2 aspirations · 5 goals · 1 achieved": the full plan's size, under its title. */
export function planCounts(model: PrintModel): string {
  const goals = model.aspirations.flatMap((aspiration) => aspiration.goals);
  const done = goals.filter((goal) => goal.status === 'done').length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return [
    plural(model.aspirations.length, 'aspiration'),
    plural(goals.length, 'goal'),
    `${done} achieved`,
  ].join(' · ');
}
