import { createElement, Fragment } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { PaperSize, PlanTree } from '../../src-main/contract';
import { buildPrintModel } from '../../src-renderer/print/model';
import { PagedDocument } from '../../src-renderer/print/PagedDocument';
import { timelineSection } from '../../src-renderer/print/sections/TimelineSection';
import { printOptions } from './print-options';

const PX_PER_MM = 96 / 25.4;

/** One aspiration with one goal: enough for the timeline section to draw a chart. */
function plan(): PlanTree {
  return {
    today: '2026-05-15',
    aspirations: [
      {
        id: 'a1',
        title: 'Creative director',
        horizonDate: '2027-06-30',
        status: 'active',
        goals: [
          {
            id: 'g1',
            aspirationId: 'a1',
            title: 'Lead a client pitch',
            startDate: '2026-01-01',
            dueDate: '2026-09-30',
            status: 'in_progress',
            createdAt: '2025-12-01T09:00:00.000Z',
            position: 0,
            steps: [],
            progress: { fraction: 0, percent: 0, source: 'none', label: '' },
          },
        ],
      },
    ],
  } as unknown as PlanTree;
}

/** A CSS length in mm or in as CSS pixels (96 per inch). */
function cssPixels(length: string): number {
  const match = /^([\d.]+)(mm|in)$/.exec(length.trim());
  if (!match) throw new Error(`not a length in mm or in: ${length}`);
  return Number(match[1]) * (match[2] === 'mm' ? PX_PER_MM : 96);
}

/** The width between the page's left and right margins, as the printed page itself declares it. */
function pageContentWidth(paper: PaperSize): number {
  const html = renderToStaticMarkup(
    createElement(PagedDocument, { paper, headLeft: '', headRight: '', footLeft: '', blocks: [] }),
  );
  const style = /class="print-document"[^>]*style="([^"]*)"/.exec(html)?.[1] ?? '';
  const variable = (name: string) => {
    const value = new RegExp(`${name}:\\s*([^;]+)`).exec(style)?.[1];
    if (!value) throw new Error(`the page declares no ${name}: ${style}`);
    return cssPixels(value);
  };
  return variable('--page-width') - 2 * variable('--margin-x');
}

function timelineWidth(paper: PaperSize): number {
  const model = buildPrintModel(printOptions({ paper, aspirationIds: ['a1'] }), plan(), []);
  const chart = timelineSection.blocks(model).find((block) => block.key === 'timeline-a1');
  const svg = renderToStaticMarkup(createElement(Fragment, null, chart?.node));
  return Number(/<svg [^>]*width="([\d.]+)"/.exec(svg)?.[1]);
}

describe('the timeline in a printed document', () => {
  it.each(['a4', 'letter'] as const)(
    'fills the %s page between its real margins, and no wider',
    (paper) => {
      const room = pageContentWidth(paper);
      const width = timelineWidth(paper);
      expect(width).toBeLessThanOrEqual(room);
      expect(width).toBeGreaterThan(room - 1);
    },
  );
});
