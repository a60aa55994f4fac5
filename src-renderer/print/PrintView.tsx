import { useMemo } from 'react';
import type { PrintBlock } from './blocks';
import { dateInWords } from './dates';
import { reviewPackLayout } from './layouts/ReviewPackLayout';
import { summaryLayout } from './layouts/SummaryLayout';
import { LAYOUT_TITLES } from './document';
import { textLayout } from './layouts/TextLayout';
import type { PrintModel } from './model';
import { PagedDocument, type Arrange, type LaidOut } from './PagedDocument';
import { FULL_PLAN_SECTIONS } from './sections';
import './print.css';

const DOCUMENT_TITLES = LAYOUT_TITLES;

export function layoutTitle(layout: PrintModel['options']['layout']): string {
  return DOCUMENT_TITLES[layout];
}

export function documentTitle(model: PrintModel): string {
  const title = DOCUMENT_TITLES[model.options.layout];
  const name = model.options.name.trim();
  return name ? `${title} — ${name}` : title;
}

function layoutOf(model: PrintModel): { blocks: PrintBlock[]; arrange?: Arrange } {
  switch (model.options.layout) {
    case 'summary':
      return summaryLayout(model);
    case 'cover-letter':
    case 'interview':
      return { blocks: textLayout(model, model.options.layout) };
    case 'review-pack':
      return { blocks: reviewPackLayout(model) };
    default:
      return { blocks: FULL_PLAN_SECTIONS.flatMap((section) => section.blocks(model)) };
  }
}

/**
 * The document exactly as it will be printed: the Export screen's preview, the browser's print and
 * the desktop's PDF are all this component with the same model.
 */
export function PrintView({
  model,
  zoom,
  onLayout,
}: {
  model: PrintModel;
  zoom?: number;
  onLayout?: (layout: LaidOut) => void;
}) {
  const { blocks, arrange } = useMemo(() => layoutOf(model), [model]);
  const name = model.options.name.trim();
  const title = DOCUMENT_TITLES[model.options.layout];
  return (
    <PagedDocument
      paper={model.options.paper}
      headLeft={name || title}
      headRight={dateInWords(model.today)}
      footLeft={name ? title : ''}
      blocks={blocks}
      arrange={arrange}
      zoom={zoom}
      onLayout={onLayout}
    />
  );
}
