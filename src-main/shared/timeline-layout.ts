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
import type { AspirationStatus, GoalStatus } from '../contract/plan';
import { addDays, addMonths, fromDayNumber, localDate, toDayNumber } from './calendar';
import { dateInWords, daysInWords } from './date-words';

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
const ZOOM_UNIT: Record<Exclude<TimelineZoom, 'fit'>, number> = {
  months: 1,
  quarters: 3,
  years: 12,
};

/** How far the plan may reach from today before it is cut off (dates are validated, not bounded). */
const MAX_REACH_DAYS = 36_525;
/** The narrowest a fitted day may be (a 200-year plan still draws). */
const MIN_FIT_PX_PER_DAY = 0.005;

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

// ---------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------

/** Short English month names, January first (also used by the print view's dates). */
export const MONTH_SHORT: readonly string[] = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

const STATUS_WORDS: Record<GoalStatus, string> = {
  planned: 'planned',
  in_progress: 'in progress',
  done: 'done',
  dropped: 'dropped',
};

/** Months since year 0 (`year * 12 + month - 1`) of a day number. */
function monthIndexOf(day: number): number {
  const date = fromDayNumber(day);
  return Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
}

/** The day number of the first day of a month index (safe for any year, unlike Date.UTC). */
function dayOfMonthIndex(monthIndex: number): number {
  const year = Math.floor(monthIndex / 12);
  const probe = new Date(0);
  probe.setUTCFullYear(year, monthIndex - year * 12, 1);
  return Math.round(probe.getTime() / 86_400_000);
}

const floorTo = (value: number, step: number) => Math.floor(value / step) * step;

/** The person's calendar date on which a goal was created (its local date, not UTC's). */
export function creationDate(createdAt: string): string {
  const instant = new Date(createdAt);
  return Number.isNaN(instant.getTime()) ? createdAt.slice(0, 10) : localDate(instant);
}

const NARROW = new Set([..."iljIft.,:;!|'’‘`()[]{}/\\ "]);
const WIDE = new Set([...'mwMW@%&—']);

/**
 * The width `text` takes at `fontSize`, estimated generously (no DOM to measure with). Tuned on
 * DejaVu Sans, the widest common UI font, so real text is never wider than its room.
 */
export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += charEms(ch);
  return widthOf(em, fontSize, bold);
}

/** One character's width in ems, as `estimateTextWidth` counts it. */
function charEms(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  if (code >= 0x1100 && (code <= 0x115f || (code >= 0x2e80 && code <= 0xa4cf) || code >= 0xac00))
    return 1;
  if (NARROW.has(ch)) return 0.34;
  if (WIDE.has(ch)) return 0.92;
  if (ch >= 'A' && ch <= 'Z') return 0.74;
  if (ch >= '0' && ch <= '9') return 0.64;
  return 0.62;
}

const widthOf = (em: number, fontSize: number, bold: boolean) =>
  Math.ceil(em * fontSize * (bold ? 1.12 : 1));

const ELLIPSIS_EMS = charEms('…');
/** What `String.prototype.trimEnd` removes. */
const TRAILING_SPACE = /\s/;

/** `text` shortened with an ellipsis so that it is at most `maxWidth` wide. */
export function fitText(text: string, maxWidth: number, fontSize: number, bold = false): string {
  const chars = [...text];
  // ems[k]: the width of the first k characters, added up in the same order as
  // estimateTextWidth does, so each candidate is measured exactly as it would be on its own.
  const ems = [0];
  for (const ch of chars) ems.push((ems.at(-1) as number) + charEms(ch));
  if (widthOf(ems[chars.length] as number, fontSize, bold) <= maxWidth) return text;
  /** The first `count` characters without trailing spaces (as trimEnd leaves them), counted. */
  const kept = (count: number) => {
    let end = count;
    while (end > 0 && TRAILING_SPACE.test(chars[end - 1] as string)) end--;
    return end;
  };
  const fits = (count: number) =>
    widthOf((ems[kept(count)] as number) + ELLIPSIS_EMS, fontSize, bold) <= maxWidth;
  let low = 0;
  let high = chars.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (fits(mid)) low = mid;
    else high = mid - 1;
  }
  return low === 0 ? '…' : `${chars.slice(0, kept(low)).join('')}…`;
}

// ---------------------------------------------------------------------------------------------
// Classification
// ---------------------------------------------------------------------------------------------

/**
 * The same rule as the plan's warnings: an open goal (planned or in progress) of an active
 * aspiration whose due date has passed. Due today is not overdue.
 */
export function isOverdue(
  goal: Pick<TimelineGoalInput, 'status' | 'dueDate'>,
  aspirationStatus: AspirationStatus,
  today: string,
): boolean {
  const open = goal.status === 'planned' || goal.status === 'in_progress';
  return open && aspirationStatus === 'active' && goal.dueDate < today;
}

export function barKind(
  goal: Pick<TimelineGoalInput, 'status' | 'dueDate'>,
  aspirationStatus: AspirationStatus,
  today: string,
): BarKind {
  if (goal.status === 'done' || goal.status === 'dropped') return goal.status;
  return isOverdue(goal, aspirationStatus, today) ? 'overdue' : goal.status;
}

function labelText(kind: BarKind, title: string): string {
  if (kind === 'overdue') return `Overdue: ${title}`;
  if (kind === 'dropped') return `Dropped: ${title}`;
  return title;
}

export function accessibleName(
  bar: Pick<
    TimelineBar,
    | 'title'
    | 'startDate'
    | 'dueDate'
    | 'startFromCreation'
    | 'startsAfterDue'
    | 'status'
    | 'kind'
    | 'overdueDays'
  >,
): string {
  const parts = [
    `${bar.title}: ${dateInWords(bar.startDate)} to ${dateInWords(bar.dueDate)}`,
    STATUS_WORDS[bar.status],
  ];
  if (bar.kind === 'overdue') parts.push(`overdue by ${daysInWords(bar.overdueDays)}`);
  if (bar.startFromCreation) parts.push('no start date set (starts on the day it was created)');
  if (bar.startsAfterDue) parts.push('its start date is after its due date');
  return parts.join(', ');
}

// ---------------------------------------------------------------------------------------------
// Axis
// ---------------------------------------------------------------------------------------------

/** Candidate tick steps in months, finest first. */
const TICK_STEPS = [1, 3, 12, 24, 60, 120, 240, 600, 1200];

/** The fewest days a period of `step` months can have. */
function minDaysOf(step: number): number {
  if (step === 1) return 28;
  if (step === 3) return 89;
  return (step / 12) * 365;
}

function periodLabel(monthIndex: number, step: number): string {
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12;
  if (step === 1) return MONTH_SHORT[month] ?? '';
  if (step === 3) return `Q${Math.floor(month / 3) + 1}`;
  return String(year);
}

const LABEL_INSET = 4;
/** Ticks closer than this look like a comb, whatever their labels. */
const MIN_TICK_SPACING = 40;

function widestLabel(step: number, fontSize: number): number {
  if (step === 1) return Math.max(...MONTH_SHORT.map((m) => estimateTextWidth(m, fontSize)));
  if (step === 3) return estimateTextWidth('Q4', fontSize);
  return estimateTextWidth('2088', fontSize);
}

/** The finest step, no finer than `preferred`, whose every label has room before the next tick. */
export function chooseTickStep(pxPerDay: number, fontSize: number, preferred = 1): number {
  for (const step of TICK_STEPS) {
    if (step < preferred) continue;
    const need = Math.max(MIN_TICK_SPACING, widestLabel(step, fontSize) + LABEL_INSET + 8);
    if (minDaysOf(step) * pxPerDay >= need) return step;
  }
  return TICK_STEPS[TICK_STEPS.length - 1] as number;
}

/**
 * Ticks every `step` months across [startDay, endDay). A label is kept only if it fits before the
 * next label and inside the chart; the period the range starts in gets a label at the left edge
 * when there is room for it, so the first bars are never without a month or year.
 */
function ticksFor(
  step: number,
  startDay: number,
  endDay: number,
  pxPerDay: number,
  width: number,
  fontSize: number,
  bold: boolean,
): TimelineTick[] {
  const xOf = (day: number) => (day - startDay) * pxPerDay;
  const ticks: TimelineTick[] = [];
  const firstMonth = monthIndexOf(startDay);
  const leadingPeriod = floorTo(firstMonth, step);
  let monthIndex = leadingPeriod;
  if (dayOfMonthIndex(monthIndex) < startDay) {
    ticks.push({
      date: fromDayNumber(startDay),
      x: 0,
      text: periodLabel(leadingPeriod, step),
      label: periodLabel(leadingPeriod, step),
      labelX: LABEL_INSET,
      line: false,
    });
    monthIndex += step;
  }
  for (; ; monthIndex += step) {
    const day = dayOfMonthIndex(monthIndex);
    if (day >= endDay) break;
    const x = xOf(day);
    ticks.push({
      date: fromDayNumber(day),
      x,
      text: periodLabel(monthIndex, step),
      label: periodLabel(monthIndex, step),
      labelX: x + LABEL_INSET,
      line: true,
    });
  }
  // Keep a label only where it ends before the next kept label starts and inside the chart.
  for (let i = 0; i < ticks.length; i++) {
    const tick = ticks[i] as TimelineTick;
    if (!tick.label) continue;
    const end = tick.labelX + estimateTextWidth(tick.label, fontSize, bold);
    const next = ticks[i + 1];
    if (end > width - 2 || (next && end + 4 > next.labelX)) tick.label = null;
  }
  return ticks;
}

function buildAxis(
  zoom: TimelineZoom,
  startDay: number,
  endDay: number,
  pxPerDay: number,
  width: number,
  fontSize: number,
): TimelineAxis {
  const preferred = zoom === 'fit' ? 1 : ZOOM_UNIT[zoom];
  const step = chooseTickStep(pxPerDay, fontSize, preferred);
  const ticks = ticksFor(step, startDay, endDay, pxPerDay, width, fontSize, false);
  const upper = step < 12 ? ticksFor(12, startDay, endDay, pxPerDay, width, fontSize, true) : [];
  return { step, ticks, upper };
}

// ---------------------------------------------------------------------------------------------
// The layout
// ---------------------------------------------------------------------------------------------

interface Prepared {
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

function resolveRange(
  options: TimelineOptions,
  groups: { aspiration: TimelineAspirationInput; goals: Prepared[] }[],
  todayDay: number,
): { startDay: number; endDay: number } {
  const lowest = todayDay - MAX_REACH_DAYS;
  const highest = todayDay + MAX_REACH_DAYS;
  const clamp = (day: number) => Math.min(highest, Math.max(lowest, day));

  if (options.range) {
    const startDay = clamp(toDayNumber(options.range.start));
    const endDay = clamp(toDayNumber(options.range.end) + 1);
    return { startDay, endDay: Math.max(endDay, startDay + 1) };
  }

  let low = todayDay;
  let high = todayDay;
  for (const { aspiration, goals } of groups) {
    if (aspiration.horizonDate) high = Math.max(high, toDayNumber(aspiration.horizonDate));
    for (const item of goals) {
      low = Math.min(low, item.barStartDay);
      high = Math.max(high, item.dueDay);
      for (const step of item.goal.steps) {
        if (!step.dueDate) continue;
        const day = toDayNumber(step.dueDate);
        low = Math.min(low, day);
        high = Math.max(high, day);
      }
    }
  }
  low = clamp(low);
  high = clamp(high);
  // Fixed zooms start and end on their unit, with one unit of margin; Fit plan on whole months,
  // with a month to spare at the end (a horizon on the last day would sit on the very edge).
  const unit = options.zoom === 'fit' ? 1 : ZOOM_UNIT[options.zoom];
  const margin = unit;
  const startMonth = floorTo(monthIndexOf(low), unit) - (options.zoom === 'fit' ? 0 : margin);
  const endMonth = floorTo(monthIndexOf(high), unit) + unit + margin;
  return { startDay: dayOfMonthIndex(startMonth), endDay: dayOfMonthIndex(endMonth) };
}

interface Placed {
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

function placeLabel(
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
  const text = fitText(words, maxLabelWidth - iconWidth, fontSize, bold);
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
  const short = fitText(words, room, fontSize, bold);
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
function widenLabels(placed: Placed[], chartWidth: number, gap: number): void {
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
function stepMarkers(
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

// ---------------------------------------------------------------------------------------------
// Rescheduling (drag and keyboard): pure date arithmetic on the drawn dates
// ---------------------------------------------------------------------------------------------

/** Move the whole goal, or one of its ends. */
export type RescheduleMode = 'move' | 'start' | 'end';

export interface BarDates {
  startDate: string;
  dueDate: string;
}

/**
 * The dates after moving by `days` (negative: earlier). Resizing never lets the start pass the due
 * date or the due date pass the start: a goal is at least one day long.
 */
export function shiftByDays(dates: BarDates, mode: RescheduleMode, days: number): BarDates {
  if (mode === 'move')
    return { startDate: addDays(dates.startDate, days), dueDate: addDays(dates.dueDate, days) };
  if (mode === 'start') {
    const start = addDays(dates.startDate, days);
    return { ...dates, startDate: start > dates.dueDate ? dates.dueDate : start };
  }
  const due = addDays(dates.dueDate, days);
  return { ...dates, dueDate: due < dates.startDate ? dates.startDate : due };
}

/** As {@link shiftByDays}, by calendar months (the 31st becomes the last day of a shorter month). */
export function shiftByMonths(dates: BarDates, mode: RescheduleMode, months: number): BarDates {
  if (mode === 'move')
    return {
      startDate: addMonths(dates.startDate, months),
      dueDate: addMonths(dates.dueDate, months),
    };
  if (mode === 'start') {
    const start = addMonths(dates.startDate, months);
    return { ...dates, startDate: start > dates.dueDate ? dates.dueDate : start };
  }
  const due = addMonths(dates.dueDate, months);
  return { ...dates, dueDate: due < dates.startDate ? dates.startDate : due };
}

/** One keyboard nudge: a day in Months, a week in Quarters, a month in Years (Fit: by scale). */
export function keyboardStep(
  zoom: TimelineZoom,
  pxPerDay: number,
): { unit: 'day' | 'week' | 'month'; label: string } {
  const unit =
    zoom === 'months'
      ? 'day'
      : zoom === 'quarters'
        ? 'week'
        : zoom === 'years'
          ? 'month'
          : pxPerDay >= 2
            ? 'day'
            : pxPerDay >= 0.6
              ? 'week'
              : 'month';
  return { unit, label: `a ${unit}` };
}

export function nudge(
  dates: BarDates,
  mode: RescheduleMode,
  unit: 'day' | 'week' | 'month',
  direction: 1 | -1,
): BarDates {
  if (unit === 'month') return shiftByMonths(dates, mode, direction);
  return shiftByDays(dates, mode, direction * (unit === 'week' ? 7 : 1));
}
