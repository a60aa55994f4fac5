import { createAspiration } from '../../../src-main/plan/aspirations';
import { createGoal, createStep } from '../../../src-main/plan/goals';
import { VALUES_ANSWERS, VALUES_QUESTION_KEYS } from '../../../src-main/shared/values/questions';
import { saveCheck } from '../../../src-main/values/checks';
import type { RichTextNode } from '../../../src-main/contract/schemas';
import type { GoalStatus } from '../../../src-main/contract/plan';
import { PROJECTS, ROLES, SKILLS } from './vocabulary';
import type { SeedContext, StepReport } from './steps';

const BATCH = 200;

export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

function at(date: string, hour = 18): Date {
  return new Date(`${date}T${String(hour).padStart(2, '0')}:00:00Z`);
}

const ASPIRATION_SHAPES = [
  'Become a {role} people trust with the hard calls',
  'Lead a team known for {skill}',
  'Be the {role} who made {project} a success',
  'Teach {skill} to the next generation',
  'Run my own practice as a {role}',
];

const GOAL_SHAPES = [
  'Get better at {skill}',
  'Ship {project}',
  'Present {project} to the leadership team',
  'Mentor a junior {role}',
  'Write about {skill} every month',
  'Take a course in {skill}',
];

const STEP_SHAPES = [
  'Book an hour with a {role} to talk about {skill}',
  'Draft the outline for {project}',
  'Read two articles on {skill}',
  'Ask for feedback on {project}',
  'Block a morning a week for {skill}',
];

const METRICS: readonly (readonly [string, string, number])[] = [
  ['talks given', 'talks', 6],
  ['pitches won', 'pitches', 12],
  ['articles published', 'articles', 10],
  ['people mentored', 'people', 4],
  ['courses finished', 'courses', 3],
];

function fill(ctx: SeedContext, shape: string): string {
  return shape
    .replace('{role}', ctx.rng.pick(ROLES))
    .replace('{skill}', ctx.rng.pick(SKILLS))
    .replace('{project}', ctx.rng.pick(PROJECTS));
}

function statement(text: string): RichTextNode {
  return { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] };
}

/** A goal's dates and status: most of the past is done, the future is planned or under way. */
function goalTimeline(ctx: SeedContext) {
  const { rng, options } = ctx;
  const dueDate = addDays(options.until, rng.int(-3 * 365, 3 * 365));
  const startDate = rng.chance(0.8) ? addDays(dueDate, -rng.int(30, 365)) : null;
  let status: GoalStatus;
  if (dueDate <= options.until) {
    status = rng.weighted<GoalStatus>([
      ['done', 7],
      ['dropped', 1],
      ['in_progress', 2],
    ]);
  } else {
    status = rng.weighted<GoalStatus>([
      ['planned', 3],
      ['in_progress', 2],
    ]);
  }
  const completedOn = status === 'done' ? dueDate : null;
  return { dueDate, startDate, status, completedOn };
}

/**
 * Aspirations, their goals (spread over them, SMART fields filled for most) and 2 to 6 steps per
 * goal, all through the plan services so versions and positions are written as the app writes them.
 * The services draw their own ids (randomUUID), so ids differ between runs; content does not.
 */
export function seedPlan(ctx: SeedContext): StepReport {
  const { db, rng, options } = ctx;
  const now = at(options.until);
  const aspirationCount = Math.max(1, options.aspirations);
  const aspirationIds: string[] = [];
  db.transaction(() => {
    for (let i = 0; i < aspirationCount; i++) {
      const title = fill(ctx, rng.pick(ASPIRATION_SHAPES));
      const aspiration = createAspiration(
        db,
        {
          title,
          statement: statement(
            `${title}, because it is the work that makes me lose track of time.`,
          ),
          horizonDate: addDays(options.until, rng.int(365, 6 * 365)),
        },
        now,
      );
      aspirationIds.push(aspiration.id);
    }
  })();
  let steps = 0;
  const writeGoals = db.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const timeline = goalTimeline(ctx);
      const smart = rng.chance(0.75);
      const metric = smart && rng.chance(0.6) ? rng.pick(METRICS) : null;
      const goal = createGoal(
        db,
        {
          aspirationId: aspirationIds[i % aspirationIds.length] as string,
          title: fill(ctx, rng.pick(GOAL_SHAPES)),
          ...timeline,
          ...(smart
            ? {
                specificWhat: fill(ctx, 'Work on {skill} through {project}.'),
                specificWhy: 'It is the skill my next role asks for most.',
                obstacles: 'Meetings eat the mornings.',
                actionPlan: 'Two protected mornings a week.',
                realisticWhy: 'I have done something this size before.',
                letGo: 'Saying yes to every side project.',
              }
            : {}),
          ...(metric
            ? {
                metricName: metric[0],
                metricUnit: metric[1],
                metricTarget: metric[2],
                metricCurrent: rng.int(0, metric[2]),
              }
            : {}),
        },
        now,
      );
      const stepCount = rng.int(2, 6);
      for (let s = 0; s < stepCount; s++) {
        createStep(
          db,
          {
            goalId: goal.id,
            text: fill(ctx, rng.pick(STEP_SHAPES)),
            dueDate: rng.chance(0.7) ? addDays(timeline.dueDate, -rng.int(0, 120)) : null,
            done: timeline.status === 'done' || rng.chance(0.3),
          },
          now,
        );
        steps++;
      }
    }
  });
  ctx.aspirationIds = aspirationIds;
  for (let from = 0; from < options.goals; from += BATCH) {
    writeGoals(from, Math.min(options.goals, from + BATCH));
  }
  return {
    summary: `${aspirationCount} aspirations, ${options.goals} goals and ${steps} steps`,
    counts: { aspirations: aspirationCount, goals: options.goals, steps },
  };
}

/** Three to five saved values checks per aspiration, a few months apart over the last two years. */
export function seedValuesChecks(ctx: SeedContext): StepReport {
  const { db, rng, options } = ctx;
  const ids = ctx.aspirationIds ?? [];
  let checks = 0;
  db.transaction(() => {
    for (const aspirationId of ids) {
      let date = addDays(options.until, -rng.int(600, 730));
      const count = rng.int(3, 5);
      for (let c = 0; c < count && date <= options.until; c++) {
        const answers = Object.fromEntries(
          VALUES_QUESTION_KEYS.map((key) => [
            key,
            { answer: rng.pick(VALUES_ANSWERS), note: rng.chance(0.3) ? 'Still thinking.' : '' },
          ]),
        ) as Parameters<typeof saveCheck>[1]['answers'];
        saveCheck(
          db,
          {
            aspirationId,
            checkedOn: date,
            answers,
            excitement: rng.int(1, 5),
            fear: rng.int(1, 5),
          },
          at(date),
        );
        checks++;
        date = addDays(date, rng.int(60, 180));
      }
    }
  })();
  return { summary: `${checks} values checks`, counts: { valuesChecks: checks } };
}
