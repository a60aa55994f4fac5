import { createElement, Fragment } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { PaperSize } from '../../src-main/contract';
import type { PlanTree } from '../../src-main/contract/plan';
import { timelinePlanFromTree } from '../../src-main/shared/plan/timeline-plan';
import { ApiError } from '../../src-renderer/api/client';
import { buildPrintModel } from '../../src-renderer/print/model';
import { PagedDocument } from '../../src-renderer/print/PagedDocument';
import { timelineSection } from '../../src-renderer/print/sections/TimelineSection';
import { withGoalDates } from '../../src-renderer/features/timeline/queries';
import {
  checkPayload,
  datesPayload,
  describeError,
  rangeInWords,
} from '../../src-renderer/features/timeline/reschedule';
import {
  A4_CONTENT_WIDTH,
  printTimelineLayout,
  TimelinePrint,
  wholePlanRange,
} from '../../src-renderer/features/timeline/TimelinePrint';
import { printOptions } from './print-options';

const TODAY = '2026-05-15';

/** A plan tree as `plan:tree` answers it, reduced to what the timeline reads. */
function tree(): PlanTree {
  const goal = (id: string, title: string, over: Record<string, unknown>) => ({
    id,
    aspirationId: 'a1',
    title,
    startDate: '2026-01-01',
    dueDate: '2026-03-31',
    status: 'planned',
    createdAt: '2025-12-01T09:00:00.000Z',
    position: 0,
    steps: [],
    progress: { fraction: 0, percent: 0, source: 'none', label: '' },
    ...over,
  });
  return {
    today: TODAY,
    aspirations: [
      {
        id: 'a1',
        title: 'Creative director',
        horizonDate: '2027-06-30',
        status: 'active',
        goals: [
          goal('late', 'Lead a client pitch', { dueDate: '2026-04-30' }),
          goal('done', 'Finish the course', { status: 'done', dueDate: '2026-02-28' }),
          goal('dropped', 'Start a blog', { status: 'dropped' }),
          goal('open', 'Win an award', {
            startDate: '2026-06-01',
            dueDate: '2026-12-31',
            status: 'in_progress',
            progress: { fraction: 0.4, percent: 40, source: 'metric', label: '2 of 5' },
            steps: [{ id: 's1', text: 'Enter', dueDate: '2026-08-01', done: false }],
          }),
        ],
      },
    ],
  } as unknown as PlanTree;
}

describe('the print version', () => {
  const markup = () =>
    renderToStaticMarkup(
      createElement(TimelinePrint, { tree: tree(), width: A4_CONTENT_WIDTH, today: TODAY }),
    );

  it('fits the page width exactly, with Fit plan', () => {
    const layout = printTimelineLayout(tree(), A4_CONTENT_WIDTH, { today: TODAY });
    expect(layout.zoom).toBe('fit');
    expect(layout.width).toBeCloseTo(A4_CONTENT_WIDTH, 6);
    expect(markup()).toMatch(/^<svg [^>]*width="680"/);
  });

  it('is a standalone SVG: no classes (the app’s stylesheet cannot repaint it), no handlers, no focus', () => {
    const svg = markup();
    expect(svg).not.toContain('class=');
    expect(svg).not.toContain('tabindex');
    expect(svg).not.toContain('role="button"');
    expect(svg).not.toContain('var(--');
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
  });

  it('says in words what colour would say: overdue, done, today, horizon, and a legend', () => {
    const svg = markup();
    expect(svg).toContain('Overdue: Lead a client pitch');
    expect(svg).toContain('Today');
    expect(svg).toContain('Horizon 30 June 2027');
    for (const words of [
      'Goal (start to due date)',
      'Progress so far',
      'Overdue',
      'Done',
      'Horizon',
    ])
      expect(svg).toContain(`>${words}</text>`);
    // Overdue bars are hatched, not only coloured; dropped goals stay off paper by default.
    expect(svg).toMatch(/<pattern id="gt-print-[^"]*-overdue"/);
    expect(svg).toMatch(/fill="url\(#gt-print-[^"]*-overdue\)"/);
    expect(svg).not.toContain('Start a blog');
    expect(svg).toContain('aria-label="Timeline of the plan: 3 goals in 1 aspiration, 1 overdue"');
  });

  it('shows dropped goals when asked, dashed and labelled', () => {
    const svg = renderToStaticMarkup(
      createElement(TimelinePrint, {
        tree: tree(),
        width: 500,
        today: TODAY,
        filter: { statuses: ['planned', 'in_progress', 'done', 'dropped'] },
      }),
    );
    expect(svg).toContain('Dropped: Start a blog');
    expect(svg).toContain('stroke-dasharray="3 2"');
    expect(svg).toContain('>Dropped</text>');
  });
});

describe('a timeline printed in parts', () => {
  it('lines the parts up on one axis when they share the whole plan’s range', () => {
    const plan = tree();
    plan.aspirations.push({
      ...plan.aspirations[0],
      id: 'a2',
      title: 'Teach',
      horizonDate: null,
      goals: [{ ...plan.aspirations[0]!.goals[3]!, id: 'teach', aspirationId: 'a2' }],
    } as (typeof plan.aspirations)[0]);
    const range = wholePlanRange(plan, { today: TODAY });
    const whole = printTimelineLayout(plan, 600, { today: TODAY });
    const part = printTimelineLayout(plan, 600, {
      today: TODAY,
      range,
      filter: { aspirationIds: ['a2'] },
    });
    expect(part.range).toEqual(whole.range);
    expect(part.bars[0]?.x).toBeCloseTo(whole.bars.find((b) => b.goalId === 'teach')?.x ?? -1, 6);
    expect(part.axis.ticks.map((t) => t.x)).toEqual(whole.axis.ticks.map((t) => t.x));
  });

  it('leaves the legend off a part when asked', () => {
    const svg = renderToStaticMarkup(
      createElement(TimelinePrint, { tree: tree(), width: 600, today: TODAY, legend: false }),
    );
    expect(svg).not.toContain('>Progress so far</text>');
    expect(svg).toContain('>Overdue: ');
  });
});

describe('rescheduling from the timeline', () => {
  it('sends only the dates that changed, and nothing when none did', () => {
    const before = { startDate: null, dueDate: '2026-03-31' };
    expect(datesPayload('g', before, { startDate: null, dueDate: '2026-04-02' })).toEqual({
      id: 'g',
      dueDate: '2026-04-02',
    });
    expect(datesPayload('g', before, { startDate: '2026-01-05', dueDate: '2026-04-02' })).toEqual({
      id: 'g',
      startDate: '2026-01-05',
      dueDate: '2026-04-02',
    });
    expect(datesPayload('g', before, before)).toBeNull();
  });

  it('checks a change with the plan’s own rules before sending it, in words', () => {
    expect(checkPayload({ id: 'g', dueDate: '2026-04-02' })).toBeNull();
    expect(checkPayload({ id: 'g', dueDate: '2026-02-30' })).toBe(
      'Due date: That date does not exist on the calendar.',
    );
    expect(checkPayload({ id: 'g', startDate: '+10000-01-01' })).toBe(
      'Start date: Use a date in the form YYYY-MM-DD.',
    );
  });

  it('explains a refusal from the plan field by field', () => {
    const refused = new ApiError({
      code: 'invalid_input',
      message: 'Some of what was sent is not valid (dueDate): …',
      fields: [{ path: 'dueDate', message: 'That date does not exist on the calendar.' }],
    });
    expect(describeError(refused)).toBe('Due date: That date does not exist on the calendar.');
    const gone = new ApiError({
      code: 'not_found',
      message: 'That goal no longer exists.',
      fields: [{ path: 'id', message: 'Not found.' }],
    });
    expect(describeError(gone)).toBe('That goal no longer exists.');
  });

  it('says the new dates in words', () => {
    expect(rangeInWords({ startDate: '2026-01-05', dueDate: '2026-04-02' })).toBe(
      'now runs from 5 January 2026 to 2 April 2026',
    );
    expect(rangeInWords({ startDate: null, dueDate: '2026-04-02' })).toBe(
      'is now due on 2 April 2026',
    );
  });

  it('shows new dates at once by replacing one goal and keeping every other node as it was', () => {
    const original = timelinePlanFromTree(tree());
    const next = withGoalDates(original, 'open', {
      startDate: '2026-07-01',
      dueDate: '2027-01-31',
    });
    const [before] = original.aspirations;
    const [after] = next.aspirations;
    expect(after?.goals.find((g) => g.id === 'open')).toMatchObject({
      startDate: '2026-07-01',
      dueDate: '2027-01-31',
    });
    for (const id of ['late', 'done', 'dropped'])
      expect(after?.goals.find((g) => g.id === id)).toBe(before?.goals.find((g) => g.id === id));
  });
});

const PX_PER_MM = 96 / 25.4;

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
  const model = buildPrintModel(printOptions({ paper, aspirationIds: ['a1'] }), tree(), []);
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
