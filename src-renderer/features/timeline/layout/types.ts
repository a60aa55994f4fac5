/** What the timeline layout reads and what it answers. */
import type { AspirationStatus, GoalStatus } from '../../../../src-main/contract/plan';

// ---------------------------------------------------------------------------------------------
// Zoom
// ---------------------------------------------------------------------------------------------

export const TIMELINE_ZOOMS = ['months', 'quarters', 'years', 'fit'] as const;
export type TimelineZoom = (typeof TIMELINE_ZOOMS)[number];

/** The names on the zoom buttons. */
export const ZOOM_NAMES: Record<TimelineZoom, string> = {
  months: 'Months',
  quarters: 'Quarters',
  years: 'Years',
  fit: 'Fit plan',
};

/** Pixels per calendar day at each fixed zoom (a month ≈ 120 px, a quarter ≈ 128, a year ≈ 146). */
export const PX_PER_DAY: Record<Exclude<TimelineZoom, 'fit'>, number> = {
  months: 4,
  quarters: 1.4,
  years: 0.4,
};

/** The calendar unit (in months) each fixed zoom's axis is ticked in. */
export const ZOOM_UNIT: Record<Exclude<TimelineZoom, 'fit'>, number> = {
  months: 1,
  quarters: 3,
  years: 12,
};

/** How far the plan may reach from today before it is cut off (dates are validated, not bounded). */
export const MAX_REACH_DAYS = 36_525;
/** The narrowest a fitted day may be (a 200-year plan still draws). */
export const MIN_FIT_PX_PER_DAY = 0.005;

// ---------------------------------------------------------------------------------------------
// What the layout reads (structural: a PlanTree's nodes fit, and so do plain test objects)
// ---------------------------------------------------------------------------------------------

export interface TimelineStepInput {
  id: string;
  text: string;
  dueDate: string | null;
  done: boolean;
}

export interface TimelineGoalInput {
  id: string;
  title: string;
  startDate: string | null;
  dueDate: string;
  status: GoalStatus;
  /** An instant (ISO); its local calendar date stands in for a missing start date. */
  createdAt: string;
  position?: number;
  steps: readonly TimelineStepInput[];
  /** How far along it is (a PlanTree goal's `progress`); drawn as the filled part of the bar. */
  progress?: { fraction: number };
}

export interface TimelineAspirationInput {
  id: string;
  title: string;
  horizonDate: string | null;
  status: AspirationStatus;
  goals: readonly TimelineGoalInput[];
}

/** Sizes in pixels; the screen and the print version use different ones. */
export interface TimelineMetrics {
  fontSize: number;
  axisHeight: number;
  headerHeight: number;
  laneHeight: number;
  barHeight: number;
  groupGap: number;
  /** Space between a label and the bar's edge, or the bar it follows. */
  labelPadding: number;
  maxLabelWidth: number;
  minBarWidth: number;
  /** The least space between a label outside its bar and the next thing in its lane. */
  laneGap: number;
}

export const SCREEN_METRICS: TimelineMetrics = {
  fontSize: 12,
  axisHeight: 58,
  headerHeight: 30,
  laneHeight: 32,
  barHeight: 22,
  groupGap: 10,
  labelPadding: 6,
  maxLabelWidth: 260,
  minBarWidth: 6,
  laneGap: 10,
};

export const PRINT_METRICS: TimelineMetrics = {
  fontSize: 9,
  axisHeight: 48,
  headerHeight: 22,
  laneHeight: 22,
  barHeight: 15,
  groupGap: 6,
  labelPadding: 4,
  maxLabelWidth: 200,
  minBarWidth: 4,
  laneGap: 6,
};

/** Statuses shown until a filter says otherwise: dropped goals are hidden. */
export const DEFAULT_STATUSES: readonly GoalStatus[] = ['planned', 'in_progress', 'done'];

export interface TimelineFilter {
  /** Only these aspirations; null or absent for all. */
  aspirationIds?: readonly string[] | null;
  /** Only goals with these statuses; absent for {@link DEFAULT_STATUSES}. */
  statuses?: readonly GoalStatus[];
}

export interface TimelineOptions {
  aspirations: readonly TimelineAspirationInput[];
  /** The person's calendar date today. */
  today: string;
  zoom: TimelineZoom;
  /** The width to fit into (Fit plan, and the print version). */
  availableWidth?: number;
  /** The first and last day to show (both included); by default the whole plan with a margin. */
  range?: { start: string; end: string };
  filter?: TimelineFilter;
  metrics?: Partial<TimelineMetrics>;
}

// ---------------------------------------------------------------------------------------------
// What the layout answers
// ---------------------------------------------------------------------------------------------

/** How a bar looks: open goals by status; overdue, done and dropped each their own way. */
export type BarKind = 'planned' | 'in_progress' | 'overdue' | 'done' | 'dropped';

export interface TimelineStepMarker {
  id: string;
  text: string;
  date: string;
  done: boolean;
  /** The middle of the step's day. */
  x: number;
}

export interface TimelineLabel {
  /** What is written, already shortened with … when it had to be. */
  text: string;
  /** A drawn icon before the text: a check for done goals, a warning sign for overdue ones. */
  icon: 'check' | 'warning' | null;
  /** Where the label (icon included) starts, and its estimated width. */
  x: number;
  width: number;
  placement: 'inside' | 'after' | 'before';
}

export interface TimelineBar {
  goalId: string;
  aspirationId: string;
  title: string;
  /** Position in reading order (aspirations in plan order, then by start date). */
  index: number;
  /** The start the bar is drawn from: the goal's start date, or its creation date. */
  startDate: string;
  /** The stored start date (null when the creation date stands in). */
  storedStartDate: string | null;
  dueDate: string;
  startFromCreation: boolean;
  /** The stored start is after the due date (the bar shows the due day only). */
  startsAfterDue: boolean;
  status: GoalStatus;
  kind: BarKind;
  /** Days past due for an overdue goal, else 0. */
  overdueDays: number;
  /** 0 to 1. */
  progress: number;
  lane: number;
  x: number;
  width: number;
  /** Top of the bar. */
  y: number;
  height: number;
  /** The goal begins before the visible range / ends after it. */
  clippedStart: boolean;
  clippedEnd: boolean;
  label: TimelineLabel;
  steps: TimelineStepMarker[];
  /** What a screen reader says: title, dates and status. */
  accessibleName: string;
}

export interface TimelineHorizon {
  date: string;
  /** The end of the horizon day, or null when it falls outside the visible range. */
  x: number | null;
  position: 'before' | 'inside' | 'after';
}

export interface TimelineGroup {
  aspirationId: string;
  title: string;
  status: AspirationStatus;
  /** Top of the group (its header). */
  y: number;
  height: number;
  /** Top of the first lane. */
  lanesTop: number;
  laneCount: number;
  bars: TimelineBar[];
  horizon: TimelineHorizon | null;
  /** Goals of this group (after filters) that lie wholly before / after the visible range. */
  hiddenBefore: number;
  hiddenAfter: number;
}

export interface TimelineTick {
  date: string;
  x: number;
  /** The period's name ("Mar", "Q2", "2027"). */
  text: string;
  /** `text` where there is room for it, else null (the line is still drawn). */
  label: string | null;
  labelX: number;
  /** False for the label of a period that began before the visible range (no line). */
  line: boolean;
}

export interface TimelineAxis {
  /** The lower row's unit in months: 1 (months), 3 (quarters), 12 (years) or more (every N years). */
  step: number;
  ticks: TimelineTick[];
  /** The upper row (years) when the lower row counts months or quarters; otherwise empty. */
  upper: TimelineTick[];
}

export interface TimelineLayout {
  zoom: TimelineZoom;
  pxPerDay: number;
  /** First visible day and the day after the last one. */
  range: { start: string; end: string; startDay: number; endDay: number };
  width: number;
  /** Height of the rows (the axis is drawn above them, `metrics.axisHeight` tall). */
  height: number;
  axis: TimelineAxis;
  today: { date: string; x: number } | null;
  groups: TimelineGroup[];
  /** Every bar in reading order (the order of Tab and the arrow keys). */
  bars: TimelineBar[];
  metrics: TimelineMetrics;
}
