import type { Summary } from './stats';

export type Unit = 'ms' | 's' | 'MB' | 'KB' | '×';

/** pass/fail: measured against a target. info: reported, no target. error: the benchmark broke. */
export type Status = 'pass' | 'fail' | 'info' | 'error';

export interface Target {
  /** Which figure the target applies to. */
  stat: 'median' | 'p95';
  /** Strictly below this passes (a ratio passes at or below it). */
  max: number;
}

export interface BenchRow {
  id: string;
  metric: string;
  unit: Unit;
  median: number | null;
  p95: number | null;
  runs: number | null;
  target: Target | null;
  /** How the target reads in the table, e.g. "p95 < 10 ms". */
  targetText: string;
  status: Status;
  note?: string;
}

function targetText(target: Target | null, unit: Unit, withStat = true): string {
  if (!target) return '';
  const stat = withStat ? `${target.stat} ` : '';
  return unit === '×'
    ? `${stat}≤ ${target.max}×`
    : `${stat}< ${target.max.toLocaleString('en')} ${unit}`;
}

function judge(value: number, target: Target, unit: Unit): Status {
  return (unit === '×' ? value <= target.max : value < target.max) ? 'pass' : 'fail';
}

/** A timed metric; without a target it is reported for information. */
export function measured(
  id: string,
  metric: string,
  unit: Unit,
  summary: Summary,
  target: Target | null = null,
  note?: string,
): BenchRow {
  return {
    id,
    metric,
    unit,
    median: summary.median,
    p95: summary.p95,
    runs: summary.runs,
    target,
    targetText: targetText(target, unit),
    status: target ? judge(summary[target.stat], target, unit) : 'info',
    note,
  };
}

/** Both sides measured in the same run: the ratio of their medians and of their p95s. */
export function ratio(
  id: string,
  metric: string,
  ours: Summary,
  baseline: Summary,
  target: Target | null,
  note?: string,
): BenchRow {
  return measured(
    id,
    metric,
    '×',
    {
      median: ours.median / baseline.median,
      p95: ours.p95 / baseline.p95,
      runs: Math.min(ours.runs, baseline.runs),
    },
    target,
    note,
  );
}

/** A single figure (a size, a count) with no spread. */
export function single(
  id: string,
  metric: string,
  unit: Unit,
  value: number,
  target: Target | null = null,
  note?: string,
): BenchRow {
  return {
    ...measured(id, metric, unit, { median: value, p95: value, runs: 1 }, target, note),
    p95: null,
    targetText: targetText(target, unit, false),
  };
}

export function errored(id: string, metric: string, error: unknown): BenchRow {
  return {
    id,
    metric,
    unit: 'ms',
    median: null,
    p95: null,
    runs: null,
    target: null,
    targetText: '',
    status: 'error',
    note: error instanceof Error ? error.message.split('\n')[0] : String(error),
  };
}

function format(value: number | null, unit: Unit): string {
  if (value === null) return '—';
  if (unit === '×') return `${value.toFixed(2)}×`;
  const digits = value < 10 ? 2 : value < 100 ? 1 : 0;
  return `${value.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits })} ${unit}`;
}

const RESULT_TEXT: Record<Status, string> = {
  pass: 'pass',
  fail: 'FAIL',
  info: '',
  error: 'ERROR',
};

/** One plain-text table: metric, median, p95, target, result; notes listed underneath. */
export function renderTable(rows: BenchRow[]): string {
  const header = ['Metric', 'Median', 'p95', 'Target', 'Result'];
  const cells = rows.map((row) => [
    row.metric,
    format(row.median, row.unit),
    format(row.p95, row.unit),
    row.targetText,
    RESULT_TEXT[row.status],
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...cells.map((line) => (line[column] as string).length)),
  );
  const line = (values: string[]) =>
    values
      .map((value, column) =>
        column === 1 || column === 2
          ? value.padStart(widths[column] as number)
          : value.padEnd(widths[column] as number),
      )
      .join('  ')
      .trimEnd();
  const notes = rows
    .filter((row) => row.note)
    .map((row) => `  ${row.metric}: ${row.note as string}`);
  return [
    line(header),
    widths.map((width) => '─'.repeat(width)).join('  '),
    ...cells.map(line),
    ...(notes.length > 0 ? ['', 'Notes:', ...notes] : []),
  ].join('\n');
}

export function tally(rows: BenchRow[]): Record<Status, number> {
  const counts: Record<Status, number> = {
    pass: 0,
    fail: 0,
    info: 0,
    error: 0,
  };
  for (const row of rows) counts[row.status]++;
  return counts;
}
