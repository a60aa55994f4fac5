import type { APIRequestContext } from '@playwright/test';
import type { ChannelName, Input, Output, Result } from '../../src-main/contract';
import type { WaymarkServer } from './fixtures';

/**
 * Calls a channel of the running browser edition as the page would (token and all): the tests'
 * one way to seed data and to look behind the screen. Typed by the contract; a refused call throws
 * with the server's message.
 */
export async function callApi<C extends ChannelName>(
  request: APIRequestContext,
  server: Pick<WaymarkServer, 'origin' | 'token'>,
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

type GoalInput = Input<'plan:createGoal'>;
type StepInput = Input<'plan:createStep'>;

export interface GoalSeed extends Omit<GoalInput, 'aspirationId'> {
  steps?: Omit<StepInput, 'goalId'>[];
}

export interface AspirationSeed extends Input<'plan:createAspiration'> {
  goals?: GoalSeed[];
}

export interface SeededAspiration {
  id: string;
  goals: { id: string; title: string }[];
}

/**
 * The one plan seeder: creates each aspiration, then its goals in the order given (order matters
 * to screens that sort by something else), then each goal's steps.
 */
export async function seedAspirations(
  request: APIRequestContext,
  server: Pick<WaymarkServer, 'origin' | 'token'>,
  aspirations: readonly AspirationSeed[],
): Promise<SeededAspiration[]> {
  const seeded: SeededAspiration[] = [];
  for (const { goals = [], ...aspiration } of aspirations) {
    const created = await callApi(request, server, 'plan:createAspiration', aspiration);
    const goalIds: SeededAspiration['goals'] = [];
    for (const { steps = [], ...goal } of goals) {
      const made = await callApi(request, server, 'plan:createGoal', {
        ...goal,
        aspirationId: created.id,
      });
      for (const step of steps) {
        await callApi(request, server, 'plan:createStep', { ...step, goalId: made.id });
      }
      goalIds.push({ id: made.id, title: made.title });
    }
    seeded.push({ id: created.id, goals: goalIds });
  }
  return seeded;
}
