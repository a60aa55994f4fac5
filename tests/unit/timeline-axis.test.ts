import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  chooseTickStep,
  estimateTextWidth,
  fitText,
  fitWords,
  type TimelineTick,
} from '../../src-renderer/features/timeline/layout';
import { goal, aspiration, layout, barOf, YEAR_2026 } from './timeline-fixtures';

describe('axis', () => {
  const tickLabels = (ticks: TimelineTick[]) =>
    ticks.filter((t) => t.label).map((t) => t.label as string);

  it('counts months, quarters and years at those zooms, with years above months and quarters', () => {
    const a = aspiration([goal()]);
    const months = layout([a], { zoom: 'months', range: YEAR_2026 }).axis;
    expect(months.step).toBe(1);
    expect(tickLabels(months.ticks)).toEqual([
      'Jan',
      'Feb',
      'Mar',
      'Apr',
      'May',
      'Jun',
      'Jul',
      'Aug',
      'Sep',
      'Oct',
      'Nov',
      'Dec',
    ]);
    expect(tickLabels(months.upper)).toEqual(['2026']);

    const quarters = layout([a], { zoom: 'quarters', range: YEAR_2026 }).axis;
    expect(quarters.step).toBe(3);
    expect(tickLabels(quarters.ticks)).toEqual(['Q1', 'Q2', 'Q3', 'Q4']);
    expect(quarters.ticks.map((t) => t.date)).toEqual([
      '2026-01-01',
      '2026-04-01',
      '2026-07-01',
      '2026-10-01',
    ]);

    const years = layout([a], {
      zoom: 'years',
      range: { start: '2026-01-01', end: '2030-12-31' },
    }).axis;
    expect(years.step).toBe(12);
    expect(tickLabels(years.ticks)).toEqual(['2026', '2027', '2028', '2029', '2030']);
    expect(years.upper).toEqual([]);
  });

  it('labels the period the range starts in when it begins mid-period', () => {
    const l = layout([aspiration([goal()])], {
      zoom: 'quarters',
      range: { start: '2026-02-01', end: '2026-12-31' },
    });
    expect(l.axis.ticks[0]).toMatchObject({ label: 'Q1', x: 0, line: false });
    expect(l.axis.upper[0]).toMatchObject({ label: '2026', x: 0, line: false });
  });

  it('keeps every label readable at every scale: no two labels of a row overlap, none runs off the chart', () => {
    const a = aspiration([goal({ startDate: '2001-01-01', dueDate: '2060-01-01' })]);
    fc.assert(
      fc.property(fc.integer({ min: 200, max: 4000 }), (availableWidth) => {
        const l = layout([a], { zoom: 'fit', availableWidth, today: '2030-01-01' });
        expect(l.axis.ticks.filter((t) => t.label).length).toBeGreaterThan(1);
        for (const row of [l.axis.ticks, l.axis.upper]) {
          const labelled = row.filter((t) => t.label);
          for (let i = 0; i < labelled.length; i++) {
            const tick = labelled[i] as TimelineTick;
            const end = tick.labelX + estimateTextWidth(tick.label as string, 12, true);
            expect(end).toBeLessThanOrEqual(l.width);
            const next = labelled[i + 1];
            if (next) expect(end).toBeLessThan(next.labelX);
          }
        }
      }),
      { numRuns: 40 },
    );
  });

  it('moves to coarser ticks as the scale shrinks, never finer than the zoom asks for', () => {
    expect(chooseTickStep(4, 12)).toBe(1);
    expect(chooseTickStep(1.4, 12, 3)).toBe(3);
    expect(chooseTickStep(0.4, 12, 12)).toBe(12);
    expect(chooseTickStep(0.05, 12)).toBeGreaterThanOrEqual(60);
    expect(chooseTickStep(4, 12, 12)).toBe(12);
  });
});

describe('reading order and names', () => {
  it('orders bars by aspiration, then by start date, whatever the plan order of goals', () => {
    const late = goal({ title: 'Late', startDate: '2026-06-01', dueDate: '2026-07-01' });
    const early = goal({ title: 'Early', startDate: '2026-02-01', dueDate: '2026-03-01' });
    const other = goal({ title: 'Other', startDate: '2026-01-01', dueDate: '2026-02-01' });
    const l = layout([aspiration([late, early]), aspiration([other])]);
    expect(l.bars.map((b) => b.title)).toEqual(['Early', 'Late', 'Other']);
    expect(l.bars.map((b) => b.index)).toEqual([0, 1, 2]);
  });

  it('names each bar with its title, dates and status', () => {
    const g = goal({ title: 'Lead a pitch', startDate: '2026-06-01', dueDate: '2026-07-31' });
    expect(barOf(layout([aspiration([g])]), g.id).accessibleName).toBe(
      'Lead a pitch: 1 June 2026 to 31 July 2026, planned',
    );
  });

  it('puts a label inside a bar when it fits, else beside it, shortened to a maximum width', () => {
    const wide = goal({ title: 'Short', startDate: '2026-01-01', dueDate: '2026-06-30' });
    const narrow = goal({
      title: 'A fairly long title',
      startDate: '2026-08-01',
      dueDate: '2026-08-03',
    });
    const huge = goal({
      title: 'word '.repeat(80),
      startDate: '2026-09-01',
      dueDate: '2026-09-02',
    });
    const l = layout([aspiration([wide, narrow, huge])], { range: YEAR_2026 });
    expect(barOf(l, wide.id).label.placement).toBe('inside');
    expect(barOf(l, narrow.id).label).toMatchObject({
      placement: 'after',
      text: 'A fairly long title',
    });
    expect(barOf(l, huge.id).label.text.endsWith('…')).toBe(true);
    expect(barOf(l, huge.id).label.width).toBeLessThanOrEqual(l.metrics.maxLabelWidth);
  });
});

describe('labels on bars too short for them', () => {
  const title = 'Publish six detailed case studies';
  it('shortens them inside a roomy bar when the lane continues right after it', () => {
    const first = goal({ title, startDate: '2026-06-01', dueDate: '2026-07-16' });
    const next = goal({ title: 'Next', startDate: '2026-07-17', dueDate: '2026-11-30' });
    const l = layout([aspiration([first, next])], { range: YEAR_2026 });
    expect(barOf(l, first.id).label).toMatchObject({ placement: 'inside' });
    expect(barOf(l, first.id).label.text.endsWith('…')).toBe(true);
    expect(barOf(l, next.id).lane).toBe(barOf(l, first.id).lane);
  });

  it('writes them in full beside the bar when the lane has room there', () => {
    const only = goal({ title, startDate: '2026-06-01', dueDate: '2026-07-16' });
    const l = layout([aspiration([only])], { range: YEAR_2026 });
    expect(barOf(l, only.id).label).toMatchObject({ placement: 'after', text: title });
  });
});

describe('text', () => {
  it('shortens text with an ellipsis to fit a width', () => {
    expect(fitText('Short', 200, 12)).toBe('Short');
    const cut = fitText('A title that is far too long for a small bar', 80, 12);
    expect(cut.endsWith('…')).toBe(true);
    expect(estimateTextWidth(cut, 12)).toBeLessThanOrEqual(80);
  });

  it('shortens a title at a whole word, so what is seen is part of the bar’s name', () => {
    const title = 'Lead the agency’s first in-house campaign';
    const cut = fitWords(title, 160, 12);
    expect(cut).toMatch(/^Lead the agency’s first( in-house)?…$/);
    expect(estimateTextWidth(cut, 12)).toBeLessThanOrEqual(160);
    // One long word has no earlier word end: it is cut where it must be.
    expect(fitWords('Supercalifragilistic', 60, 12)).toBe(fitText('Supercalifragilistic', 60, 12));
  });

  it('names an overdue or dropped bar with the words it shows first', () => {
    const late = goal({ title: 'Ship it', startDate: '2020-01-01', dueDate: '2020-02-01' });
    expect(barOf(layout([aspiration([late])]), late.id).accessibleName).toMatch(
      /^Overdue: Ship it: /,
    );
  });

  it('keeps the longest start that fits, without trailing spaces, for any text and width', () => {
    // The rule spelled out: try every length, longest first.
    const longestThatFits = (text: string, max: number, bold: boolean) => {
      if (estimateTextWidth(text, 12, bold) <= max) return text;
      const chars = [...text];
      for (let n = chars.length; n > 0; n--) {
        const candidate = `${chars.slice(0, n).join('').trimEnd()}…`;
        if (estimateTextWidth(candidate, 12, bold) <= max) return candidate;
      }
      return '…';
    };
    const piece = fc.constantFrom('a', 'W', 'i', ' ', '\u00a0', '7', '—', '한', '🚀', 'é', '.');
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 30 }),
        fc.integer({ min: 0, max: 300 }),
        fc.boolean(),
        (pieces, max, bold) => {
          const text = pieces.join('');
          expect(fitText(text, max, 12, bold)).toBe(longestThatFits(text, max, bold));
        },
      ),
      { numRuns: 500 },
    );
  });
});
