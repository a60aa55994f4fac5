import { describe, expect, it } from 'vitest';
import { composeCoverLetter } from '../../src-renderer/print/compose/cover-letter';
import { composeInterviewAnswer } from '../../src-renderer/print/compose/interview-answer';
import type { ComposeAspiration, ComposeGoal } from '../../src-renderer/print/compose/plan-facts';
import {
  countWordsIn,
  inSentence,
  joinList,
  measuredResult,
  phraseKind,
  toInfinitive,
} from '../../src-renderer/print/compose/words';
import { goal, plan } from './compose-helpers';

function aspiration(goals: ComposeGoal[], overrides: Partial<ComposeAspiration> = {}) {
  return {
    title: 'Become an award-winning creative director',
    horizonDate: '2034-12-31',
    goals,
    ...overrides,
  } satisfies ComposeAspiration;
}

const COMPOSERS = [
  ['cover-letter paragraph', composeCoverLetter],
  ['interview answer', composeInterviewAnswer],
] as const;

describe('composing from the plan', () => {
  it.each(COMPOSERS)('the %s is empty when no aspiration is chosen', (_name, compose) => {
    expect(compose(plan())).toBe('');
  });

  describe('with no goals', () => {
    const input = plan(aspiration([]));

    it('the paragraph states the aim and says the milestones are still being set', () => {
      const text = composeCoverLetter(input);
      expect(text).toMatch(
        /^My long-term aim is to become an award-winning creative director by 2034\./,
      );
      expect(text).toContain('turning that aim into concrete milestones');
      expect(text).not.toMatch(/milestones? (is|are) to/);
      expect(text).not.toContain('Along the way');
    });

    it('the answer looks five years ahead and promises dated milestones', () => {
      const text = composeInterviewAnswer(input);
      expect(text).toMatch(/^In five years, I want to be well on the way to my long-term goal:/);
      expect(text).toContain('to become an award-winning creative director by 2034');
      expect(text).toContain('working out the concrete milestones');
      expect(text).not.toContain('The next is');
    });

    it('an aspiration without a horizon gets no year', () => {
      const text = composeCoverLetter(plan(aspiration([], { horizonDate: null })));
      expect(text).toMatch(/^My long-term aim is to become an award-winning creative director\./);
    });
  });

  describe('with one goal', () => {
    const input = plan(aspiration([goal()]));

    it('the paragraph names it with its date, in the singular', () => {
      const text = composeCoverLetter(input);
      expect(text).toContain('My next milestone is to lead a pitch team by June 2027.');
      expect(text).not.toContain('more after');
    });

    it('the answer names it as the next step', () => {
      const text = composeInterviewAnswer(input);
      expect(text).toContain('The next is to lead a pitch team by June 2027.');
      expect(text).not.toContain('After that');
      expect(text).not.toContain('mapped out beyond');
    });

    it('a goal phrased as a result or as a thing still reads as English', () => {
      const promoted = composeCoverLetter(
        plan(aspiration([goal({ title: 'Promoted to associate art director.' })])),
      );
      expect(promoted).toContain('is to be promoted to associate art director by June 2027.');
      const thing = composeCoverLetter(plan(aspiration([goal({ title: 'MBA in finance' })])));
      expect(thing).toContain('is to reach MBA in finance by June 2027.');
    });
  });

  describe('with many goals', () => {
    // Given out of date order: the texts must pick the nearest, not the first typed.
    const dates = [
      '2029-03-01',
      '2027-02-01',
      '2033-05-01',
      '2026-09-01',
      '2028-01-01',
      '2030-07-01',
      '2026-12-01',
      '2032-01-01',
    ];
    const goals = dates.map((dueDate, i) => goal({ title: `Reach stage ${i + 1}`, dueDate }));
    const input = plan(aspiration(goals));

    it('the paragraph names the three nearest in date order and counts the rest', () => {
      const text = composeCoverLetter(input);
      expect(text).toContain(
        'My next milestones are to reach stage 4 by September 2026, to reach stage 7 by December 2026 and to reach stage 2 by February 2027, and 5 more after those.',
      );
      for (const later of [1, 3, 5, 6, 8]) expect(text).not.toContain(`stage ${later} `);
    });

    it('the answer walks through the nearest steps and stays spoken length', () => {
      const text = composeInterviewAnswer(input);
      expect(text).toContain('The next is to reach stage 4 by September 2026.');
      expect(text).toContain(
        'After that, I plan to reach stage 7 by December 2026 and to reach stage 2 by February 2027.',
      );
      expect(text).toContain('I have 5 more milestones mapped out beyond those.');
      const words = countWordsIn(text);
      expect(words).toBeGreaterThan(60);
      expect(words).toBeLessThan(200);
    });

    it('leaves out overdue and dropped goals', () => {
      const text = composeCoverLetter(
        plan(
          aspiration([
            goal({ title: 'Finish the portfolio', dueDate: '2025-11-01' }),
            goal({ title: 'Learn motion design', status: 'dropped', dueDate: '2026-03-01' }),
            goal({ title: 'Lead a pitch team' }),
          ]),
        ),
      );
      expect(text).toContain('My next milestone is to lead a pitch team by June 2027.');
      expect(text).not.toContain('portfolio');
      expect(text).not.toContain('motion design');
    });
  });

  describe('with achieved goals', () => {
    const won = goal({
      title: 'Win 50 pitches',
      status: 'done',
      completedOn: '2026-01-05',
      dueDate: '2026-06-30',
      metricName: 'pitches won',
      metricUnit: 'pitches',
      metricTarget: 50,
      metricCurrent: 52,
    });
    const promoted = goal({
      title: 'Promoted to art director',
      status: 'done',
      completedOn: '2025-05-01',
    });
    const award = goal({ title: 'A regional award', status: 'done', completedOn: '2024-10-01' });

    it('the paragraph tells the latest ones with their measured results', () => {
      const text = composeCoverLetter(plan(aspiration([promoted, won, goal()])));
      expect(text).toContain(
        'Along the way, I set out to win 50 pitches and got there in January 2026 (52 pitches won), and I was promoted to art director in May 2025.',
      );
      expect(text).toContain('My next milestone is to lead a pitch team by June 2027.');
      expect(text.indexOf('Along the way')).toBeLessThan(text.indexOf('My next milestone'));
    });

    it('the paragraph counts what it leaves out', () => {
      const text = composeCoverLetter(plan(aspiration([award, promoted, won])));
      expect(text).toContain('one of 3 milestones I have reached so far');
      expect(text).not.toContain('regional award');
      expect(text).not.toContain('turning that aim');
    });

    it('the answer uses them as proof the plan works', () => {
      const text = composeInterviewAnswer(plan(aspiration([won, goal()])));
      expect(text).toContain(
        'I’ve already made a start: I set out to win 50 pitches and got there in January 2026 (52 pitches won).',
      );
      expect(text).not.toContain('working out the concrete milestones');
    });

    it('a second aspiration is mentioned once, after the first', () => {
      const input = plan(
        aspiration([won]),
        aspiration([goal({ title: 'Run a weekend class' })], {
          title: 'Teach design at night school',
        }),
      );
      expect(composeCoverLetter(input)).toContain(
        'Alongside it, I am also working to teach design at night school.',
      );
      expect(composeInterviewAnswer(input)).toContain(
        'Alongside it, I’m also working to teach design at night school.',
      );
    });
  });

  it('a horizon within five years is spoken of as reached', () => {
    const text = composeInterviewAnswer(plan(aspiration([goal()], { horizonDate: '2029-06-30' })));
    expect(text).toMatch(
      /^In five years, I want to have reached my long-term goal: to become an award-winning creative director, which I’m aiming for by 2029\./,
    );
  });

  it('is the same text every time for the same plan', () => {
    const input = plan(
      aspiration([goal(), goal({ title: 'Win an award', dueDate: '2028-01-01' })]),
    );
    expect(composeCoverLetter(input)).toBe(composeCoverLetter(input));
    expect(composeInterviewAnswer(input)).toBe(composeInterviewAnswer(input));
  });
});

describe('the words', () => {
  it('lowers a title into a sentence but keeps acronyms and "I"', () => {
    expect(inSentence('Win 50 pitches.')).toBe('win 50 pitches');
    expect(inSentence('MBA in finance')).toBe('MBA in finance');
    expect(inSentence('iOS certification')).toBe('iOS certification');
    expect(inSentence('I lead the studio')).toBe('I lead the studio');
  });

  it('tells actions, results and things apart', () => {
    expect(phraseKind('Become a partner')).toBe('verb');
    expect(phraseKind('Promoted to partner')).toBe('participle');
    expect(phraseKind('Partner at a law firm')).toBe('noun');
    expect(toInfinitive('Partner at a law firm')).toBe('to reach partner at a law firm');
  });

  it('joins lists and reads measured results', () => {
    expect(joinList(['a'])).toBe('a');
    expect(joinList(['a', 'b', 'c'])).toBe('a, b and c');
    expect(
      measuredResult({
        metricName: 'Revenue',
        metricUnit: 'EUR',
        metricTarget: 100000,
        metricCurrent: 120000,
      }),
    ).toBe('120,000 EUR Revenue');
    const once = { metricUnit: '', metricTarget: 1, metricCurrent: 1 };
    expect(measuredResult({ ...once, metricName: 'campaigns launched' })).toBe(
      '1 campaign launched',
    );
    expect(measuredResult({ ...once, metricName: 'business pitches won' })).toBe(
      '1 business pitches won',
    );
    expect(
      measuredResult({ metricName: '', metricUnit: '', metricTarget: null, metricCurrent: null }),
    ).toBeNull();
  });
});
