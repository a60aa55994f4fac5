import { z } from 'zod';
import { channel } from './define';
import { calendarDate, id } from './schemas';
import { aboutMeContract } from './about-me';

export const EXPORT_LAYOUTS = [
  'full',
  'summary',
  'cover-letter',
  'interview',
  'review-pack',
] as const;
export type ExportLayout = (typeof EXPORT_LAYOUTS)[number];

export const PAPER_SIZES = ['a4', 'letter'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

/** The longest paragraph or answer a person may keep: far beyond a spoken minute, well within a page. */
export const MAX_COMPOSED_TEXT = 4000;

/** The interview questions Waymark drafts answers to; "five-years" is the one kept in `text`. */
export const INTERVIEW_QUESTION_IDS = ['five-years', 'about', 'goals', 'achievement'] as const;
export type InterviewQuestionId = (typeof INTERVIEW_QUESTION_IDS)[number];
/** The answers besides "five years", as the person edited them; null (or absent) prints the draft. */
export type InterviewAnswers = Partial<
  Record<Exclude<InterviewQuestionId, 'five-years'>, string | null>
>;

const layout = z.enum(EXPORT_LAYOUTS);
const paper = z.enum(PAPER_SIZES);
const personName = z.string().trim().max(120, 'Keep the name under 120 characters.');
const ids = z.array(id).max(1000, 'Choose at most 1,000.');
const composedText = z.string().max(MAX_COMPOSED_TEXT, 'Keep the text under 4,000 characters.');
const targetWords = z
  .string()
  .trim()
  .max(120, 'Keep the role and organisation under 120 characters.');
const interviewAnswers = z.strictObject({
  about: composedText.nullable().optional(),
  goals: composedText.nullable().optional(),
  achievement: composedText.nullable().optional(),
});

/**
 * Everything the print view needs besides the plan itself. The same object drives the preview,
 * the browser's print dialog and the desktop's PDF, so what is previewed is what leaves the app.
 */
export const printOptions = z.strictObject({
  layout,
  paper,
  /** The name as it should appear on the document; empty leaves it out. */
  name: personName,
  aspirationIds: ids,
  includeTimeline: z.boolean(),
  includeValues: z.boolean(),
  includeJournal: z.boolean(),
  /** Journal entries the person picked; printed only when `includeJournal` is ticked. */
  journalEntryIds: ids,
  /** The paragraph or answer as the person edited it; null prints the text composed from the plan. */
  text: composedText.nullable(),
  /**
   * The review pack's period; left out, the last 12 months up to the document's date. Its
   * achievements' journal passages are printed only when `includeJournal` is ticked.
   */
  reviewFrom: calendarDate.optional(),
  reviewTo: calendarDate.optional(),
  /** The role a cover letter is for, and the organisation; empty or absent: no target named. */
  targetRole: targetWords.optional(),
  targetOrganisation: targetWords.optional(),
  /** The other interview answers as the person edited them. */
  answers: interviewAnswers.optional(),
  /** Print the contact details from "About me" under the name. */
  includeContact: z.boolean().optional(),
});
export type PrintOptions = z.output<typeof printOptions>;

/** The Export screen's choices, kept between sessions (in the journal's settings). */
export interface ExportPrefs {
  layout: ExportLayout;
  paper: PaperSize;
  name: string;
  /** null: every active aspiration, including ones added later. */
  aspirationIds: string[] | null;
  includeTimeline: boolean;
  includeValues: boolean;
  includeJournal: boolean;
  journalEntryIds: string[];
  /** The person's own version of the cover-letter paragraph; null until they edit it. */
  coverLetterText: string | null;
  /** The person's own version of the interview answer; null until they edit it. */
  interviewText: string | null;
  /** The review pack's period; null: the last 12 months up to the day it is made. */
  reviewFrom: string | null;
  reviewTo: string | null;
  /** The review pack quotes the journal passages its achievements were marked in. */
  reviewPassages: boolean;
  /** The person's own versions of the other interview answers. */
  interviewAnswers: InterviewAnswers;
  /** The role and organisation a cover letter is for (both optional). */
  targetRole: string;
  targetOrganisation: string;
  /** Contact details from "About me" under the name on each document. */
  includeContact: boolean;
}

export const exportPrefs = z.strictObject({
  layout,
  paper,
  name: personName,
  aspirationIds: ids.nullable(),
  includeTimeline: z.boolean(),
  includeValues: z.boolean(),
  includeJournal: z.boolean(),
  journalEntryIds: ids,
  coverLetterText: composedText.nullable(),
  interviewText: composedText.nullable(),
  reviewFrom: calendarDate.nullable(),
  reviewTo: calendarDate.nullable(),
  reviewPassages: z.boolean(),
  interviewAnswers,
  targetRole: targetWords,
  targetOrganisation: targetWords,
  includeContact: z.boolean(),
});

/** How a desktop save ended: written, canceled in the dialog, or failed with a sentence to show. */
export type SavePdfResult =
  | { ok: true; path: string }
  | { ok: false; canceled: true }
  | { ok: false; canceled: false; error: string };

export const exportContract = {
  ...aboutMeContract,
  'export:prefs': channel(z.strictObject({}), { reads: ['export'] }).returns<ExportPrefs>(),
  /** Replaces the kept choices with these. */
  'export:savePrefs': channel(exportPrefs, { changes: ['export'] }).returns<ExportPrefs>(),
  /**
   * Desktop only: asks where to save, prints the print view to that file and answers how it went.
   * The browser edition answers `unsupported`: there the browser's own print dialog saves the PDF.
   */
  'export:savePdf': channel(
    z.strictObject({
      options: printOptions,
      /** The file name the save dialog suggests. */
      fileName: z.string().trim().min(1).max(200),
    }),
  ).returns<SavePdfResult>(),
  /** Desktop only: shows a PDF saved in this session in the system's file manager. */
  'export:showInFolder': channel(z.strictObject({ path: z.string().min(1).max(4096) })).returns<{
    shown: true;
  }>(),
};
