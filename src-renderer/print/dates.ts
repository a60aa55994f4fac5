import { dateInWords } from '../../src-main/shared/date-words';
import { MONTH_SHORT } from '../../src-main/shared/date-words';

export { dateInWords };
export { monthYear } from './compose/words';

const SHORT_MONTHS = MONTH_SHORT;

/** "3 Mar 2027": for tables and dense lines. Same on every machine. */
export function shortDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${d} ${SHORT_MONTHS[m - 1] ?? '?'} ${y}`;
}

/** "Mar 2027". */
export function shortMonthYear(date: string): string {
  const [y, m] = date.split('-').map(Number) as [number, number];
  return `${SHORT_MONTHS[m - 1] ?? '?'} ${y}`;
}
