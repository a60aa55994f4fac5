/**
 * The goal timeline's geometry, worked out once and only drawn by the SVG components (the Timeline
 * screen and the static print version used by the PDF export). Pure: no DOM, no React, no Node.
 *
 * goals + visible range + zoom → rows grouped by aspiration, lanes (goals that overlap in time
 * within one aspiration never cover each other, labels included), x coordinates, axis ticks whose
 * labels never collide, the today line, step and horizon markers, and each bar's kind (open,
 * overdue, done, dropped).
 *
 * Every x comes from calendar day numbers (`toDayNumber`), never from instants, so nothing moves
 * when the time zone does. A bar covers its start day to the end of its due day: a goal due on the
 * 31st ends where a goal starting on the 1st begins. The one instant read is a goal's `createdAt`,
 * turned into the person's own calendar date when the goal has no start date.
 */
import { fromDayNumber, toDayNumber } from '../../../../src-main/shared/calendar';
import { buildAxis, resolveRange } from './axis';
import { accessibleName, barKind, creationDate } from './bars';
import {
  assignLanes,
  placeLabel,
  stepMarkers,
  widenLabels,
  type Placed,
  type Prepared,
} from './lanes';
import {
  DEFAULT_STATUSES,
  MIN_FIT_PX_PER_DAY,
  PX_PER_DAY,
  SCREEN_METRICS,
  type TimelineAspirationInput,
  type TimelineBar,
  type TimelineGoalInput,
  type TimelineGroup,
  type TimelineHorizon,
  type TimelineLayout,
  type TimelineMetrics,
  type TimelineOptions,
} from './types';

function prepare(
  goal: TimelineGoalInput,
  aspiration: TimelineAspirationInput,
  today: string,
): Prepared {
  const startDate = goal.startDate ?? creationDate(goal.createdAt);
  const startDay = toDayNumber(startDate);
  const dueDay = toDayNumber(goal.dueDate);
  const kind = barKind(goal, aspiration.status, today);
  return {
    goal,
    aspirationId: aspiration.id,
    startDate,
    startFromCreation: goal.startDate === null,
    startsAfterDue: startDay > dueDay,
    barStartDay: Math.min(startDay, dueDay),
    dueDay,
    kind,
    overdueDays: kind === 'overdue' ? toDayNumber(today) - dueDay : 0,
  };
}

export function layoutTimeline(options: TimelineOptions): TimelineLayout {
  const metrics: TimelineMetrics = { ...SCREEN_METRICS, ...options.metrics };
  const today = options.today;
  const todayDay = toDayNumber(today);
  const statuses = new Set(options.filter?.statuses ?? DEFAULT_STATUSES);
  const wantedAspirations = options.filter?.aspirationIds
    ? new Set(options.filter.aspirationIds)
    : null;

  const chosen = options.aspirations
    .filter((aspiration) => !wantedAspirations || wantedAspirations.has(aspiration.id))
    .map((aspiration) => ({
      aspiration,
      goals: aspiration.goals
        .filter((goal) => statuses.has(goal.status))
        .map((goal) => prepare(goal, aspiration, today)),
    }))
    .filter((group) => group.goals.length > 0);

  const { startDay, endDay } = resolveRange(options, chosen, todayDay);
  const span = endDay - startDay;
  const pxPerDay =
    options.zoom === 'fit'
      ? Math.max(MIN_FIT_PX_PER_DAY, Math.max(120, options.availableWidth ?? 960) / span)
      : PX_PER_DAY[options.zoom];
  const width = span * pxPerDay;
  const xOf = (day: number) => (day - startDay) * pxPerDay;
  const middleOf = (day: number) => (day - startDay + 0.5) * pxPerDay;

  const groups: TimelineGroup[] = [];
  const bars: TimelineBar[] = [];
  let y = 0;

  for (const { aspiration, goals } of chosen) {
    let hiddenBefore = 0;
    let hiddenAfter = 0;
    const placed: Placed[] = [];
    for (const item of goals) {
      if (item.dueDay + 1 <= startDay) {
        hiddenBefore++;
        continue;
      }
      if (item.barStartDay >= endDay) {
        hiddenAfter++;
        continue;
      }
      const clippedStart = item.barStartDay < startDay;
      const clippedEnd = item.dueDay + 1 > endDay;
      let x = xOf(Math.max(item.barStartDay, startDay));
      const x2 = xOf(Math.min(item.dueDay + 1, endDay));
      const barWidth = Math.min(width, Math.max(x2 - x, metrics.minBarWidth));
      if (x + barWidth > width) x = width - barWidth;
      const { label, full } = placeLabel(item, x, barWidth, width, metrics);
      placed.push({
        item,
        x,
        width: barWidth,
        clippedStart,
        clippedEnd,
        label,
        fullLabel: full,
        // Bars may touch end to end (a goal due on the 31st, the next starting on the 1st share a
        // lane); a label outside its bar keeps a gap from whatever comes next to it.
        extentStart: label.placement === 'before' ? label.x - metrics.laneGap : x,
        extentEnd:
          label.placement === 'after' ? label.x + label.width + metrics.laneGap : x + barWidth,
        lane: 0,
      });
    }

    placed.sort(
      (a, b) =>
        a.extentStart - b.extentStart ||
        a.item.barStartDay - b.item.barStartDay ||
        a.item.dueDay - b.item.dueDay ||
        (a.item.goal.position ?? 0) - (b.item.goal.position ?? 0),
    );
    const lanes = assignLanes(placed);
    placed.forEach((p, i) => (p.lane = lanes[i] as number));
    widenLabels(placed, width, metrics.laneGap);
    const laneCount = Math.max(1, ...lanes.map((lane) => lane + 1));

    const lanesTop = y + metrics.headerHeight;
    const barInset = (metrics.laneHeight - metrics.barHeight) / 2;
    const groupBars = placed
      .sort(
        (a, b) =>
          a.item.barStartDay - b.item.barStartDay ||
          a.item.dueDay - b.item.dueDay ||
          a.lane - b.lane ||
          (a.item.goal.position ?? 0) - (b.item.goal.position ?? 0),
      )
      .map((p): TimelineBar => {
        const { item } = p;
        const base = {
          goalId: item.goal.id,
          aspirationId: aspiration.id,
          title: item.goal.title,
          index: bars.length,
          startDate: item.startDate,
          storedStartDate: item.goal.startDate,
          dueDate: item.goal.dueDate,
          startFromCreation: item.startFromCreation,
          startsAfterDue: item.startsAfterDue,
          status: item.goal.status,
          kind: item.kind,
          overdueDays: item.overdueDays,
          progress: Math.min(1, Math.max(0, item.goal.progress?.fraction ?? 0)),
        };
        const bar: TimelineBar = {
          ...base,
          lane: p.lane,
          x: p.x,
          width: p.width,
          y: lanesTop + p.lane * metrics.laneHeight + barInset,
          height: metrics.barHeight,
          clippedStart: p.clippedStart,
          clippedEnd: p.clippedEnd,
          label: p.label,
          steps: stepMarkers(item.goal.steps, startDay, endDay, middleOf),
          accessibleName: accessibleName(base),
        };
        bars.push(bar);
        return bar;
      });

    let horizon: TimelineHorizon | null = null;
    if (aspiration.horizonDate) {
      const day = toDayNumber(aspiration.horizonDate);
      const position = day < startDay ? 'before' : day >= endDay ? 'after' : 'inside';
      horizon = {
        date: aspiration.horizonDate,
        x: position === 'inside' ? xOf(day + 1) : null,
        position,
      };
    }

    const height = metrics.headerHeight + laneCount * metrics.laneHeight + metrics.groupGap;
    groups.push({
      aspirationId: aspiration.id,
      title: aspiration.title,
      status: aspiration.status,
      y,
      height,
      lanesTop,
      laneCount,
      bars: groupBars,
      horizon,
      hiddenBefore,
      hiddenAfter,
    });
    y += height;
  }

  return {
    zoom: options.zoom,
    pxPerDay,
    range: {
      start: fromDayNumber(startDay),
      end: fromDayNumber(endDay),
      startDay,
      endDay,
    },
    width,
    height: y,
    axis: buildAxis(options.zoom, startDay, endDay, pxPerDay, width, metrics.fontSize),
    today:
      todayDay >= startDay && todayDay < endDay ? { date: today, x: middleOf(todayDay) } : null,
    groups,
    bars,
    metrics,
  };
}
