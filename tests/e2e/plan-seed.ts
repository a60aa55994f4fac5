import type { APIRequestContext, Page } from '@playwright/test';
import { callApi, seedAspirations } from './api';
import type { WaymarkServer } from './fixtures';
import { ExportPage } from './pages/export-page';

const doc = (...paragraphs: string[]) => ({
  type: 'doc',
  content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
});

export const PRIVATE_JOURNAL_TEXT = 'I doubt myself before every pitch, and nobody needs to know';

export interface SeededPlan {
  aspirationIds: string[];
  goalIds: string[];
  entryId: string;
}

/** A believable plan: two aspirations, goals with SMART details and steps, one reached. */
export async function seedPlan(
  request: APIRequestContext,
  waymark: WaymarkServer,
): Promise<SeededPlan> {
  const [director, teach] = await seedAspirations(request, waymark, [
    {
      title: 'Become an award-winning creative director',
      horizonDate: '2032-12-31',
      statement: doc(
        'I want to lead the creative work of an agency whose campaigns people remember, and to be recognised by my peers for it.',
        'Ideas are what I enjoy most, and I am at my best when I bring a team together around one.',
      ),
      goals: [
        {
          title: 'Promoted to associate art director',
          startDate: '2026-09-01',
          dueDate: '2027-06-30',
          status: 'in_progress',
          specificWhat: 'Take on the art direction of two client accounts, start to finish.',
          specificWhy: 'Owning the visual side of a campaign is the part of my work I love most.',
          obstacles: 'The agency promotes from within only once a year.',
          actionPlan: 'Ask my creative director for a growth plan and review it every quarter.',
          realisticWhy: 'Two colleagues were promoted after a similar path.',
          letGo: 'Freelance side projects for the year.',
          steps: [
            {
              text: 'Agree a growth plan with my creative director',
              dueDate: '2027-03-31',
              done: true,
            },
            {
              text: 'Lead the art direction of the spring campaign',
              dueDate: '2027-03-31',
              done: false,
            },
            { text: 'Present the portfolio review', dueDate: '2027-03-31', done: false },
          ],
        },
        {
          title: 'Win 50 new-business pitches',
          startDate: '2026-01-01',
          dueDate: '2029-12-31',
          status: 'in_progress',
          metricName: 'pitches won',
          metricUnit: 'pitches',
          metricTarget: 50,
          metricCurrent: 12,
          specificWhat: 'Be part of the winning team on fifty pitches.',
        },
        {
          title: 'Enter three regional award shows',
          startDate: '2027-01-15',
          dueDate: '2028-03-31',
        },
        {
          title: 'Lead the agency’s first in-house campaign',
          startDate: '2025-10-01',
          dueDate: '2026-04-30',
          status: 'done',
          completedOn: '2026-03-14',
          metricName: 'campaigns launched',
          metricTarget: 1,
          metricCurrent: 1,
        },
      ],
    },
    {
      title: 'Teach design to young people',
      horizonDate: '2030-06-30',
      goals: [
        { title: 'Run a weekend portfolio class', startDate: '2027-02-01', dueDate: '2027-09-30' },
      ],
    },
  ]);
  const entry = await callApi(request, waymark, 'journal:create', {
    entryDate: '2026-10-02',
    body: doc('Before the pitch', `${PRIVATE_JOURNAL_TEXT}. Tomorrow I will prepare anyway.`),
  });
  return {
    aspirationIds: [director!.id, teach!.id],
    goalIds: [...director!.goals, ...teach!.goals].map((goal) => goal.id),
    entryId: entry.id,
  };
}

/** One aspiration with `count` goals due a month apart, the first few reached. */
export async function seedManyGoals(
  request: APIRequestContext,
  waymark: WaymarkServer,
  count: number,
): Promise<string> {
  const [aspiration] = await seedAspirations(request, waymark, [
    {
      title: 'Become a partner at a law firm',
      horizonDate: '2035-12-31',
      statement: doc('I want to lead a practice that clients trust with their hardest problems.'),
      goals: Array.from({ length: count }, (_, i) => {
        const year = 2027 + Math.floor(i / 12);
        const month = String((i % 12) + 1).padStart(2, '0');
        const reachedMonth = String((i % 9) + 1).padStart(2, '0');
        const reached = i % 5 === 4;
        const field = ['tax', 'trade', 'property', 'employment', 'media'][i % 5];
        return {
          title: `Milestone ${i + 1}: lead a matter in ${field} law`,
          dueDate: reached ? `2026-${reachedMonth}-15` : `${year}-${month}-15`,
          ...(reached ? { status: 'done' as const, completedOn: `2026-${reachedMonth}-10` } : {}),
        };
      }),
    },
  ]);
  return aspiration!.id;
}

/** Seeds the plan above and opens the Export screen on it: how most Export tests begin. */
export async function openSeededExport(page: Page, waymark: WaymarkServer): Promise<ExportPage> {
  await seedPlan(page.request, waymark);
  const exporter = new ExportPage(page);
  await exporter.open(waymark.url);
  return exporter;
}
