/** Plan facts for the composer tests (cover letter, interview answers): a goal and a plan. */
import type {
  ComposeAspiration,
  ComposeGoal,
  ComposeInput,
} from '../../src-renderer/print/compose/plan-facts';

export const TODAY = '2026-01-15';

export function goal(overrides: Partial<ComposeGoal> = {}): ComposeGoal {
  return {
    title: 'Lead a pitch team',
    startDate: '2026-02-01',
    dueDate: '2027-06-30',
    status: 'planned',
    completedOn: null,
    metricName: '',
    metricUnit: '',
    metricTarget: null,
    metricCurrent: null,
    ...overrides,
  };
}

export const plan = (...aspirations: ComposeAspiration[]): ComposeInput => ({
  today: TODAY,
  aspirations,
});
