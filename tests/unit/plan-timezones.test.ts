import { describe, expect, it } from 'vitest';
import type { PlanTree } from '../../src-main/contract/plan';
import type { AppContext } from '../../src-main/core/context';
import { openJournal } from '../../src-main/core/open-journal';
import { planHandlers } from '../../src-main/plan/handlers';
import { tempDir } from './helpers';
import { inTimeZone, ZONES } from './timezones';

/**
 * Everything here runs synchronously inside `inTimeZone` (the handlers are synchronous), so every
 * date computed — "today" included — is computed in that zone.
 */
type Handlers = typeof planHandlers;
function run<C extends keyof Handlers>(
  ctx: AppContext,
  channel: C,
  input: Parameters<Handlers[C]>[1],
) {
  return (planHandlers[channel] as (c: AppContext, i: unknown) => unknown)(
    ctx,
    input,
  ) as ReturnType<Handlers[C]>;
}

function withJournal<T>(dataDir: string, now: () => Date, fn: (ctx: AppContext) => T): T {
  const ctx = openJournal({ dataDir, host: 'web', now });
  try {
    return fn(ctx);
  } finally {
    ctx.session.close();
  }
}

function datesOf(tree: PlanTree) {
  return tree.aspirations.map((a) => ({
    horizon: a.horizonDate,
    goals: a.goals.map((g) => [
      g.startDate,
      g.dueDate,
      g.completedOn,
      g.steps.map((s) => s.dueDate),
    ]),
  }));
}

describe('plan dates are calendar dates in every time zone', () => {
  it('stores and reads the same dates whatever the zone; "today" is the local day in each', () => {
    const seen = new Set<string>();
    for (const zone of ZONES) {
      inTimeZone(zone, () => {
        // 23:30 local time on 25 October (a DST weekend in Europe): in UTC it may be the 25th or 26th.
        const lateEvening = () => new Date(2026, 9, 25, 23, 30);
        withJournal(tempDir(), lateEvening, (ctx) => {
          const a = run(ctx, 'plan:createAspiration', {
            title: 'Creative director',
            horizonDate: '2030-12-31',
          });
          const g = run(ctx, 'plan:createGoal', {
            aspirationId: a.id,
            title: 'Lead a pitch',
            startDate: '2026-03-29',
            dueDate: '2026-10-25',
          });
          run(ctx, 'plan:createStep', {
            goalId: g.id,
            text: 'Book the room',
            dueDate: '2026-11-01',
          });
          expect(run(ctx, 'plan:updateGoal', { id: g.id, status: 'done' }).completedOn).toBe(
            '2026-10-25',
          );
          const tree = run(ctx, 'plan:tree', {});
          expect(tree.today).toBe('2026-10-25');
          seen.add(JSON.stringify(datesOf(tree)));
        });
      });
    }
    expect([...seen].map((s) => JSON.parse(s))).toEqual([
      [
        {
          horizon: '2030-12-31',
          goals: [['2026-03-29', '2026-10-25', '2026-10-25', ['2026-11-01']]],
        },
      ],
    ]);
  });

  it('reads a plan written in one zone with the same dates in every other', () => {
    const dataDir = tempDir();
    inTimeZone('Pacific/Kiritimati', () =>
      withJournal(
        dataDir,
        () => new Date(2026, 0, 1, 0, 30),
        (ctx) => run(ctx, 'plan:createFromTemplate', { templateId: 'marketing' }),
      ),
    );
    const readings = new Set<string>();
    for (const zone of ZONES) {
      inTimeZone(zone, () =>
        withJournal(
          dataDir,
          () => new Date(),
          (ctx) => readings.add(JSON.stringify(datesOf(run(ctx, 'plan:tree', {})))),
        ),
      );
    }
    expect(readings.size).toBe(1);
    const [plan] = JSON.parse([...readings][0]!) as ReturnType<typeof datesOf>;
    // Created on 1 January 2026 on the person's calendar (in UTC it was still 31 December 2025).
    expect(plan!.horizon).toBe('2031-01-01');
    expect(plan!.goals[0]![0]).toBe('2026-01-01');
  });

  it('proposes the same work-backwards dates in every zone for the same local day', () => {
    const proposals = new Set<string>();
    for (const zone of ZONES) {
      inTimeZone(zone, () =>
        // 01:30 on the night the clocks change in Europe.
        withJournal(
          tempDir(),
          () => new Date(2026, 2, 29, 1, 30),
          (ctx) => {
            const a = run(ctx, 'plan:createAspiration', { title: 'X', horizonDate: '2027-03-28' });
            proposals.add(
              JSON.stringify(
                run(ctx, 'plan:proposeBackwards', { aspirationId: a.id, titles: ['C', 'B', 'A'] }),
              ),
            );
          },
        ),
      );
    }
    expect(proposals.size).toBe(1);
    expect(JSON.parse([...proposals][0]!)).toEqual([
      { title: 'A', startDate: '2026-03-29', dueDate: '2026-07-28' },
      { title: 'B', startDate: '2026-07-29', dueDate: '2026-11-27' },
      { title: 'C', startDate: '2026-11-28', dueDate: '2027-03-28' },
    ]);
  });
});
