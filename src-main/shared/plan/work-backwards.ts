/**
 * Working backwards from an aspiration's horizon: the person names the goals that must come first,
 * nearest the horizon first ("what must be true just before?", "and before that?"), and the planner
 * spreads their due dates evenly from the horizon back towards today. The nearest goal is due on the
 * horizon; each one starts the day after the goal before it is due (the earliest starts today).
 * Proposals come back in calendar order, for the person to adjust before anything is saved. Pure.
 */
import type { BackwardsProposal } from '../../contract/plan';
import { addDays, daysBetween } from '../calendar';
import { dateInWords } from '../date-words';

export type BackwardsResult =
  { ok: true; proposals: BackwardsProposal[] } | { ok: false; message: string };

export function proposeBackwards(options: {
  /** Nearest the horizon first. */
  titles: readonly string[];
  horizonDate: string | null;
  today: string;
}): BackwardsResult {
  const { titles, horizonDate, today } = options;
  if (!horizonDate) {
    return {
      ok: false,
      message: 'Set a horizon date first: working backwards needs an end point to count back from.',
    };
  }
  const span = daysBetween(today, horizonDate);
  if (span <= 0) {
    return {
      ok: false,
      message: `The horizon (${dateInWords(horizonDate)}) is not in the future. Move it later to plan backwards from it.`,
    };
  }
  if (titles.length === 0) {
    return { ok: false, message: 'Name at least one goal that must come first.' };
  }
  const count = titles.length;
  // Goal k (0 = nearest the horizon) is due k equal shares of the span before the horizon.
  const dueDates = titles.map((_, k) => addDays(horizonDate, -Math.round((k * span) / count)));
  const proposals: BackwardsProposal[] = [];
  for (let k = count - 1; k >= 0; k--) {
    const dueDate = dueDates[k] as string;
    const earlier = dueDates[k + 1];
    const startDate = earlier === undefined ? today : addDays(earlier, 1);
    proposals.push({
      title: (titles[k] as string).trim(),
      startDate: startDate > dueDate ? dueDate : startDate,
      dueDate,
    });
  }
  return { ok: true, proposals };
}
