/** Where each bar's label goes, and the lanes that keep overlapping goals apart. */
import { toDayNumber } from '../../../../src-main/shared/calendar';
import { labelText } from './bars';
import { estimateTextWidth, fitWords } from './text';
import type {
  BarKind,
  TimelineGoalInput,
  TimelineLabel,
  TimelineMetrics,
  TimelineStepInput,
  TimelineStepMarker,
} from './types';

export interface Prepared {
  goal: TimelineGoalInput;
  aspirationId: string;
  startDate: string;
  startFromCreation: boolean;
  startsAfterDue: boolean;
  barStartDay: number;
  dueDay: number;
  kind: BarKind;
  overdueDays: number;
}

export interface Placed {
  item: Prepared;
  x: number;
  width: number;
  clippedStart: boolean;
  clippedEnd: boolean;
  label: TimelineLabel;
  /** The label unshortened, for when there turns out to be room beside the bar. */
  fullLabel: TimelineLabel;
  extentStart: number;
  extentEnd: number;
  lane: number;
}

const ICON_WIDTH = 13;
/** A bar this many ems wide keeps its label inside, shortened if need be. */
const INSIDE_EMS = 9;

export function placeLabel(
  item: Prepared,
  x: number,
  barWidth: number,
  chartWidth: number,
  metrics: TimelineMetrics,
): { label: TimelineLabel; full: TimelineLabel } {
  const { fontSize, labelPadding: pad, maxLabelWidth } = metrics;
  const icon = item.kind === 'done' ? 'check' : item.kind === 'overdue' ? 'warning' : null;
  const iconWidth = icon ? ICON_WIDTH : 0;
  // Overdue labels are drawn bold.
  const bold = item.kind === 'overdue';
  const words = labelText(item.kind, item.goal.title);
  const text = fitWords(words, maxLabelWidth - iconWidth, fontSize, bold);
  const width = iconWidth + estimateTextWidth(text, fontSize, bold);

  const full: TimelineLabel = { text, icon, x: x + barWidth + pad, width, placement: 'after' };
  if (width + 2 * pad <= barWidth)
    return { label: { text, icon, x: x + pad, width, placement: 'inside' }, full };
  // A bar with room for a good part of its title keeps it inside, shortened (the full title is in
  // its name and its card): labels beside long bars would push every overlap into a lane of its own.
  const roomy = barWidth >= fontSize * INSIDE_EMS + 2 * pad + iconWidth;
  const after = x + barWidth + pad;
  if (!roomy && after + width <= chartWidth)
    return { label: { text, icon, x: after, width, placement: 'after' }, full };
  const before = x - pad - width;
  if (!roomy && before >= 0)
    return { label: { text, icon, x: before, width, placement: 'before' }, full };
  // Shortened to fit inside (also when there is no room outside, a bar nearly as wide as the chart).
  const room = Math.max(0, barWidth - 2 * pad - iconWidth);
  const short = fitWords(words, room, fontSize, bold);
  return {
    label: {
      text: short,
      icon,
      x: x + pad,
      width: iconWidth + estimateTextWidth(short, fontSize, bold),
      placement: 'inside',
    },
    full,
  };
}

/**
 * A label shortened inside its bar gets its whole text beside the bar instead when its lane has
 * room there (checked after the lanes are known, so it never costs a lane).
 */
export function widenLabels(placed: Placed[], chartWidth: number, gap: number): void {
  const lanes = new Map<number, Placed[]>();
  for (const p of placed) lanes.set(p.lane, [...(lanes.get(p.lane) ?? []), p]);
  for (const row of lanes.values()) {
    row.sort((a, b) => a.extentStart - b.extentStart);
    row.forEach((p, i) => {
      if (p.label.placement !== 'inside' || p.label.text === p.fullLabel.text) return;
      const limit = row[i + 1]?.extentStart ?? chartWidth + gap;
      if (p.fullLabel.x + p.fullLabel.width + gap <= limit) {
        p.label = p.fullLabel;
        p.extentEnd = p.fullLabel.x + p.fullLabel.width + gap;
      }
    });
  }
}

/** First fit over items sorted by where they start: as few lanes as the overlaps require. */
export function assignLanes<T extends { extentStart: number; extentEnd: number }>(
  items: readonly T[],
): number[] {
  const laneEnds: number[] = [];
  return items.map((item) => {
    // The tolerance absorbs floating-point noise where two extents meet exactly.
    let lane = laneEnds.findIndex((end) => end <= item.extentStart + 1e-6);
    if (lane === -1) {
      lane = laneEnds.length;
      laneEnds.push(item.extentEnd);
    } else {
      laneEnds[lane] = item.extentEnd;
    }
    return lane;
  });
}

/** The steps with a due date inside the range, as diamonds at the middle of their day. */
export function stepMarkers(
  steps: readonly TimelineStepInput[],
  startDay: number,
  endDay: number,
  middleOf: (day: number) => number,
): TimelineStepMarker[] {
  const markers: TimelineStepMarker[] = [];
  for (const step of steps) {
    if (!step.dueDate) continue;
    const day = toDayNumber(step.dueDate);
    if (day < startDay || day >= endDay) continue;
    markers.push({
      id: step.id,
      text: step.text,
      date: step.dueDate,
      done: step.done,
      x: middleOf(day),
    });
  }
  return markers;
}
