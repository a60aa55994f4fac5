import type { APIRequestContext } from '@playwright/test';
import type { ChannelName, Input, Output, Result } from '../../src-main/contract';
import { addDays, localDate } from '../../src-main/shared/calendar';
import type { WaymarkServer } from './fixtures';

/** Calls a channel of the running browser edition, as the page would (token and all). */
export async function callApi<C extends ChannelName>(
  request: APIRequestContext,
  server: WaymarkServer,
  channel: C,
  input: Input<C>,
): Promise<Output<C>> {
  const response = await request.post(`${server.origin}/api/${channel}`, {
    headers: { Authorization: `Bearer ${server.token}` },
    data: input,
  });
  const result = (await response.json()) as Result<Output<C>>;
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.message}`);
  return result.value;
}

/** Today on this machine's calendar (the browser runs on the same machine and zone). */
export const today = () => localDate();
export const day = (offset: number) => addDays(today(), offset);

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
  const api = <C extends ChannelName>(channel: C, input: Input<C>) =>
    callApi(request, server, channel, input);
  const career = await api('plan:createAspiration', {
    title: 'Creative director',
    horizonDate: day(400),
  });
  const teaching = await api('plan:createAspiration', { title: 'Teach design' });
  // Created out of date order on purpose: the timeline orders by start date.
  const award = await api('plan:createGoal', {
    aspirationId: career.id,
    title: 'Win a regional award',
    startDate: day(30),
    dueDate: day(200),
  });
  const pitch = await api('plan:createGoal', {
    aspirationId: career.id,
    title: 'Lead a client pitch',
    startDate: day(-60),
    dueDate: day(-10),
    specificWhat: 'Lead one new-business pitch from brief to presentation.',
  });
  const portfolio = await api('plan:createGoal', {
    aspirationId: career.id,
    title: 'Build a portfolio site',
    startDate: day(-30),
    dueDate: day(60),
    status: 'in_progress',
    metricName: 'case studies written',
    metricUnit: 'case studies',
    metricTarget: 6,
    metricCurrent: 2,
  });
  await api('plan:createStep', {
    goalId: portfolio.id,
    text: 'Choose the six projects',
    dueDate: day(-5),
    done: true,
  });
  await api('plan:createStep', { goalId: portfolio.id, text: 'Write copy', dueDate: day(40) });
  const course = await api('plan:createGoal', {
    aspirationId: career.id,
    title: 'Finish the leadership course',
    startDate: day(-200),
    dueDate: day(-100),
    status: 'done',
  });
  const oldIdea = await api('plan:createGoal', {
    aspirationId: career.id,
    title: 'Start an agency blog',
    startDate: day(-90),
    dueDate: day(-20),
    status: 'dropped',
  });
  const workshop = await api('plan:createGoal', {
    aspirationId: teaching.id,
    title: 'Run a typography workshop',
    dueDate: day(90),
  });
  const pick = (goal: { id: string; title: string }) => ({ id: goal.id, title: goal.title });
  return {
    career: career.id,
    teaching: teaching.id,
    goals: {
      course: pick(course),
      pitch: pick(pitch),
      portfolio: pick(portfolio),
      award: pick(award),
      oldIdea: pick(oldIdea),
      workshop: pick(workshop),
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
  for (const path of paths) {
    const aspiration = await callApi(request, server, 'plan:createAspiration', {
      title: `${path} path`,
    });
    for (let i = 0; i < goalsPerPath; i++) {
      await callApi(request, server, 'plan:createGoal', {
        aspirationId: aspiration.id,
        title: `${path} milestone ${String(i + 1).padStart(2, '0')}`,
        startDate: day(-800 + i * 40),
        dueDate: day(-700 + i * 40),
      });
    }
  }
  return { paths, goalsPerPath };
}
