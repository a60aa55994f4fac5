import type { PaperSize } from '../../src-main/contract';

/** Paper as CSS knows it. The page's own margins, header and footer are drawn inside this box. */
export const PAPER: Record<
  PaperSize,
  { label: string; width: string; height: string; css: string }
> = {
  a4: { label: 'A4', width: '210mm', height: '297mm', css: 'A4' },
  letter: { label: 'Letter', width: '8.5in', height: '11in', css: 'letter' },
};
