import type { PrintBlock } from '../blocks';
import type { PrintModel } from '../model';

/**
 * A part of the full plan (the aspirations, the timeline, the values scorecard, the journal
 * excerpts). Each turns the model into printable blocks; a section with nothing to show returns
 * none. Swapping a section for a richer one (the Timeline screen's SVG, the Values scorecard) means
 * replacing one entry of FULL_PLAN_SECTIONS.
 */
export interface PrintSection {
  id: string;
  blocks(model: PrintModel): PrintBlock[];
}
