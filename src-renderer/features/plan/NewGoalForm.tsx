import { write } from '../../api/effects';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { createGoalInput } from '../../../src-main/contract/plan';
import { DateField, TextField } from './Field';
import { shortDate } from '../../ui/format';
import { goToPlan } from '../../ui/plan-route';
import { CreateActions, useCreateForm } from './CreateForm';
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
  const { errors, failure, busy, submit } = useCreateForm(createGoalInput, async (input) => {
    const goal = await write(client, 'plan:createGoal', input);
    onDone();
    requestSmartForm(goal.id);
    goToPlan(aspirationId, goal.id);
  });
  const input = { aspirationId, title, dueDate, startDate: startDate === '' ? null : startDate };

  return (
    <form
      className="card plan-form new-goal"
      aria-label="New goal"
      onSubmit={(e) => void submit(e, input)}
      noValidate
    >
      <TextField
        label="Goal title"
        error={errors.title}
        autoFocus
        value={title}
        onChange={setTitle}
        placeholder="e.g. Get promoted to associate art director"
      />
      <div className="field-row">
        <DateField
          label="Start date"
          error={errors.startDate}
          value={startDate}
          onChange={setStartDate}
        />
        <DateField
          label="Due date"
          hint={horizonDate ? `The aspiration’s horizon is ${shortDate(horizonDate)}.` : undefined}
          error={errors.dueDate}
          required
          value={dueDate}
          onChange={setDueDate}
        />
      </div>
      <CreateActions label="Create goal" failure={failure} busy={busy} onCancel={onDone} />
    </form>
  );
}
