/** The time axis: the visible range, and ticks whose labels never collide. */
import { fromDayNumber, toDayNumber } from '../../../../src-main/shared/calendar';
import { MONTH_SHORT } from '../../../../src-main/shared/date-words';
import type { Prepared } from './lanes';
import { estimateTextWidth } from './text';
import {
  MAX_REACH_DAYS,
  ZOOM_UNIT,
  type TimelineAspirationInput,
  type TimelineAxis,
  type TimelineOptions,
  type TimelineTick,
  type TimelineZoom,
} from './types';
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

export function buildAxis(
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

export function resolveRange(
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
