/**
 * The formats a layout leaves the app in. PDF is the print view itself (see SavePdf); every other
 * format is made here, in the page, from the layout's document (document/), so nothing is sent
 * anywhere to make it.
 */
import type { ExportLayout } from '../../../src-main/contract';
import { documentOf } from '../document';
import type { PrintModel } from '../model';
import { DOCX_TYPE, docxBlob } from './docx';
import { documentHtml } from './html';
import { jsonResumeText } from './json-resume';
import { plainText } from './plain-text';

export type ExportFormat = 'pdf' | 'docx' | 'text' | 'copy' | 'json-resume';

export interface FormatInfo {
  id: ExportFormat;
  label: string;
  hint: string;
  /** Only these layouts offer it; absent: every layout. */
  layouts?: readonly ExportLayout[];
}

export const FORMATS: readonly FormatInfo[] = [
  { id: 'pdf', label: 'PDF', hint: 'Exactly the preview, for printing and sending.' },
  {
    id: 'docx',
    label: 'Word (.docx)',
    hint: 'To edit in Word, LibreOffice or Google Docs: headings and lists kept.',
  },
  {
    id: 'text',
    label: 'Plain text',
    hint: 'One column, standard headings, "- " bullets: safe to paste into job applications.',
  },
  {
    id: 'copy',
    label: 'Copy as formatted text',
    hint: 'Puts it on the clipboard, for an e-mail or a document.',
  },
  {
    id: 'json-resume',
    label: 'JSON Resume',
    hint: 'For résumé builders that read the JSON Resume standard.',
    layouts: ['summary'],
  },
];

export function formatsFor(layout: ExportLayout): FormatInfo[] {
  return FORMATS.filter((format) => !format.layouts || format.layouts.includes(layout));
}

export const EXTENSIONS = { docx: 'docx', text: 'txt', 'json-resume': 'json' } as const;
export type FileFormat = keyof typeof EXTENSIONS;

/** A file name safe on every system, with the format's extension. */
export function fileNameFor(base: string, format: FileFormat): string {
  const cleaned =
    base
      .replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^\.+/, '')
      .slice(0, 150)
      .trim() || 'Career plan';
  return `${cleaned}.${EXTENSIONS[format]}`;
}

/** The file for a format: its bytes and type. */
export async function exportFile(model: PrintModel, format: FileFormat): Promise<Blob> {
  const document = documentOf(model);
  switch (format) {
    case 'docx':
      return docxBlob(document, model.options.paper);
    case 'json-resume':
      return new Blob([jsonResumeText(model)], { type: 'application/json' });
    default:
      return new Blob([plainText(document)], { type: 'text/plain;charset=utf-8' });
  }
}

/** What "Copy as formatted text" puts on the clipboard. */
export function clipboardParts(model: PrintModel): { html: string; text: string } {
  const document = documentOf(model);
  return { html: documentHtml(document), text: plainText(document) };
}

export { DOCX_TYPE };
