/**
 * The plan slimmed to what the Timeline reads (`TimelinePlan`). Pure (no Node, no database): the
 * main process slims the live plan with it for `plan:timeline`, and the window slims a plan tree
 * it already holds, so coming from the Plan or the Journal asks for nothing again.
 */
import type {
  Aspiration,
  Goal,
  GoalStep,
  PlanTree,
  Progress,
  SmartReport,
  TimelineAspiration,
  TimelineGoal,
  TimelinePlan,
  TimelineStep,
} from '../../contract/plan';

type SlimmedAspiration = Pick<Aspiration, 'id' | 'title' | 'horizonDate' | 'status'>;
type SlimmedGoal = Pick<
  Goal,
  'id' | 'title' | 'specificWhat' | 'startDate' | 'dueDate' | 'status' | 'position' | 'createdAt'
> & {
  steps: readonly Pick<GoalStep, 'id' | 'text' | 'dueDate' | 'done'>[];
  progress: Progress;
  smart: SmartReport;
};

function datedSteps(steps: SlimmedGoal['steps']): TimelineStep[] {
  const dated: TimelineStep[] = [];
  for (const step of steps) {
    if (step.dueDate === null) continue;
    dated.push({ id: step.id, text: step.text, dueDate: step.dueDate, done: step.done });
  }
  return dated;
}

export function timelineGoal(goal: SlimmedGoal): TimelineGoal {
  return {
    id: goal.id,
    title: goal.title,
    specificWhat: goal.specificWhat,
    startDate: goal.startDate,
    dueDate: goal.dueDate,
    status: goal.status,
    position: goal.position,
    createdAt: goal.createdAt,
    steps: datedSteps(goal.steps),
    progress: goal.progress,
    smart: goal.smart,
  };
}

export function timelineAspiration(
  aspiration: SlimmedAspiration,
  goals: readonly SlimmedGoal[],
): TimelineAspiration {
  return {
    id: aspiration.id,
    title: aspiration.title,
    horizonDate: aspiration.horizonDate,
    status: aspiration.status,
    goals: goals.map(timelineGoal),
  };
}

/** The same answer as `plan:timeline`, from a whole plan tree of the live plan. */
export function timelinePlanFromTree(tree: PlanTree): TimelinePlan {
  return {
    today: tree.today,
    aspirations: tree.aspirations.map((aspiration) =>
      timelineAspiration(aspiration, aspiration.goals),
    ),
  };
}
