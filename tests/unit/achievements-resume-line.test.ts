import { describe, expect, it } from 'vitest';
import {
  coachResumeLine,
  draftResumeLine,
  resumeLineOf,
  type CoachKey,
  type ResumeLineInput,
} from '../../src-main/shared/achievements/resume-line';
import { assembleStar, type StarInput } from '../../src-main/shared/achievements/star';

const line = (result: string, metricValue: number | null = null, metricUnit = '', extra = {}) =>
  draftResumeLine({ result, metricValue, metricUnit, ...extra } as ResumeLineInput);

describe('drafting a résumé line', () => {
  it.each([
    // [result, value, unit, draft]
    ['Win 50 pitches', 52, 'pitches', 'Won 50 pitches — 52 pitches.'],
    ['Win 50 pitches', 50, 'pitches', 'Won 50 pitches.'],
    ['Cut onboarding time', 30, '%', 'Cut onboarding time by 30%.'],
    ['Lead the launch of the partner portal', null, '', 'Led the launch of the partner portal.'],
    ['Ship the mobile app', null, '', 'Shipped the mobile app.'],
    ['Simplify the billing flow', 2, 'steps fewer', 'Simplified the billing flow — 2 steps fewer.'],
    [
      'Grew the newsletter to 4,000 readers.',
      4000,
      'readers',
      'Grew the newsletter to 4,000 readers.',
    ],
    [
      'I negotiated a new supplier contract',
      12,
      'percent',
      'Negotiated a new supplier contract by 12%.',
    ],
    ["We've hired three engineers", 3, 'engineers', 'Hired three engineers — 3 engineers.'],
    ['Spearheaded the rebrand', null, '', 'Spearheaded the rebrand.'],
    [
      'Promotion to associate art director',
      null,
      '',
      'Achieved promotion to associate art director.',
    ],
    [
      'NPS above 60 for the first time',
      62,
      'points',
      'Achieved NPS above 60 for the first time — 62 points.',
    ],
    ['Helped the team win 3 pitches', 3, 'pitches', 'Helped the team win 3 pitches.'],
    ['  booked   more demos!  ', 32, '%', 'Booked more demos by 32%.'],
    ['Raise 1.5 million', 1.5, 'million', 'Raised 1.5 million.'],
    ['Rebuild the pitch deck overnight', null, '', 'Rebuilt the pitch deck overnight.'],
    ['Submit 3 bids', 3, 'bids', 'Submitted 3 bids.'],
    ['Plan the offsite', null, '', 'Planned the offsite.'],
  ])('%j with %j %j → %j', (result, value, unit, expected) => {
    expect(line(result, value, unit)).toBe(expected);
  });

  it('falls back to the goal, then the aspiration, when the result is empty', () => {
    expect(line('', null, '', { goalTitle: 'Win an award', aspirationTitle: 'Lead' })).toBe(
      'Won an award.',
    );
    expect(line(' ', null, '', { goalTitle: null, aspirationTitle: 'Become a director' })).toBe(
      'Achieved become a director.',
    );
    expect(line('')).toBe('');
  });

  it('keeps the person wording over the draft', () => {
    const base = { result: 'Win 5 pitches', metricValue: null, metricUnit: '' };
    expect(resumeLineOf({ ...base, resumeLine: 'Won five new clients in one quarter.' })).toBe(
      'Won five new clients in one quarter.',
    );
    expect(resumeLineOf({ ...base, resumeLine: '  ' })).toBe('Won 5 pitches.');
    expect(resumeLineOf({ ...base, resumeLine: null })).toBe('Won 5 pitches.');
  });
});

describe('coaching a résumé line', () => {
  const failing = (text: string): CoachKey[] =>
    coachResumeLine(text)
      .filter((hint) => !hint.ok)
      .map((hint) => hint.key);

  it.each([
    ['Cut onboarding time by 30% with a new checklist.', []],
    ['Won 12 new clients in one quarter.', []],
    ['Responsible for the onboarding checklist.', ['verb', 'number', 'outcome']],
    // A year is a date, not a number a reader can weigh.
    ['Helped with the 2025 launch.', ['verb', 'number', 'outcome']],
    ['Led the rebrand.', ['number', 'outcome']],
    ['The rebrand, which took 3 months and raised awareness by 20%.', ['verb']],
    [
      'Built the new pricing page and ran 14 experiments over two quarters with design, sales, marketing, finance, product and legal teams until the page converted faster.',
      ['length'],
    ],
    ['', ['verb', 'number', 'outcome', 'length']],
  ] as [string, CoachKey[]][])('%j misses %j', (text, keys) => {
    expect(failing(text)).toEqual(keys);
  });

  it('says what to do for a weak opener, and counts words', () => {
    const [verb, , , length] = coachResumeLine('Responsible for hiring.');
    expect(verb!.hint).toMatch(/“Responsible” describes a duty/);
    expect(length!.hint).toBe('3 words.');
  });

  it('coaches every draft built from a full achievement as sound', () => {
    expect(failing(line('Cut support tickets', 40, '%'))).toEqual([]);
  });
});

describe('STAR assembly', () => {
  const base: StarInput = {
    achievement: {
      result: 'Cut onboarding time',
      metricValue: 30,
      metricUnit: '%',
      happenedOn: '2026-03-14',
      resumeLine: null,
      passage:
        'I interviewed five new hires. Then I rewrote the checklist and paired each hire with a buddy.',
    },
    entryText: 'Whole entry text that should not be used when a passage is given.',
    goal: {
      title: 'Halve onboarding time',
      specificWhat: 'A new hire ships in their first week.',
      specificWhy: 'I love making teams faster. It is what I bring.',
      obstacles: 'No one owns onboarding. Managers are busy.',
      actionPlan: 'Own the checklist myself and review it monthly.',
    },
    aspiration: { title: 'Lead an engineering team' },
  };

  it('assembles situation, task, action and result in that order', () => {
    const star = assembleStar({ ...base, includeJournal: true });
    expect(star).toEqual({
      situation:
        'In March 2026, I was working towards “Lead an engineering team”. The hard part: no one owns onboarding.',
      task: 'My goal was “Halve onboarding time”. It mattered to me because I love making teams faster.',
      action:
        'I interviewed five new hires. Then I rewrote the checklist and paired each hire with a buddy.',
      result: 'Cut onboarding time by 30%.',
      text: expect.stringMatching(/^In March 2026.*by 30%\.$/),
    });
    expect(star.text).toBe([star.situation, star.task, star.action, star.result].join(' '));
  });

  it('quotes no journal text unless it is ticked, using the plan instead', () => {
    const star = assembleStar(base);
    expect(star.action).toBe('My plan: own the checklist myself and review it monthly.');
    expect(star.text).not.toMatch(/interviewed|Whole entry/);
  });

  it('uses the whole entry when no passage was marked, cut to about 45 words', () => {
    const long = Array.from({ length: 80 }, (_, i) => `word${i}`).join(' ');
    const star = assembleStar({
      achievement: { ...base.achievement, passage: '' },
      entryText: long,
      includeJournal: true,
    });
    expect(star.action.split(' ')).toHaveLength(45);
    expect(star.action.endsWith('…')).toBe(true);
    expect(star.situation).toBe('This was in March 2026.');
    expect(star.task).toBe('I set out to get this done: cut onboarding time.');
  });

  it('keeps the person’s own résumé line as the result', () => {
    const star = assembleStar({
      ...base,
      achievement: { ...base.achievement, resumeLine: 'Cut onboarding from ten days to seven' },
    });
    expect(star.result).toBe('Cut onboarding from ten days to seven.');
  });
});
