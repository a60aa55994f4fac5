import type { APIRequestContext, Page } from '@playwright/test';
import { addDays, localDate } from '../../src-main/shared/calendar';
import { seedAspirations, type GoalSeed } from './api';
import type { WaymarkServer } from './fixtures';
import { TimelinePage, type Zoom } from './pages/timeline-page';

/** Today on this machine's calendar (the browser runs on the same machine and zone). */
export const today = () => localDate();
export const day = (offset: number) => addDays(today(), offset);

/** A goal running from `from` to `to` days after today. */
function dated(title: string, from: number, to: number, more: Partial<GoalSeed> = {}): GoalSeed {
  return { title, startDate: day(from), dueDate: day(to), ...more };
}

export interface SeededPlan {
  career: string;
  teaching: string;
  goals: Record<
    'course' | 'pitch' | 'portfolio' | 'award' | 'oldIdea' | 'workshop',
    { id: string; title: string }
  >;
}

/**
 * Two aspirations: one with a done goal, an overdue one, one in progress with a metric, a future
 * one and a dropped one; the other with a goal that has no start date.
 */
export async function seedPlan(
  request: APIRequestContext,
  server: WaymarkServer,
): Promise<SeededPlan> {
  // Goals are created out of date order on purpose: the timeline orders by start date.
  const [career, teaching] = await seedAspirations(request, server, [
    {
      title: 'Creative director',
      horizonDate: day(400),
      goals: [
        dated('Win a regional award', 30, 200),
        dated('Lead a client pitch', -60, -10, {
          specificWhat: 'Lead one new-business pitch from brief to presentation.',
        }),
        dated('Build a portfolio site', -30, 60, {
          status: 'in_progress',
          metricName: 'case studies written',
          metricUnit: 'case studies',
          metricTarget: 6,
          metricCurrent: 2,
          steps: [
            { text: 'Choose the six projects', dueDate: day(-5), done: true },
            { text: 'Write copy', dueDate: day(40) },
          ],
        }),
        dated('Finish the leadership course', -200, -100, { status: 'done' }),
        dated('Start an agency blog', -90, -20, { status: 'dropped' }),
      ],
    },
    {
      title: 'Teach design',
      goals: [{ title: 'Run a typography workshop', dueDate: day(90) }],
    },
  ]);
  const [award, pitch, portfolio, course, oldIdea] = career!.goals;
  return {
    career: career!.id,
    teaching: teaching!.id,
    goals: {
      course: course!,
      pitch: pitch!,
      portfolio: portfolio!,
      award: award!,
      oldIdea: oldIdea!,
      workshop: teaching!.goals[0]!,
    },
  };
}

/**
 * A long plan: three aspirations of 40 goals each, every goal 100 days long and starting 40 days
 * after the one before (so they overlap in a few lanes), from about two years ago to two years
 * ahead. Titles read "Design milestone 01" … "Teaching milestone 40".
 */
export async function seedLongPlan(
  request: APIRequestContext,
  server: WaymarkServer,
): Promise<{ paths: string[]; goalsPerPath: number }> {
  const paths = ['Design', 'Writing', 'Teaching'];
  const goalsPerPath = 40;
  await seedAspirations(
    request,
    server,
    paths.map((path) => ({
      title: `${path} path`,
      goals: Array.from({ length: goalsPerPath }, (_, i) =>
        dated(`${path} milestone ${String(i + 1).padStart(2, '0')}`, -800 + i * 40, -700 + i * 40),
      ),
    })),
  );
  return { paths, goalsPerPath };
}

/** Seeds the plan above and opens the Timeline on it, at a zoom when given: how most tests begin. */
export async function openSeededTimeline(
  page: Page,
  request: APIRequestContext,
  server: WaymarkServer,
  zoom?: Zoom,
): Promise<{ plan: SeededPlan; timeline: TimelinePage }> {
  const plan = await seedPlan(request, server);
  const timeline = new TimelinePage(page);
  await timeline.open(server.url);
  if (zoom) await timeline.setZoom(zoom);
  return { plan, timeline };
}
