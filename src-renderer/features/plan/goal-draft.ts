import {
  updateGoalInput,
  type Goal,
  type GoalStatus,
  type UpdateGoalInput,
} from '../../../src-main/contract/plan';
import type { FieldErrors } from '../../editor/autosave';

/** The SMART form as typed: every field is text until it is checked. */
export interface GoalDraft {
  title: string;
  status: GoalStatus;
  specificWhat: string;
  specificWhy: string;
  metricName: string;
  metricUnit: string;
  metricTarget: string;
  metricCurrent: string;
  obstacles: string;
  actionPlan: string;
  realisticWhy: string;
  letGo: string;
  startDate: string;
  dueDate: string;
  completedOn: string;
}

const amount = (value: number | null) => (value === null ? '' : String(value));

export function draftFromGoal(goal: Goal): GoalDraft {
  return {
    title: goal.title,
    status: goal.status,
    specificWhat: goal.specificWhat,
    specificWhy: goal.specificWhy,
    metricName: goal.metricName,
    metricUnit: goal.metricUnit,
    metricTarget: amount(goal.metricTarget),
    metricCurrent: amount(goal.metricCurrent),
    obstacles: goal.obstacles,
    actionPlan: goal.actionPlan,
    realisticWhy: goal.realisticWhy,
    letGo: goal.letGo,
    startDate: goal.startDate ?? '',
    dueDate: goal.dueDate,
    completedOn: goal.completedOn ?? '',
  };
}

const NOT_A_NUMBER = 'Use a number, for example 12 or 3.5.';

/**
 * "12", "3.5", "3,5", "1,200", "1 200.5" → a number; "" → null; anything else → undefined. A comma
 * before exactly three digits groups thousands; any other single comma is a decimal comma.
 */
export function parseAmount(text: string): number | null | undefined {
  const trimmed = text.trim().replace(/[\s\u00a0\u202f]/g, '');
  if (trimmed === '') return null;
  let normal = trimmed;
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(trimmed)) normal = trimmed.replace(/,/g, '');
  else if (/^-?\d+,\d+$/.test(trimmed)) normal = trimmed.replace(',', '.');
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(normal)) return undefined;
  return Number(normal);
}

/**
 * The draft as the update the contract expects, checked by the contract's own schema so the form
 * refuses a field in the same words the main process would.
 */
export function goalUpdateFromDraft(
  id: string,
  draft: GoalDraft,
): { ok: true; input: UpdateGoalInput } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const target = parseAmount(draft.metricTarget);
  const current = parseAmount(draft.metricCurrent);
  if (target === undefined) errors.metricTarget = NOT_A_NUMBER;
  if (current === undefined) errors.metricCurrent = NOT_A_NUMBER;
  const input: UpdateGoalInput = {
    id,
    title: draft.title,
    status: draft.status,
    specificWhat: draft.specificWhat,
    specificWhy: draft.specificWhy,
    metricName: draft.metricName,
    metricUnit: draft.metricUnit,
    metricTarget: target ?? null,
    metricCurrent: current ?? null,
    obstacles: draft.obstacles,
    actionPlan: draft.actionPlan,
    realisticWhy: draft.realisticWhy,
    letGo: draft.letGo,
    startDate: draft.startDate === '' ? null : draft.startDate,
    dueDate: draft.dueDate,
    completedOn: draft.status === 'done' && draft.completedOn !== '' ? draft.completedOn : null,
  };
  const parsed = updateGoalInput.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? '');
      errors[field] ??= issue.message;
    }
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, input };
}
