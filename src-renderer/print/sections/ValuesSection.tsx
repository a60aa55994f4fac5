/**
 * The values scorecard: each aspiration's fit against the person's values, with notes only when
 * the person ticks "Include values". Values checks do not exist yet in this build, so the section
 * prints nothing and the Export screen keeps the option switched off; the Values feature replaces
 * this entry of FULL_PLAN_SECTIONS with its scorecard.
 */
import type { PrintSection } from './section';

export const VALUES_AVAILABLE = false;

export const valuesSection: PrintSection = {
  id: 'values',
  blocks: () => [],
};
