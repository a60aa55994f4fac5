import { aspirationsSection } from './AspirationsSection';
import { journalSection } from './JournalSection';
import type { PrintSection } from './section';
import { timelineSection } from './TimelineSection';
import { titleSection } from './TitleSection';
import { valuesSection } from './ValuesSection';

/** The full plan, in order. Each section decides from the model whether it has anything to print. */
export const FULL_PLAN_SECTIONS: readonly PrintSection[] = [
  titleSection,
  aspirationsSection,
  timelineSection,
  valuesSection,
  journalSection,
];

export type { PrintSection };
