/**
 * The two ways the timeline is drawn and the ink each uses. The screen variant takes its colours
 * from the theme's CSS variables (light and dark both work); the print variant uses SVG presentation
 * attributes only, black on white with hatching and words, so it reads the same without colour.
 */
import type { BarKind, TimelineLayout } from '../layout';

export type Variant = 'screen' | 'print';

/** What each layer of the drawing is given. */
export interface LayerProps {
  layout: TimelineLayout;
  variant: Variant;
}

/**
 * Class names are for the screen's stylesheet only: on paper they would let the app's CSS paint
 * over the print colours, so the print variant carries none.
 */
export function classes(print: boolean) {
  return (name: string) => (print ? undefined : name);
}

/** Ink for paper: black, greys and hatching, with a touch of colour where the printer has it. */
export const PRINT_INK = {
  paper: '#ffffff',
  text: '#111111',
  muted: '#555555',
  grid: '#dedede',
  gridStrong: '#a0a0a0',
  band: '#f1f1f1',
  bar: '#ffffff',
  barStroke: '#333333',
  progress: '#cfcfcf',
  warn: '#8f3300',
  done: '#e4e4e4',
  doneStroke: '#8a8a8a',
  today: '#000000',
} as const;

export interface PatternIds {
  overdue: string;
}

export const patternIds = (prefix: string): PatternIds => ({ overdue: `${prefix}-overdue` });

export const PRINT_BODY: Record<
  BarKind,
  { fill: string; stroke: string; dash?: string; width: number }
> = {
  planned: { fill: PRINT_INK.bar, stroke: PRINT_INK.barStroke, width: 1 },
  in_progress: { fill: PRINT_INK.bar, stroke: PRINT_INK.barStroke, width: 1 },
  overdue: { fill: '', stroke: PRINT_INK.warn, width: 1.75 },
  done: { fill: PRINT_INK.done, stroke: PRINT_INK.doneStroke, width: 1 },
  dropped: { fill: PRINT_INK.bar, stroke: PRINT_INK.doneStroke, dash: '3 2', width: 1 },
};

/** On screen the stylesheet paints bars, so the hatching must win over it as an inline style. */
export function overdueFill(kind: string, print: boolean, ids: PatternIds) {
  return kind === 'overdue' && !print ? { fill: `url(#${ids.overdue})` } : undefined;
}

export function printText(kind: BarKind): string {
  if (kind === 'done' || kind === 'dropped') return PRINT_INK.muted;
  if (kind === 'overdue') return PRINT_INK.warn;
  return PRINT_INK.text;
}
