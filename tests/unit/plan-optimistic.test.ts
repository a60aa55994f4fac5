import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { afterEach, describe, expect, it } from 'vitest';
import type { PlanTree } from '../../src-main/contract';
import { planKeys, reorderLocally, tickLocally } from '../../src-renderer/features/plan/queries';

/** Just enough of a plan for the cache helpers: one goal with two steps. */
function planWith(done: { a: boolean; b: boolean }): PlanTree {
  const step = (id: string, isDone: boolean) => ({ id, text: id, done: isDone });
  return {
    today: '2026-01-10',
    aspirations: [
      { id: 'asp', goals: [{ id: 'goal', steps: [step('a', done.a), step('b', done.b)] }] },
    ],
  } as unknown as PlanTree;
}

const stepsOf = (tree: PlanTree | undefined) =>
  tree?.aspirations[0]?.goals[0]?.steps.map((s) => `${s.id}:${s.done}`);

let client: QueryClient;
afterEach(() => client.clear());

/**
 * The plan on screen with a re-read of it on its way (as after a goal's save). `answer` settles
 * that read with what the server had when it read the plan; `reread` settles after it.
 */
function planBeingReread(shown: PlanTree) {
  client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(planKeys.tree(), shown);
  let answer: (tree: PlanTree) => void = () => undefined;
  const observer = new QueryObserver(client, {
    queryKey: planKeys.tree(),
    queryFn: () => new Promise<PlanTree>((resolve) => (answer = resolve)),
  });
  const unsubscribe = observer.subscribe(() => undefined);
  const reread = client.refetchQueries({ queryKey: planKeys.tree() });
  expect(observer.getCurrentResult().isFetching).toBe(true);
  return { observer, unsubscribe, reread, answer: (tree: PlanTree) => answer(tree) };
}

describe('changing the cached plan while it is being re-read', () => {
  it('a step ticked during the re-read stays ticked, and the plan does not turn into an error', async () => {
    const stale = planWith({ a: false, b: false });
    const { observer, unsubscribe, reread, answer } = planBeingReread(stale);

    tickLocally(client, 'a', true);
    // The re-read was read before the tick was written: its answer must not undo the tick.
    answer(stale);
    await reread;

    const result = observer.getCurrentResult();
    expect(result.isError).toBe(false);
    expect(result.error).toBeNull();
    expect(stepsOf(result.data)).toEqual(['a:true', 'b:false']);
    unsubscribe();
  });

  it('a new order made during the re-read stays, and the plan does not turn into an error', async () => {
    const stale = planWith({ a: false, b: true });
    const { observer, unsubscribe, reread, answer } = planBeingReread(stale);

    reorderLocally(client, { kind: 'steps', goalId: 'goal' }, ['b', 'a']);
    answer(stale);
    await reread;

    const result = observer.getCurrentResult();
    expect(result.isError).toBe(false);
    expect(stepsOf(result.data)).toEqual(['b:true', 'a:false']);
    unsubscribe();
  });

  it('a re-read started after the tick brings the server’s answer as usual', async () => {
    client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    client.setQueryData(planKeys.tree(), planWith({ a: false, b: false }));
    const observer = new QueryObserver(client, {
      queryKey: planKeys.tree(),
      queryFn: () => Promise.resolve(planWith({ a: true, b: true })),
    });
    const unsubscribe = observer.subscribe(() => undefined);
    tickLocally(client, 'a', true);
    await client.refetchQueries({ queryKey: planKeys.tree() });
    expect(stepsOf(observer.getCurrentResult().data)).toEqual(['a:true', 'b:true']);
    unsubscribe();
  });
});
