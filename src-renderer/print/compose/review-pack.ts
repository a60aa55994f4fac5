/**
 * The review pack's content, as data: the achievements of a period grouped by the aspiration they
 * served, each group with the goals they moved. Pure, so every format (PDF pages, and any other
 * format drawn from the print model) says the same thing. Private by default: journal passages are
 * in it only when the person ticked to include journal text.
 */
import type {
  AchievementView,
  AspirationNode,
  GoalStatus,
  PrintOptions,
} from '../../../src-main/contract';
import { amountWithUnit, resumeLineOf } from '../../../src-main/shared/achievements/resume-line';
import { addDays, addMonths } from '../../../src-main/shared/calendar';
import { GOAL_STATUS_LABELS } from '../../../src-main/shared/labels';

export interface ReviewItem {
  id: string;
  happenedOn: string;
  /** The résumé line: the person's wording, else the draft. */
  line: string;
  result: string;
  /** "32%", "52 pitches", or null. */
  amount: string | null;
  goalTitle: string | null;
  /** The marked journal passage (or the entry's title when the whole entry was marked); only with journal text ticked. */
  passage: string | null;
}

export interface ReviewGoal {
  id: string;
  title: string;
  status: GoalStatus;
  /** Progress in percent, from the plan (null when the goal is not in the plan read). */
  percent: number | null;
}

export interface ReviewGroup {
  /** null: achievements that serve no aspiration. */
  aspiration: { id: string; title: string } | null;
  items: ReviewItem[];
  goals: ReviewGoal[];
}

export interface ReviewPack {
  from: string;
  to: string;
  groups: ReviewGroup[];
  count: number;
}

/** The period the options ask for; the last 12 months up to `today` by default. */
export function reviewPeriod(
  options: Pick<PrintOptions, 'reviewFrom' | 'reviewTo'>,
  today: string,
): { from: string; to: string } {
  const to = options.reviewTo ?? today;
  const from = options.reviewFrom ?? addDays(addMonths(to, -12), 1);
  return { from, to };
}

function itemOf(achievement: AchievementView, includeJournal: boolean): ReviewItem {
  const passage = includeJournal
    ? achievement.passage.trim() ||
      (achievement.entry ? `(the entry “${achievement.entry.title}”)` : '')
    : '';
  return {
    id: achievement.id,
    happenedOn: achievement.happenedOn,
    line: resumeLineOf({
      ...achievement,
      goalTitle: achievement.goal?.title,
      aspirationTitle: achievement.aspiration?.title,
    }),
    result: achievement.result,
    amount:
      achievement.metricValue === null
        ? null
        : amountWithUnit(achievement.metricValue, achievement.metricUnit),
    // A goal's own achievement is the goal: it does not say it served itself.
    goalTitle: achievement.source === 'goal' ? null : (achievement.goal?.title ?? null),
    passage: passage || null,
  };
}

/**
 * Groups in the plan's order of the chosen aspirations, then "other achievements" (no aspiration).
 * Achievements serving an aspiration the person left out of the document are left out too.
 * Within a group, newest first.
 */
export function buildReviewPack(
  options: Pick<PrintOptions, 'reviewFrom' | 'reviewTo' | 'includeJournal' | 'aspirationIds'>,
  today: string,
  aspirations: readonly AspirationNode[],
  achievements: readonly AchievementView[],
): ReviewPack {
  const { from, to } = reviewPeriod(options, today);
  const chosen = new Set(options.aspirationIds);
  const inPeriod = achievements
    .filter((a) => a.happenedOn >= from && a.happenedOn <= to)
    .sort((a, b) => (a.happenedOn < b.happenedOn ? 1 : a.happenedOn > b.happenedOn ? -1 : 0));
  const goalNodes = new Map(aspirations.flatMap((a) => a.goals).map((goal) => [goal.id, goal]));
  const groupOf = (list: AchievementView[], aspiration: ReviewGroup['aspiration']): ReviewGroup => {
    const goals = new Map<string, ReviewGoal>();
    for (const achievement of list) {
      if (!achievement.goal || goals.has(achievement.goal.id)) continue;
      const node = goalNodes.get(achievement.goal.id);
      goals.set(achievement.goal.id, {
        id: achievement.goal.id,
        title: achievement.goal.title,
        status: achievement.goal.status,
        percent: node ? node.progress.percent : null,
      });
    }
    return {
      aspiration,
      items: list.map((a) => itemOf(a, options.includeJournal)),
      goals: [...goals.values()],
    };
  };
  const groups: ReviewGroup[] = [];
  for (const aspiration of aspirations) {
    if (!chosen.has(aspiration.id)) continue;
    const list = inPeriod.filter((a) => a.aspiration?.id === aspiration.id);
    if (list.length > 0) groups.push(groupOf(list, { id: aspiration.id, title: aspiration.title }));
  }
  const unplaced = inPeriod.filter((a) => a.aspiration === null);
  if (unplaced.length > 0) groups.push(groupOf(unplaced, null));
  return { from, to, groups, count: groups.reduce((sum, group) => sum + group.items.length, 0) };
}

/** How far a goal the pack names has come: "done", "40%", or its status. */
export function reviewGoalState(goal: ReviewGoal): string {
  if (goal.status === 'done') return 'done';
  if (goal.percent !== null && goal.percent > 0) return `${goal.percent}%`;
  return GOAL_STATUS_LABELS[goal.status].toLowerCase();
}

export const achievementCount = (n: number) => `${n} achievement${n === 1 ? '' : 's'}`;
