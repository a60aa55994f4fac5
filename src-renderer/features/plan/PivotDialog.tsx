import { useState } from 'react';
import type { AspirationNode } from '../../../src-main/contract';
import { aspirationTitle } from '../../../src-main/contract/plan';
import { Dialog } from '../../ui/Dialog';
import { DialogActions } from '../../ui/DialogActions';
import type { FieldErrors } from '../../editor/autosave';
import { DateField, TextField } from './Field';
import { GOAL_STATUS_LABELS } from '../../../src-main/shared/labels';
import { shortDate } from '../../ui/format';
import { ReasonField } from './ReasonField';
import type { AspirationDialogProps } from './aspiration-dialog';

export interface PivotChoice {
  reason: string;
  title: string;
  horizonDate: string | null;
  carryGoalIds: string[];
}

/**
 * A pivot: the aspiration is retired with a reflection, and a new one replaces it, taking the goals
 * the person ticks (open goals are ticked to begin with).
 */
export function PivotDialog({
  aspiration,
  onConfirm,
  onClose,
}: AspirationDialogProps<PivotChoice, AspirationNode>) {
  const [reason, setReason] = useState('');
  const [title, setTitle] = useState('');
  const [horizonDate, setHorizonDate] = useState(aspiration.horizonDate ?? '');
  const [carry, setCarry] = useState<Set<string>>(
    () =>
      new Set(
        aspiration.goals
          .filter((g) => g.status === 'planned' || g.status === 'in_progress')
          .map((g) => g.id),
      ),
  );
  const [errors, setErrors] = useState<FieldErrors>({});

  const confirm = () => {
    const found: FieldErrors = {};
    if (reason.trim() === '') found.reason = 'Say in a sentence why your direction changed.';
    const parsedTitle = aspirationTitle.safeParse(title);
    if (!parsedTitle.success)
      found.title = parsedTitle.error.issues[0]?.message ?? 'Check the title.';
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    onConfirm({
      reason: reason.trim(),
      title: title.trim(),
      horizonDate: horizonDate === '' ? null : horizonDate,
      carryGoalIds: aspiration.goals.filter((g) => carry.has(g.id)).map((g) => g.id),
    });
  };

  const toggle = (id: string) =>
    setCarry((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <Dialog
      wide
      title={`Pivot from “${aspiration.title}”`}
      onClose={onClose}
      footer={<DialogActions confirmLabel="Pivot" onConfirm={confirm} onCancel={onClose} />}
    >
      <p className="plan-hint">
        “{aspiration.title}” will be retired (you can still read it under Retired) and replaced by a
        new aspiration. Tick the goals that still lead where you are heading now.
      </p>
      <ReasonField
        label="Why is your direction changing?"
        value={reason}
        onChange={setReason}
        error={errors.reason}
      />
      <TextField label="New aspiration" error={errors.title} value={title} onChange={setTitle} />
      <DateField
        label="Horizon of the new aspiration"
        className="field-inline"
        value={horizonDate}
        onChange={setHorizonDate}
      />
      {aspiration.goals.length > 0 && (
        <fieldset className="pivot-goals">
          <legend>Goals to carry over</legend>
          {aspiration.goals.map((goal) => (
            <label key={goal.id} className="check-row">
              <input
                type="checkbox"
                checked={carry.has(goal.id)}
                onChange={() => toggle(goal.id)}
              />
              <span>{goal.title}</span>
              <span className="check-row-meta">
                {GOAL_STATUS_LABELS[goal.status]} · due {shortDate(goal.dueDate)}
              </span>
            </label>
          ))}
        </fieldset>
      )}
    </Dialog>
  );
}
