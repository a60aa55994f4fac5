import { QueryClient } from '@tanstack/react-query';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ChannelName, Input, Output } from '../../src-main/contract';
import { createAppRouter } from '../../src-main/core/all-handlers';
import { applyEffects } from '../../src-renderer/api/effects';
import { tempJournal } from './helpers';

const NOW = new Date('2026-03-01T12:00:00Z');

/**
 * The window's cache holding the whole plan and the Timeline's plan, read once through the router;
 * `write` runs a channel and applies its declared effects, as the window does.
 */
async function planInCache() {
  const ctx = tempJournal({ now: () => NOW });
  const router = createAppRouter(ctx);
  const run = async <C extends ChannelName>(channel: C, input: Input<C>): Promise<Output<C>> => {
    const result = await router.call(channel, input);
    if (!result.ok) throw new Error(result.error.message);
    return result.value as Output<C>;
  };
  const client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity } } });
  const reads = { tree: 0, timeline: 0 };
  await client.prefetchQuery({
    queryKey: ['plan', 'tree'],
    queryFn: () => (reads.tree++, run('plan:tree', {})),
    meta: { channel: 'plan:tree', input: {} },
  });
  await client.prefetchQuery({
    queryKey: ['plan', 'timeline'],
    queryFn: () => (reads.timeline++, run('plan:timeline', {})),
    meta: { channel: 'plan:timeline', input: {} },
  });
  const write = async <C extends ChannelName>(channel: C, input: Input<C>) => {
    const output = await run(channel, input);
    await applyEffects(client, channel, input, output);
    // What could not be patched was marked for a fresh read: a screen showing it reads it now.
    await client.refetchQueries({ predicate: (query) => query.state.isInvalidated });
    return output;
  };
  /** The cached plans are what a fresh read gives. */
  const expectFresh = async () => {
    expect(client.getQueryData(['plan', 'tree'])).toEqual(await run('plan:tree', {}));
    expect(client.getQueryData(['plan', 'timeline'])).toEqual(await run('plan:timeline', {}));
  };
  /** `write`, then the check that the cached plans equal a fresh read. */
  const writeChecked = async <C extends ChannelName>(channel: C, input: Input<C>) => {
    const output = await write(channel, input);
    await expectFresh();
    return output;
  };
  return { write, writeChecked, run, reads, expectFresh };
}

describe('a plan write answers with the node it changed', () => {
  it('and the cache patched with it equals a fresh read, after every kind of change', async () => {
    const { write, writeChecked, reads } = await planInCache();
    const a = await writeChecked('plan:createAspiration', {
      title: 'Lead a studio',
      horizonDate: '2027-06-01',
    });
    const g = await writeChecked('plan:createGoal', {
      aspirationId: a.id,
      title: 'Hire two',
      dueDate: '2027-01-01',
    });
    const first = (
      await writeChecked('plan:createStep', {
        goalId: g.id,
        text: 'Write the job ad',
        dueDate: '2027-02-01',
      })
    ).steps[0]!;
    const treeReads = reads.tree;
    await writeChecked('plan:updateStep', { id: first.id, done: true });
    await writeChecked('plan:updateGoal', {
      id: g.id,
      dueDate: '2027-08-01',
      metricTarget: 2,
      metricCurrent: 1,
    });
    const second = (await write('plan:createStep', { goalId: g.id, text: 'Ask for referrals' }))
      .steps[1]!;
    await writeChecked('plan:reorderSteps', { goalId: g.id, orderedIds: [second.id, first.id] });
    await writeChecked('plan:deleteStep', { id: first.id });
    await writeChecked('plan:restoreStep', { id: first.id });
    const h = await write('plan:createGoal', {
      aspirationId: a.id,
      title: 'Open a studio',
      dueDate: '2026-12-01',
    });
    await writeChecked('plan:reorderGoals', { aspirationId: a.id, orderedIds: [h.id, g.id] });
    await writeChecked('plan:deleteGoal', { id: g.id });
    await writeChecked('plan:restoreGoal', { id: g.id });
    await writeChecked('plan:updateAspiration', { id: a.id, horizonDate: '2026-10-01' });
    const b = await write('plan:createAspiration', { title: 'Teach' });
    await writeChecked('plan:reorderAspirations', { orderedIds: [b.id, a.id] });
    await write('plan:achieveAspiration', { id: b.id, achievedOn: '2026-02-01' });
    await writeChecked('plan:reopenAspiration', { id: b.id });
    await writeChecked('plan:deleteAspiration', { id: b.id });
    // The goal and step writes above never read the whole plan again.
    expect(reads.tree).toBe(treeReads);
  });

  it('whatever the sequence of writes, the patched cache equals a fresh read', async () => {
    const change = fc.oneof(
      fc.record({ kind: fc.constant('tick' as const), step: fc.nat(5), done: fc.boolean() }),
      fc.record({ kind: fc.constant('add' as const), dated: fc.boolean() }),
      fc.record({ kind: fc.constant('delete' as const), step: fc.nat(5) }),
      fc.record({ kind: fc.constant('due' as const), day: fc.integer({ min: 1, max: 28 }) }),
      fc.record({ kind: fc.constant('metric' as const), current: fc.nat(12) }),
      fc.record({
        kind: fc.constant('status' as const),
        status: fc.constantFrom('planned', 'in_progress', 'done', 'dropped'),
      }),
      fc.record({ kind: fc.constant('horizon' as const), month: fc.integer({ min: 1, max: 12 }) }),
      fc.record({ kind: fc.constant('reverse' as const) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(change, { minLength: 1, maxLength: 10 }), async (changes) => {
        const { write, run, expectFresh } = await planInCache();
        const grow = { title: 'Grow', horizonDate: '2027-06-30' };
        const a = await write('plan:createAspiration', grow);
        const g = await write('plan:createGoal', {
          aspirationId: a.id,
          title: 'Goal',
          dueDate: '2027-01-01',
          metricTarget: 10,
        });
        await write('plan:createGoal', {
          aspirationId: a.id,
          title: 'Other',
          dueDate: '2026-02-01',
        });
        await write('plan:createStep', { goalId: g.id, text: 'First' });
        for (const c of changes) {
          const tree = await run('plan:tree', {});
          const steps = tree.aspirations[0]!.goals.find((goal) => goal.id === g.id)!.steps;
          const step = (n: number) => steps[n % Math.max(1, steps.length)];
          if (c.kind === 'tick' && step(c.step))
            await write('plan:updateStep', { id: step(c.step)!.id, done: c.done });
          if (c.kind === 'add')
            await write('plan:createStep', {
              goalId: g.id,
              text: 'Step',
              dueDate: c.dated ? '2027-03-01' : null,
            });
          if (c.kind === 'delete' && step(c.step))
            await write('plan:deleteStep', { id: step(c.step)!.id });
          if (c.kind === 'due')
            await write('plan:updateGoal', {
              id: g.id,
              dueDate: `2027-01-${String(c.day).padStart(2, '0')}`,
            });
          if (c.kind === 'metric')
            await write('plan:updateGoal', { id: g.id, metricCurrent: c.current });
          if (c.kind === 'status') await write('plan:updateGoal', { id: g.id, status: c.status });
          if (c.kind === 'horizon')
            await write('plan:updateAspiration', {
              id: a.id,
              horizonDate: `2026-${String(c.month).padStart(2, '0')}-15`,
            });
          if (c.kind === 'reverse' && steps.length > 1)
            await write('plan:reorderSteps', {
              goalId: g.id,
              orderedIds: steps.map((s) => s.id).reverse(),
            });
          await expectFresh();
        }
      }),
      { numRuns: 25 },
    );
  });
});
