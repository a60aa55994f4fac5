import { write } from '../../api/effects';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import type { GoalNode, GoalStep } from '../../../src-main/contract';
import { stepText } from '../../../src-main/contract/plan';
import { ReorderableList } from '../../ui/ReorderableList';
import { useToast } from '../../ui/toast';
import { DateField, Field } from './Field';
import { shortDate } from '../../ui/format';
import { reorderLocally, tickLocally, usePlanAction } from './queries';

function StepRow({ step, buttons }: { step: GoalStep; buttons: ReactNode }) {
  const client = useQueryClient();
  const run = usePlanAction();
  const toast = useToast();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(step.text);
  const [dueDate, setDueDate] = useState(step.dueDate ?? '');
  const [error, setError] = useState<string | null>(null);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = stepText.safeParse(text);
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? 'Check the text.');
    const saved = await run(() =>
      write(client, 'plan:updateStep', {
        id: step.id,
        text,
        dueDate: dueDate === '' ? null : dueDate,
      }),
    );
    if (saved) setEditing(false);
  };

  const remove = async () => {
    if (!(await run(() => write(client, 'plan:deleteStep', { id: step.id })))) return;
    toast({
      message: `Step “${step.text}” deleted.`,
      action: {
        label: 'Undo',
        run: () => void run(() => write(client, 'plan:restoreStep', { id: step.id })),
      },
    });
  };

  if (editing) {
    return (
      <form className="step-row step-editing" onSubmit={(e) => void save(e)} noValidate>
        <Field label="Step" error={error} className="field-grow">
          {(props) => (
            <input {...props} autoFocus value={text} onChange={(e) => setText(e.target.value)} />
          )}
        </Field>
        <DateField label="Step due date" value={dueDate} onChange={setDueDate} />
        <button type="submit" className="button-primary">
          Save step
        </button>
        <button type="button" onClick={() => setEditing(false)}>
          Cancel
        </button>
      </form>
    );
  }
  return (
    <div className={`step-row${step.done ? ' is-done' : ''}`}>
      <label className="step-check">
        <input
          type="checkbox"
          checked={step.done}
          onChange={(e) => {
            const done = e.target.checked;
            tickLocally(client, step.id, done);
            void run(() => write(client, 'plan:updateStep', { id: step.id, done }));
          }}
        />
        <span className="step-text">{step.text}</span>
      </label>
      {step.dueDate && (
        <time className="step-date" dateTime={step.dueDate}>
          {shortDate(step.dueDate)}
        </time>
      )}
      <span className="step-actions">
        <button
          type="button"
          className="button-quiet"
          aria-label={`Edit step “${step.text}”`}
          onClick={() => setEditing(true)}
        >
          Edit
        </button>
        <button
          type="button"
          className="button-quiet"
          aria-label={`Delete step “${step.text}”`}
          onClick={() => void remove()}
        >
          Delete
        </button>
        {buttons}
      </span>
    </div>
  );
}

/** A goal's to-do list: tick, add, edit, reorder and delete steps, each saved at once. */
export function StepList({ goal }: { goal: GoalNode }) {
  const client = useQueryClient();
  const run = usePlanAction();
  const [text, setText] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [error, setError] = useState<string | null>(null);

  const add = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = stepText.safeParse(text);
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? 'Check the text.');
    setError(null);
    const created = await run(() =>
      write(client, 'plan:createStep', {
        goalId: goal.id,
        text,
        dueDate: dueDate === '' ? null : dueDate,
      }),
    );
    if (created) {
      setText('');
      setDueDate('');
    }
  };

  const reorder = (orderedIds: string[]) => {
    reorderLocally(client, { kind: 'steps', goalId: goal.id }, orderedIds);
    void run(() => write(client, 'plan:reorderSteps', { goalId: goal.id, orderedIds }));
  };

  const done = goal.steps.filter((s) => s.done).length;
  return (
    <section className="step-list" aria-labelledby="steps-heading">
      <div className="plan-section-head">
        <h3 id="steps-heading">Steps</h3>
        <span className="plan-section-meta">
          {goal.steps.length === 0 ? 'None yet' : `${done} of ${goal.steps.length} done`}
        </span>
      </div>
      {goal.steps.length > 0 && (
        <ReorderableList
          label="Steps"
          items={goal.steps}
          getId={(s) => s.id}
          getLabel={(s) => s.text}
          onReorder={reorder}
          renderItem={(step, { buttons }) => (
            <StepRow key={step.id} step={step} buttons={buttons} />
          )}
        />
      )}
      <form className="step-add" onSubmit={(e) => void add(e)} noValidate>
        <Field label="New step" error={error} className="field-grow">
          {(props) => (
            <input
              {...props}
              value={text}
              placeholder="A small, concrete thing to do next"
              onChange={(e) => setText(e.target.value)}
            />
          )}
        </Field>
        <DateField label="New step due date" value={dueDate} onChange={setDueDate} />
        <button type="submit">Add step</button>
      </form>
    </section>
  );
}
