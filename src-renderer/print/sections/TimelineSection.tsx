/**
 * The timeline, as a compact table: each goal with its start and due dates and a bar on one time
 * axis scaled to the page's width, today marked. Drawn for black and white: done is solid,
 * in progress hatched, planned outlined, and the status is also written out.
 *
 * A stand-in until the Timeline screen's print component exists: swap `timelineSection` in
 * FULL_PLAN_SECTIONS for one built on it.
 */
import type { GoalNode } from '../../../src-main/contract';
import { toDayNumber } from '../../../src-main/shared/calendar';
import type { PrintBlock } from '../blocks';
import { shortDate } from '../dates';
import type { PrintModel } from '../model';
import { GOAL_STATUS_WORDS } from './labels';
import type { PrintSection } from './section';

interface Axis {
  from: number;
  to: number;
  years: number[];
}

function axisFor(goals: GoalNode[], today: string): Axis {
  const days = goals.flatMap((goal) => [
    toDayNumber(goal.startDate ?? goal.dueDate),
    toDayNumber(goal.dueDate),
  ]);
  days.push(toDayNumber(today));
  const first = new Date(Math.min(...days) * 86_400_000).getUTCFullYear();
  const last = new Date(Math.max(...days) * 86_400_000).getUTCFullYear();
  const from = toDayNumber(`${first}-01-01`);
  const to = toDayNumber(`${last + 1}-01-01`);
  const years: number[] = [];
  const step = Math.max(1, Math.ceil((last - first + 1) / 8));
  for (let year = first; year <= last; year += step) years.push(year);
  return { from, to, years };
}

const percentOf = (axis: Axis, day: number) => ((day - axis.from) / (axis.to - axis.from)) * 100;

function Bar({ goal, axis, today }: { goal: GoalNode; axis: Axis; today: string }) {
  const start = toDayNumber(goal.startDate ?? goal.dueDate);
  const end = toDayNumber(goal.dueDate);
  const left = percentOf(axis, Math.min(start, end));
  const width = Math.max(percentOf(axis, Math.max(start, end) + 1) - left, 0.8);
  return (
    <span className="tl-track" aria-hidden="true">
      <span className="tl-today" style={{ left: `${percentOf(axis, toDayNumber(today))}%` }} />
      <span
        className={`tl-bar tl-bar-${goal.status}`}
        style={{ left: `${left}%`, width: `${width}%` }}
      />
    </span>
  );
}

function statusWords(goal: GoalNode, today: string): string {
  if (goal.status !== 'done' && goal.status !== 'dropped' && goal.dueDate < today) {
    return 'overdue';
  }
  return GOAL_STATUS_WORDS[goal.status].toLowerCase();
}

export const timelineSection: PrintSection = {
  id: 'timeline',
  blocks(model: PrintModel) {
    if (!model.options.includeTimeline) return [];
    const rows = model.aspirations
      .map((aspiration) => ({
        aspiration,
        goals: aspiration.goals.filter((goal) => goal.status !== 'dropped'),
      }))
      .filter((row) => row.goals.length > 0);
    if (rows.length === 0) return [];
    const axis = axisFor(
      rows.flatMap((row) => row.goals),
      model.today,
    );
    const group = 'timeline';
    const blocks: PrintBlock[] = [
      {
        key: 'timeline-heading',
        className: 'part-heading',
        keepWithNext: true,
        node: <h2>Timeline</h2>,
      },
      {
        key: 'timeline-head',
        className: 'tl-row tl-head',
        group,
        keepWithNext: true,
        node: (
          <>
            <span>Goal</span>
            <span>Start</span>
            <span>Due</span>
            <span className="tl-track tl-axis">
              {axis.years.map((year) => (
                <span
                  key={year}
                  className="tl-year"
                  style={{ left: `${percentOf(axis, toDayNumber(`${year}-01-01`))}%` }}
                >
                  {year}
                </span>
              ))}
            </span>
          </>
        ),
      },
    ];
    for (const { aspiration, goals } of rows) {
      if (rows.length > 1) {
        blocks.push({
          key: `timeline-asp-${aspiration.id}`,
          className: 'tl-aspiration',
          group,
          keepWithNext: true,
          node: <span>{aspiration.title}</span>,
        });
      }
      for (const goal of [...goals].sort((a, b) => (a.dueDate < b.dueDate ? -1 : 1))) {
        blocks.push({
          key: `timeline-goal-${goal.id}`,
          className: 'tl-row',
          group,
          node: (
            <>
              <span className="tl-goal">
                {goal.title} <span className="tl-status">· {statusWords(goal, model.today)}</span>
              </span>
              <span className="tl-date">{goal.startDate ? shortDate(goal.startDate) : '—'}</span>
              <span className="tl-date">{shortDate(goal.dueDate)}</span>
              <Bar goal={goal} axis={axis} today={model.today} />
            </>
          ),
        });
      }
    }
    blocks.push({
      key: 'timeline-legend',
      className: 'tl-legend',
      group,
      node: (
        <p>
          <span className="tl-swatch tl-bar-done" aria-hidden="true" /> done
          <span className="tl-swatch tl-bar-in_progress" aria-hidden="true" /> in progress
          <span className="tl-swatch tl-bar-planned" aria-hidden="true" /> planned
          <span className="tl-swatch tl-swatch-today" aria-hidden="true" /> today (
          {shortDate(model.today)})
        </p>
      ),
    });
    return blocks;
  },
};
