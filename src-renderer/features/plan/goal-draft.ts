import {
  GOAL,
  updateGoalInput,
  type Goal,
  type GoalEditKey,
  type GoalStatus,
  type UpdateGoalInput,
} from '../../../src-main/contract/plan';
import type { FieldErrors } from '../../editor/autosave';

/** The SMART form as typed: every field the goal declares editable, as text until it is checked. */
export type GoalDraft = { [K in GoalEditKey]: K extends 'status' ? GoalStatus : string };

export function draftFromGoal(goal: Goal): GoalDraft {
  return Object.fromEntries(
    GOAL.editKeys.map((key) => {
      const value = goal[key];
      return [key, typeof value === 'number' ? String(value) : (value ?? '')];
    }),
  ) as GoalDraft;
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
  const fields: Record<string, unknown> = { id };
  for (const key of GOAL.editKeys) {
    const spec = GOAL.fields[key];
    const value = draft[key];
    if (spec.history.style === 'number') {
      const amount = parseAmount(value);
      if (amount === undefined) errors[key] = NOT_A_NUMBER;
      fields[key] = amount ?? null;
    } else if (spec.history.style === 'date' && !('required' in spec.edit)) {
      fields[key] = value === '' ? null : value;
    } else {
      fields[key] = value;
    }
  }
  // A completion date belongs only to a goal that is done.
  if (draft.status !== 'done') fields.completedOn = null;
  const input = fields as UpdateGoalInput;
  const parsed = updateGoalInput.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? '');
      errors[field] ??= issue.message;
    }
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, input };
}
