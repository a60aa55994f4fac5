import { describe, expect, it } from 'vitest';
import { composeCoverLetter } from '../../src-renderer/print/compose/cover-letter';
import { composeInterviewAnswer } from '../../src-renderer/print/compose/interview-answer';
import {
  composeAboutYourself,
  composeCareerGoals,
  composeStarAnswer,
  starFromGoal,
  type StarGoal,
} from '../../src-renderer/print/compose/interview-answers';
import type { ComposeAspiration } from '../../src-renderer/print/compose/plan-facts';
import { aspirationsForRole, fitScore } from '../../src-renderer/print/compose/target-role';
import { countWordsIn } from '../../src-renderer/print/compose/words';
import { spokenLength } from '../../src-renderer/print/layouts/spoken';
import { documentOf } from '../../src-renderer/print/document';
import { plainText } from '../../src-renderer/print/formats/plain-text';
import { goal, plan } from './compose-helpers';
import { formatPlan, modelFor } from './export-formats-fixture';

const sales: ComposeAspiration = {
  title: 'Lead sales enablement',
  horizonDate: '2030-12-31',
  goals: [
    goal({ title: 'Run the sales onboarding programme', dueDate: '2026-09-30' }),
    goal({
      title: 'Win 20 enterprise deals',
      status: 'done',
      completedOn: '2025-10-01',
      metricName: 'deals won',
      metricTarget: 20,
      metricCurrent: 24,
    }),
  ],
};
const meetup: ComposeAspiration = {
  title: 'Grow the design community',
  horizonDate: null,
  statementText: 'Bring designers in the region together.',
  goals: [
    goal({ title: 'Host the regional design meetup', dueDate: '2026-05-31' }),
    goal({ title: 'Start a design newsletter', status: 'done', completedOn: '2025-12-01' }),
  ],
};

function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=[A-Z“])/u);
}

/** Every goal title a sentence names, with the aspiration it belongs to. */
function aspirationsNamedIn(sentence: string, aspirations: ComposeAspiration[]): Set<string> {
  const named = new Set<string>();
  for (const aspiration of aspirations) {
    for (const g of aspiration.goals) {
      if (sentence.toLowerCase().includes(g.title.toLowerCase())) named.add(aspiration.title);
    }
  }
  return named;
}

describe('two aspirations never share a sentence (issue 21)', () => {
  const composers = [
    ['cover letter', composeCoverLetter],
    ['five-year answer', composeInterviewAnswer],
    ['career goals', composeCareerGoals],
    ['about yourself', composeAboutYourself],
  ] as const;

  it.each(composers)('the %s draws each sentence on one aspiration’s goals', (_name, compose) => {
    const text = compose(plan(sales, meetup));
    expect(text).not.toBe('');
    for (const sentence of sentencesOf(text)) {
      expect(aspirationsNamedIn(sentence, [sales, meetup]).size, sentence).toBeLessThanOrEqual(1);
    }
    // The main aspiration's milestones are its own: the meetup is not its "start".
    expect(text).not.toMatch(/made a start:[^.]*meetup/u);
  });

  it('the second aspiration’s next milestone is told in a sentence of its own', () => {
    const letter = composeCoverLetter(plan(sales, meetup));
    expect(letter).toContain('Alongside it, I am also working to grow the design community.');
    expect(letter).toContain(
      'There, my next milestone is to host the regional design meetup by May 2026.',
    );
    expect(composeInterviewAnswer(plan(sales, meetup))).toContain(
      'There, my next step is to host the regional design meetup by May 2026.',
    );
  });
});

describe('a cover letter for a target role', () => {
  const target = { role: 'Design community manager', organisation: 'Figma' };

  it('scores aspirations by the words they share with the role', () => {
    expect(fitScore(meetup, target)).toBeGreaterThan(0);
    expect(fitScore(sales, target)).toBe(0);
    expect(fitScore(sales, { role: 'Sales enablement lead', organisation: '' })).toBe(2);
  });

  it.each([
    ['the fitting one first, the others left out', target, ['Grow the design community']],
    [
      'the person’s order when nothing fits',
      { role: 'Pilot', organisation: 'Air' },
      ['Lead sales enablement', 'Grow the design community'],
    ],
    [
      'the person’s order with no role',
      null,
      ['Lead sales enablement', 'Grow the design community'],
    ],
    [
      'best first when both fit',
      { role: 'Design sales enablement', organisation: '' },
      ['Lead sales enablement', 'Grow the design community'],
    ],
    [
      'a word’s forms meet ("designers" and "design")',
      { role: 'Designers', organisation: '' },
      ['Grow the design community'],
    ],
  ] as const)('%s', (_name, role, titles) => {
    expect(aspirationsForRole([sales, meetup], role).map((a) => a.title)).toEqual(titles);
  });

  it('the paragraph names the role and the organisation, and speaks of the fitting aspiration', () => {
    const text = composeCoverLetter({
      ...plan(...aspirationsForRole([sales, meetup], target)),
      target,
    });
    expect(text).toMatch(
      /^I am applying for the design community manager role at Figma because it fits where my career is heading\. My long-term aim is to grow the design community\./,
    );
    expect(text).toContain(
      'The design community manager role at Figma is the natural next step on that path',
    );
    expect(text).not.toContain('sales');
  });

  it('the print model chooses the aspirations for the role it is given', () => {
    const tree = formatPlan();
    const model = modelFor(
      'cover-letter',
      tree,
      {},
      {
        targetRole: 'Teacher',
        targetOrganisation: 'Night school',
      },
    );
    expect(model.text).toMatch(/^I am applying for the teacher role at Night school/);
    expect(model.text).toContain('My long-term aim is to teach design at night school.');
    expect(model.text).not.toContain('product design lead');
  });
});

describe('the other interview answers', () => {
  it('"Tell me about yourself" goes from now, to what was done, to what is next', () => {
    const text = composeAboutYourself(plan(sales, meetup));
    expect(text).toBe(
      'Right now, I’m working to lead sales enablement. Most recently, I set out to win 20 enterprise deals and got there in October 2025 (24 deals won). What I’m focused on next is to run the sales onboarding programme by September 2026. Outside that, I’m also working to grow the design community. I’m looking for a place where I can keep growing in that direction, and that’s what brings me here.',
    );
  });

  it('"What are your career goals?" gives the aim and its dated milestones', () => {
    const text = composeCareerGoals(plan(sales));
    expect(text).toMatch(/^My main career goal is to lead sales enablement by 2030\./);
    expect(text).toContain(
      'I’ve turned it into dated milestones: first to run the sales onboarding programme by September 2026.',
    );
    expect(composeCareerGoals(plan({ ...sales, goals: [] }))).toContain(
      'I’m turning it into concrete milestones',
    );
  });

  it('every composer is empty with no aspiration, and none says more than two minutes', () => {
    for (const compose of [composeAboutYourself, composeCareerGoals]) {
      expect(compose(plan())).toBe('');
      expect(countWordsIn(compose(plan(sales, meetup)))).toBeLessThan(260);
    }
  });

  it('a STAR answer tells situation, task, action and result, leaving out empty parts', () => {
    expect(
      composeStarAnswer({
        situation: 'our demo bookings had stalled for two quarters',
        task: 'Turn the trend around before the spring launch',
        action: 'rebuilt the booking flow with the sales team',
        result: '32 % more demos booked in eight weeks',
      }),
    ).toBe(
      'Our demo bookings had stalled for two quarters. My task: Turn the trend around before the spring launch. What I did: Rebuilt the booking flow with the sales team. The result: 32 % more demos booked in eight weeks.',
    );
    expect(composeStarAnswer({ situation: '', task: '', action: 'did it', result: '' })).toBe(
      'What I did: Did it.',
    );
    expect(composeStarAnswer(null)).toBe('');
  });

  it('until achievements exist, the story is told from the latest goal reached', () => {
    const reached: StarGoal = {
      ...goal({
        title: 'Win 20 enterprise deals',
        status: 'done',
        completedOn: '2025-10-01',
        dueDate: '2025-12-31',
        metricName: 'deals won',
        metricTarget: 20,
        metricCurrent: 24,
      }),
      specificWhy: 'Enterprise deals fund the team',
      obstacles: 'a six-month sales cycle',
      actionPlan: '',
      steps: [{ text: 'Map the buying committee', done: true }],
    };
    const star = starFromGoal(reached, sales);
    expect(star).toEqual({
      situation:
        'I was working to lead sales enablement. The hard part was a six-month sales cycle.',
      task: 'I set myself the goal to win 20 enterprise deals by December 2025, because enterprise deals fund the team',
      action: 'I took one step at a time: map the buying committee',
      result: 'I got there in October 2025, with 24 deals won',
    });
  });

  it('the interview document has each question, its answer and how long it takes to say', () => {
    const model = modelFor(
      'interview',
      formatPlan(),
      {},
      {
        answers: { goals: 'My own goals answer, kept as I wrote it.' },
      },
    );
    expect(model.answers.map((a) => a.question)).toEqual([
      'Where do you see yourself in five years?',
      'Tell me about yourself.',
      'What are your career goals?',
      'Tell me about an achievement you are proud of.',
    ]);
    expect(model.answers[2]!.text).toBe('My own goals answer, kept as I wrote it.');
    expect(model.answers[3]!.text).toContain('The result: I got there in November 2025');
    const text = plainText(documentOf(model));
    expect(text).toContain(
      'WHAT ARE YOUR CAREER GOALS?\nMy own goals answer, kept as I wrote it.\n9 words · about 5 seconds to say aloud',
    );
    const first = model.answers[0]!.text;
    expect(text).toContain(
      `${countWordsIn(first)} words · ${spokenLength(countWordsIn(first))} to say aloud`,
    );
  });
});
