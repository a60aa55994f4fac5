/**
 * What a printed document contains, worked out from the options and the person's data. Pure: the
 * Export screen's preview and the bare print view build the same model from the same options.
 * Private by default: journal text enters the model only when `includeJournal` is ticked, and only
 * the entries the person picked.
 */
import type {
  AchievementView,
  AspirationNode,
  Entry,
  PlanTree,
  PrintOptions,
  ValuesScorecard,
} from '../../src-main/contract';
import { picturesOf, plainTextOf } from '../../src-main/shared/rich-text';
import { composeCoverLetter } from './compose/cover-letter';
import { composeInterviewAnswer } from './compose/interview-answer';
import { buildReviewPack, type ReviewPack } from './compose/review-pack';
import type { ComposeInput } from './compose/plan-facts';
import { excerptOf } from './text';

/** How much of one journal entry a full plan quotes. */
export const EXCERPT_CHARACTERS = 1200;

export interface JournalExcerpt {
  id: string;
  entryDate: string;
  title: string;
  text: string;
  truncated: boolean;
  /** The entry's pictures (its reference, description and caption), printed after the text. */
  pictures: { src: string; alt: string; caption: string }[];
}

/** At most this many of an entry's pictures are printed with its excerpt. */
export const EXCERPT_PICTURES = 6;

export interface PrintModel {
  options: PrintOptions;
  /** The person's calendar date the document is dated with. */
  today: string;
  /** The chosen aspirations that still exist, in the person's order. */
  aspirations: AspirationNode[];
  journal: JournalExcerpt[];
  /** The values scorecards of the chosen aspirations, only when "Include values" is ticked. */
  values: ValuesScorecard[];
  /** The paragraph or answer composed from the plan (for the text layouts). */
  composed: string;
  /** What is printed for the text layouts: the person's edit, or the composed text. */
  text: string;
  /** The review pack's achievements by aspiration (only for that layout). */
  review: ReviewPack | null;
}

export function composeInputOf(today: string, aspirations: AspirationNode[]): ComposeInput {
  return { today, aspirations };
}

export function composedText(
  layout: PrintOptions['layout'],
  today: string,
  aspirations: AspirationNode[],
): string {
  if (layout === 'cover-letter') return composeCoverLetter(composeInputOf(today, aspirations));
  if (layout === 'interview') return composeInterviewAnswer(composeInputOf(today, aspirations));
  return '';
}

export function excerptOfEntry(entry: Entry): JournalExcerpt {
  // The title is the entry's first line: print it once, as the title.
  // Pictures are printed themselves, so their descriptions are not repeated as text.
  const lines = plainTextOf(entry.body, { prose: true }).split('\n');
  const body = lines[0]?.trim() === entry.title.trim() ? lines.slice(1) : lines;
  const { text, truncated } = excerptOf(body.join('\n'), EXCERPT_CHARACTERS);
  const pictures = picturesOf(entry.body).slice(0, EXCERPT_PICTURES);
  return {
    id: entry.id,
    entryDate: entry.entryDate,
    title: entry.title,
    text,
    truncated,
    pictures,
  };
}

export function buildPrintModel(
  options: PrintOptions,
  tree: PlanTree,
  entries: readonly Entry[],
  values: readonly ValuesScorecard[] = [],
  achievements: readonly AchievementView[] = [],
): PrintModel {
  const chosen = new Set(options.aspirationIds);
  const aspirations = tree.aspirations.filter((aspiration) => chosen.has(aspiration.id));
  const picked = new Set(options.journalEntryIds);
  const journal =
    options.layout === 'full' && options.includeJournal
      ? entries
          .filter((entry) => picked.has(entry.id) && entry.deletedAt === null)
          .sort((a, b) => (a.entryDate < b.entryDate ? -1 : a.entryDate > b.entryDate ? 1 : 0))
          .map(excerptOfEntry)
      : [];
  const composed = composedText(options.layout, tree.today, aspirations);
  const scorecards =
    options.layout === 'full' && options.includeValues
      ? values.filter((card) => chosen.has(card.aspiration.id) && card.latest !== null)
      : [];
  return {
    options,
    today: tree.today,
    aspirations,
    journal,
    values: scorecards,
    composed,
    text: options.text ?? composed,
    review:
      options.layout === 'review-pack'
        ? buildReviewPack(options, tree.today, aspirations, achievements)
        : null,
  };
}
