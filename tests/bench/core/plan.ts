import { updateStep } from '../../../src-main/plan/goals';
import { planTree } from '../../../src-main/plan/tree';
import type { Benchmark } from '../benchmark';
import { measured } from '../results';
import { summarise } from '../stats';
import { withJournal, type CoreContext } from './context';

/**
 * Everything the Plan and Timeline screens read: `plan:tree`'s service, which loads every live
 * aspiration, goal and step and works out progress, the SMART report and the warnings. Measured
 * twice: read with nothing changed, and read right after a step is ticked (which once followed
 * every change to the plan; now a write answers with its goal and the window patches its copy).
 * Nothing is kept between reads, so both read every row from SQLite.
 */
export const planBenchmark: Benchmark<CoreContext> = {
  name: 'plan tree',
  run(ctx) {
    return withJournal(ctx, ({ db }) => {
      const now = new Date();
      const tree = planTree(db, {}, now);
      const goals = tree.aspirations.reduce((sum, aspiration) => sum + aspiration.goals.length, 0);
      if (goals === 0) throw new Error('The seeded journal has no goals to load.');
      const steps = tree.aspirations.reduce(
        (sum, aspiration) =>
          sum + aspiration.goals.reduce((inner, goal) => inner + goal.steps.length, 0),
        0,
      );
      // The same rows read bare, alternating with the service, so the table shows how much of the
      // time is SQLite handing rows to JavaScript at all on this machine, in this moment.
      const bareGoals = db.prepare('SELECT * FROM goals WHERE deleted_at IS NULL');
      const bareSteps = db.prepare('SELECT * FROM goal_steps WHERE deleted_at IS NULL');
      const stepIds = tree.aspirations.flatMap((aspiration) =>
        aspiration.goals.flatMap((goal) => goal.steps.map((step) => [step.id, step.done] as const)),
      );
      const repeat = ctx.quick ? { warmup: 5, runs: 40 } : { warmup: 20, runs: 200 };
      const samples: number[] = [];
      const changed: number[] = [];
      const bare: number[] = [];
      for (let i = 0; i < repeat.warmup + repeat.runs; i++) {
        const [stepId, done] = stepIds[i % stepIds.length] as readonly [string, boolean];
        updateStep(db, { id: stepId, done: !done });
        let started = performance.now();
        planTree(db, {}, now);
        const afterChange = performance.now() - started;
        started = performance.now();
        planTree(db, {}, now);
        const service = performance.now() - started;
        started = performance.now();
        bareGoals.all();
        bareSteps.all();
        const plain = performance.now() - started;
        // Put back as seeded, for the benchmarks that follow.
        updateStep(db, { id: stepId, done });
        if (i >= repeat.warmup) {
          samples.push(service);
          changed.push(afterChange);
          bare.push(plain);
        }
      }
      return [
        measured(
          'core.plan',
          `Load plan and timeline data (plan:tree), ${goals} goals`,
          'ms',
          summarise(samples),
          { stat: 'p95', max: 15 },
          `${tree.aspirations.length} aspirations, ${steps.toLocaleString('en')} steps, with progress, SMART reports and warnings`,
        ),
        measured(
          'core.planAfterChange',
          '  …read right after a step is ticked (every row read again)',
          'ms',
          summarise(changed),
          null,
          'no longer made after a change (the write answers with its goal); kept to compare with earlier runs',
        ),
        measured(
          'core.planBare',
          '  …a bare SELECT * of the same goals and steps, same run',
          'ms',
          summarise(bare),
          null,
          'what reading those rows into JavaScript alone costs on this machine right now',
        ),
      ];
    });
  },
};
