/**
 * The document as a Word file (.docx), made with the `docx` library: real headings (so Word's and
 * LibreOffice's navigation and tables of contents see them), real bulleted and numbered lists, the
 * same text as every other format. Calibri, which Word has and LibreOffice replaces with the
 * metric-identical Carlito, so the lines break the same in both.
 */
import {
  AlignmentType,
  Document,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  TextRun,
  type IParagraphOptions,
} from 'docx';
import type { PaperSize } from '../../../src-main/contract';
import type { DocBlock, ExportDocument } from '../document';

export const DOCX_FONT = 'Calibri';
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Page sizes in twentieths of a point; margins of 2 cm. */
const PAGE = {
  a4: { width: 11906, height: 16838 },
  letter: { width: 12240, height: 15840 },
} as const;
const MARGIN = 1134;

const HEADINGS = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
  4: HeadingLevel.HEADING_4,
} as const;

const GREY = '555555';

/** A tab typed in the journal would jump to Word's next tab stop mid-sentence: a space reads right. */
const inline = (text: string) => text.replace(/\t+/g, ' ');

function paragraphsOf(block: DocBlock, listIndex: number): Paragraph[] {
  switch (block.kind) {
    case 'heading':
      return [
        new Paragraph({
          heading: HEADINGS[block.level],
          children: [new TextRun(inline(block.text))],
        }),
      ];
    case 'list':
      return block.items.map((item) => {
        const options: IParagraphOptions = block.ordered
          ? { numbering: { reference: 'numbered', level: 0, instance: listIndex } }
          : { bullet: { level: 0 } };
        return new Paragraph({ ...options, children: [new TextRun(inline(item))] });
      });
    default: {
      const quiet = block.tone === 'meta' || block.tone === 'quiet';
      const runs = [
        ...(block.label ? [new TextRun({ text: `${block.label}: `, bold: true })] : []),
        new TextRun({
          text: inline(block.text),
          color: quiet ? GREY : undefined,
          italics: block.tone === 'quote' || block.tone === 'quiet',
        }),
      ];
      return [
        new Paragraph({
          children: runs,
          indent: block.tone === 'quote' ? { left: 567 } : undefined,
          spacing: { after: quiet ? 80 : 160 },
        }),
      ];
    }
  }
}

export function docxDocument(document: ExportDocument, paper: PaperSize): Document {
  let lists = 0;
  const children = document.blocks.flatMap((block) => {
    if (block.kind === 'list' && block.ordered) lists += 1;
    return paragraphsOf(block, lists);
  });
  return new Document({
    title: document.name ? `${document.title} — ${document.name}` : document.title,
    creator: document.name || 'Waymark',
    description: 'Made with Waymark',
    styles: {
      default: {
        document: { run: { font: DOCX_FONT, size: 22 }, paragraph: { spacing: { line: 276 } } },
        heading1: { run: { font: DOCX_FONT, size: 40, bold: true, color: '1F2933' } },
        heading2: {
          run: { font: DOCX_FONT, size: 28, bold: true, color: '1F2933' },
          paragraph: { spacing: { before: 320, after: 120 } },
        },
        heading3: {
          run: { font: DOCX_FONT, size: 24, bold: true, color: '1F2933' },
          paragraph: { spacing: { before: 240, after: 80 } },
        },
        heading4: {
          run: { font: DOCX_FONT, size: 22, bold: true, color: '1F2933' },
          paragraph: { spacing: { before: 200, after: 60 } },
        },
      },
    },
    numbering: {
      config: [
        {
          reference: 'numbered',
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: '%1.',
              alignment: AlignmentType.START,
              style: { paragraph: { indent: { left: 720, hanging: 360 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: PAGE[paper],
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
          },
        },
        children,
      },
    ],
  });
}

/** The .docx file's bytes, as a Blob (works in the window and in Node's tests alike). */
export function docxBlob(document: ExportDocument, paper: PaperSize): Promise<Blob> {
  return Packer.toBlob(docxDocument(document, paper));
}
