import type { PaperSize } from '../../src-main/contract';

/** Paper as CSS knows it. The page's own margins, header and footer are drawn inside this box. */
export const PAPER: Record<
  PaperSize,
  { label: string; width: string; height: string; css: string; widthMm: number }
> = {
  a4: { label: 'A4', width: '210mm', height: '297mm', css: 'A4', widthMm: 210 },
  letter: { label: 'Letter', width: '8.5in', height: '11in', css: 'letter', widthMm: 215.9 },
};

/**
 * The printed page's left and right margins. The one place they are set: the pages take it as
 * `--margin-x`, and whatever is drawn to the page's width (the timeline) is fitted inside it.
 */
export const PAGE_MARGIN_MM = 20;

const PX_PER_MM = 96 / 25.4;

/** The width between the page's margins in CSS pixels (96 per inch), rounded down. */
export function pageContentWidth(paper: PaperSize): number {
  return Math.floor((PAPER[paper].widthMm - 2 * PAGE_MARGIN_MM) * PX_PER_MM);
}
