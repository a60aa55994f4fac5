import { write } from '../../api/effects';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { createGoalInput } from '../../../src-main/contract/plan';
import { ApiError } from '../../api/client';
import type { FieldErrors } from '../../editor/autosave';
import { Field } from './Field';
import { shortDate } from '../../ui/format';
import { messageOf } from './queries';
import { goToPlan } from '../../ui/plan-route';
import { requestSmartForm } from './smart-request';

/**
 * A new goal needs a title and a due date (a goal without a deadline is not a goal). Nothing is
 * saved until both are there; the rest of the SMART form opens once it exists.
 */
export function NewGoalForm({
  aspirationId,
  horizonDate,
  onDone,
}: {
  aspirationId: string;
  horizonDate: string | null;
  onDone: () => void;
}) {
  const client = useQueryClient();
  const [title, setTitle] = useState('');
  const [startDate, setStartDate] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = { aspirationId, title, dueDate, startDate: startDate === '' ? null : startDate };
    const parsed = createGoalInput.safeParse(input);
    if (!parsed.success) {
      const found: FieldErrors = {};
      for (const issue of parsed.error.issues) found[String(issue.path[0])] ??= issue.message;
      setErrors(found);
      return;
    }
    setErrors({});
    try {
      const goal = await write(client, 'plan:createGoal', input);
      onDone();
      requestSmartForm(goal.id);
      goToPlan(aspirationId, goal.id);
    } catch (error) {
      if (error instanceof ApiError && error.fields.length > 0) {
        setErrors(Object.fromEntries(error.fields.map((f) => [f.path, f.message])));
      } else setFailure(messageOf(error));
    }
  };

  return (
    <form
      className="plan-form new-goal"
      aria-label="New goal"
      onSubmit={(e) => void submit(e)}
      noValidate
    >
      <Field label="Goal title" error={errors.title}>
        {(props) => (
          <input
            {...props}
            autoFocus
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            placeholder="e.g. Get promoted to associate art director"
          />
        )}
      </Field>
      <div className="field-row">
        <Field label="Start date" error={errors.startDate}>
          {(props) => (
            <input
              {...props}
              type="date"
              value={startDate}
              onChange={(e) => setStartDate(e.target.value)}
            />
          )}
        </Field>
        <Field
          label="Due date"
          hint={horizonDate ? `The aspiration’s horizon is ${shortDate(horizonDate)}.` : undefined}
          error={errors.dueDate}
        >
          {(props) => (
            <input
              {...props}
              type="date"
              required
              value={dueDate}
              onChange={(e) => setDueDate(e.target.value)}
            />
          )}
        </Field>
      </div>
      {failure && (
        <p className="field-error" role="alert">
          {failure}
        </p>
      )}
      <div className="plan-form-actions">
        <button type="submit" className="button-primary">
          Create goal
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
