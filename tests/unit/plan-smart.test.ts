import { describe, expect, it } from 'vitest';
import { formatAmount } from '../../src-main/shared/plan/amount';
import { smartReport } from '../../src-main/shared/plan/smart';
import { dateInWords } from '../../src-main/shared/date-words';
import { draft } from './plan-helpers';

const letter = (report: ReturnType<typeof smartReport>, key: string) =>
  report.letters.find((l) => l.key === key)!;

describe('SMART completeness, letter by letter', () => {
  it('reads a fully worked goal as complete, each letter with a one-line reason', () => {
    const report = smartReport(draft());
    expect(report.complete).toBe(true);
    expect(report.completeCount).toBe(5);
    expect(report.letters.map((l) => `${l.letter} ${l.name}`)).toEqual([
      'S Specific',
      'M Measurable',
      'A Achievable',
      'R Realistic',
      'T Time-bound',
    ]);
    for (const l of report.letters) {
      expect(l.reason).toMatch(/^[A-Z0-9].*\.$/);
      expect(l.reason).not.toContain('\n');
    }
    expect(letter(report, 'measurable').reason).toBe('12 of 50 pitches so far.');
    expect(letter(report, 'timeBound').reason).toBe('From 1 January 2026 to 31 December 2029.');
  });

  it('Specific needs what exactly and why it matters', () => {
    expect(letter(smartReport(draft({ specificWhat: '  ' })), 'specific')).toMatchObject({
      complete: false,
      reason: 'Say exactly what you will have done or become.',
    });
    expect(letter(smartReport(draft({ specificWhy: '' })), 'specific')).toMatchObject({
      complete: false,
      reason: expect.stringMatching(/why it matters to you/),
    });
  });

  it('Measurable needs a metric, a target and the current value (the unit is optional)', () => {
    expect(letter(smartReport(draft({ metricName: '' })), 'measurable')).toMatchObject({
      complete: false,
      reason: expect.stringMatching(/Name what you will count/),
    });
    expect(letter(smartReport(draft({ metricTarget: null })), 'measurable')).toMatchObject({
      complete: false,
      reason: 'Set a target for pitches won.',
    });
    expect(letter(smartReport(draft({ metricCurrent: null })), 'measurable')).toMatchObject({
      complete: false,
      reason: expect.stringMatching(/current value/),
    });
    expect(letter(smartReport(draft({ metricUnit: '' })), 'measurable')).toMatchObject({
      complete: true,
      reason: '12 of 50 so far.',
    });
  });

  it('Achievable needs honest obstacles and an action plan', () => {
    expect(letter(smartReport(draft({ obstacles: '' })), 'achievable').complete).toBe(false);
    expect(letter(smartReport(draft({ actionPlan: '' })), 'achievable')).toMatchObject({
      complete: false,
      reason: expect.stringMatching(/work around/),
    });
  });

  it('Realistic needs why the timeline is within reach and what to let go of', () => {
    expect(letter(smartReport(draft({ realisticWhy: '' })), 'realistic').complete).toBe(false);
    expect(letter(smartReport(draft({ letGo: '' })), 'realistic')).toMatchObject({
      complete: false,
      reason: expect.stringMatching(/let go of/),
    });
  });

  it('Time-bound needs a due date and a start, in that order', () => {
    expect(letter(smartReport(draft({ dueDate: null })), 'timeBound')).toMatchObject({
      complete: false,
      reason: expect.stringMatching(/due date/),
    });
    expect(letter(smartReport(draft({ startDate: null })), 'timeBound')).toMatchObject({
      complete: false,
      reason: 'Choose when you will start.',
    });
    expect(
      letter(smartReport(draft({ startDate: '2030-02-01', dueDate: '2030-01-01' })), 'timeBound'),
    ).toMatchObject({
      complete: false,
      reason: 'It starts on 1 February 2030, after it is due.',
    });
  });

  it('counts what is complete so a person sees at a glance what is missing', () => {
    const report = smartReport(draft({ obstacles: '', letGo: '', metricName: '' }));
    expect(report.completeCount).toBe(2);
    expect(report.complete).toBe(false);
    expect(report.letters.filter((l) => !l.complete).map((l) => l.letter)).toEqual(['M', 'A', 'R']);
  });
});

describe('numbers and dates in words', () => {
  it('writes amounts as a person does, small whole numbers too', () => {
    expect(
      [0, 12, 999, -999, 1000, -1000, 1200, 3.5, 0.1 + 0.2, 2 / 3, -0, 1e21].map(formatAmount),
    ).toEqual([
      '0',
      '12',
      '999',
      '-999',
      '1,000',
      '-1,000',
      '1,200',
      '3.5',
      '0.3',
      '0.67',
      '-0',
      '1,000,000,000,000,000,000,000',
    ]);
  });

  it('writes calendar dates as day, month name and year', () => {
    expect(['2027-03-03', '2026-12-31', '0999-01-01', '2027-3-3'].map(dateInWords)).toEqual([
      '3 March 2027',
      '31 December 2026',
      '1 January 999',
      '3 March 2027',
    ]);
  });
});
