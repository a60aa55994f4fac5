import { describe, expect, it } from 'vitest';
import {
  amountWithUnit,
  coachResumeLine,
  draftResumeLine,
} from '../../src-main/shared/achievements/resume-line';
import { amountOfTarget } from '../../src-main/shared/plan/amount';
import { goalProgress } from '../../src-main/shared/plan/progress';
import { smartReport } from '../../src-main/shared/plan/smart';
import { draft } from './plan-helpers';

describe('a number put into words with its unit', () => {
  it.each([
    // [value, unit, words]
    [52, 'pitches', '52 pitches'],
    [1, 'campaigns launched', '1 campaign launched'],
    [1, 'pitches', '1 pitch'],
    [1, 'stories published', '1 story published'],
    [1, 'new clients', '1 new client'],
    [1, 'sales calls made', '1 sales call made'],
    [1, 'people hired', '1 person hired'],
    [1, 'weekly reports delivered', '1 weekly report delivered'],
    [1, 'hours saved', '1 hour saved'],
    [1, 'boxes shipped', '1 box shipped'],
    [1, 'pitch', '1 pitch'],
    // A unit the person wrote in the singular stays theirs: "feedback" and "revenue" take no "s".
    [3, 'feedback', '3 feedback'],
    [1, 'business', '1 business'],
    [1, 'pitch won against rivals', '1 pitch won against rivals'],
    [1, 'analyses run', '1 analysis run'],
    [1.5, 'million', '1.5 million'],
    [1, 'million', '1 million'],
    [2, 'steps fewer', '2 steps fewer'],
    [4000, 'readers', '4,000 readers'],
    [7, '', '7'],
    [32, '%', '32%'],
    [32, ' % ', '32%'],
    [12, 'percent', '12%'],
    [12, 'per cent', '12%'],
    [32, '% sign-ups', '32% of sign-ups'],
    [32, '%  of sign-ups', '32% of sign-ups'],
    [32, 'percent of sign-ups', '32% of sign-ups'],
    [32, '% more demos', '32% more demos'],
    [1, '% fewer complaints', '1% fewer complaints'],
  ])('%j %j reads %j', (value, unit, expected) => {
    expect(amountWithUnit(value, unit)).toBe(expected);
  });

  it.each([
    [
      'Launch the spring campaign',
      1,
      'campaigns launched',
      'Launched the spring campaign — 1 campaign launched.',
    ],
    ['Grow the newsletter', 32, '% sign-ups', 'Grew the newsletter — 32% of sign-ups.'],
    ['Book more demos', 32, 'percent', 'Booked more demos by 32%.'],
  ])('drafts %j with %j %j as %j', (result, value, unit, expected) => {
    expect(draftResumeLine({ result, metricValue: value, metricUnit: unit })).toBe(expected);
  });

  it.each([
    ['Led.', '1 word.'],
    ['Led the team.', '3 words.'],
  ])('counts the words of %j as %j', (text, hint) => {
    expect(coachResumeLine(text).find((check) => check.key === 'length')!.hint).toBe(hint);
  });
});

describe("a goal's measure in words, against its target", () => {
  it.each([
    // [current, target, unit, words]
    [0, 1, 'applications', '0 of 1 application'],
    [3, 5, 'applications', '3 of 5 applications'],
    [1, 1, 'talks given', '1 of 1 talk given'],
    [40, 50, '%', '40 of 50%'],
    [2, 4, '', '2 of 4'],
  ])('%d of %d %s reads "%s"', (current, target, unit, words) => {
    expect(amountOfTarget(current, target, unit)).toBe(words);
  });

  it('is what the plan shows as progress and the SMART check as the measure so far', () => {
    const goal = draft({
      metricName: 'applications sent',
      metricUnit: 'applications',
      metricCurrent: 0,
      metricTarget: 1,
    });
    const label = goalProgress({ ...goal, status: 'in_progress' }, []).label;
    expect(label).toBe('Applications sent: 0 of 1 application');
    expect(smartReport(goal).letters.find((l) => l.key === 'measurable')?.reason).toBe(
      '0 of 1 application so far.',
    );
  });
});
