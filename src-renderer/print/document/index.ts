/**
 * Every Export layout as a document (see types.ts). The record is keyed by layout, so a new layout
 * does not compile until it says what its document is, and then every format (Word, plain text,
 * the clipboard, whatever comes next) has it with no more code.
 */
import type { ExportLayout } from '../../../src-main/contract';
import type { PrintModel } from '../model';
import { fullPlanDocument } from './full';
import { reviewPackDocument } from './review';
import { coverLetterDocument, interviewDocument, summaryDocument } from './short';
import type { DocBlock, ExportDocument } from './types';

export const LAYOUT_TITLES: Record<ExportLayout, string> = {
  full: 'Career plan',
  summary: 'Career summary',
  'cover-letter': 'Cover-letter paragraph',
  interview: 'Interview answers',
  'review-pack': 'Review pack',
};

const LAYOUT_DOCUMENTS: Record<ExportLayout, (model: PrintModel, title: string) => DocBlock[]> = {
  full: fullPlanDocument,
  summary: summaryDocument,
  'cover-letter': coverLetterDocument,
  interview: interviewDocument,
  'review-pack': reviewPackDocument,
};

export function documentOf(model: PrintModel): ExportDocument {
  const layout = model.options.layout;
  const title = LAYOUT_TITLES[layout];
  return { title, name: model.options.name.trim(), blocks: LAYOUT_DOCUMENTS[layout](model, title) };
}

export type { DocBlock, ExportDocument } from './types';
export { documentLines } from './types';
