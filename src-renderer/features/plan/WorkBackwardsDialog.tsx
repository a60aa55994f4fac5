import { write } from '../../api/effects';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { AspirationNode, BackwardsProposal } from '../../../src-main/contract';
import { ApiError, call } from '../../api/client';
import { Dialog } from '../../ui/Dialog';
import { Field } from './Field';
import { shortDate } from '../../ui/format';
import { messageOf } from './queries';
import { FormError } from '../../ui/FormError';

const PROMPTS = [
  'Just before you get there, what has to be true?',
  'And before that?',
  'And before that?',
];

/**
 * The work-backwards planner. First the person names the goals that must come first, starting at
 * the aspiration and stepping back; then Waymark proposes dates spaced back from the horizon to
 * today, which they adjust before anything is saved.
 */
export function WorkBackwardsDialog({
  aspiration,
  onClose,
}: {
  aspiration: AspirationNode;
  onClose: () => void;
}) {
  const client = useQueryClient();
  const [titles, setTitles] = useState<string[]>(['', '']);
  const [proposals, setProposals] = useState<BackwardsProposal[] | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);

  const propose = async () => {
    const named = titles.map((t) => t.trim()).filter((t) => t !== '');
    if (named.length === 0) {
      setErrors({ titles: 'Name at least one goal that must come first.' });
      return;
    }
    setErrors({});
    try {
      setProposals(
        await call('plan:proposeBackwards', { aspirationId: aspiration.id, titles: named }),
      );
      setFailure(null);
    } catch (error) {
      setFailure(messageOf(error));
    }
  };

  const save = async () => {
    if (!proposals) return;
    const missing: Record<string, string> = {};
    proposals.forEach((p, i) => {
      if (p.title.trim() === '') missing[`${i}.title`] = 'Give the goal a title.';
      if (p.dueDate === '')
        missing[`${i}.dueDate`] =
          'A goal needs a due date: choose the day you mean to reach it by.';
    });
    setErrors(missing);
    if (Object.keys(missing).length > 0) return;
    try {
      await write(client, 'plan:applyBackwards', {
        aspirationId: aspiration.id,
        goals: proposals.map((p) => ({
          title: p.title,
          dueDate: p.dueDate,
          startDate: p.startDate === '' ? null : p.startDate,
        })),
      });
      onClose();
    } catch (error) {
      if (error instanceof ApiError && error.fields.length > 0) {
        setErrors(
          Object.fromEntries(error.fields.map((f) => [f.path.replace(/^goals\./, ''), f.message])),
        );
      }
      setFailure(messageOf(error));
    }
  };

  const edit = (index: number, changes: Partial<BackwardsProposal>) =>
    setProposals((list) => list?.map((p, i) => (i === index ? { ...p, ...changes } : p)) ?? null);

  if (!aspiration.horizonDate) {
    return (
      <Dialog
        title="Work backwards"
        onClose={onClose}
        footer={
          <button type="button" onClick={onClose}>
            Close
          </button>
        }
      >
        <p>
          Working backwards starts from the end point. Set a horizon for “{aspiration.title}” first:
          the date by which you would like to be there.
        </p>
      </Dialog>
    );
  }

  return (
    <Dialog
      wide
      title={`Work backwards from ${shortDate(aspiration.horizonDate)}`}
      onClose={onClose}
      footer={
        proposals ? (
          <>
            <button type="button" onClick={() => setProposals(null)}>
              Back
            </button>
            <button type="button" className="button-primary" onClick={() => void save()}>
              Save {proposals.length} {proposals.length === 1 ? 'goal' : 'goals'}
            </button>
          </>
        ) : (
          <>
            <button type="button" onClick={onClose}>
              Cancel
            </button>
            <button type="button" className="button-primary" onClick={() => void propose()}>
              Propose dates
            </button>
          </>
        )
      }
    >
      {!proposals ? (
        <>
          <p className="plan-hint">
            Start at “{aspiration.title}” and step back. Name the goal that must be reached just
            before it, then the one before that, and so on. Waymark will spread their due dates from
            the horizon back to today.
          </p>
          <ol className="backwards-steps">
            {titles.map((title, index) => (
              <li key={index}>
                <Field
                  label={`Goal ${index + 1}`}
                  hint={PROMPTS[Math.min(index, PROMPTS.length - 1)]}
                >
                  {(props) => (
                    <input
                      {...props}
                      autoFocus={index === 0}
                      value={title}
                      onChange={(e) =>
                        setTitles((all) => all.map((t, i) => (i === index ? e.target.value : t)))
                      }
                    />
                  )}
                </Field>
                {titles.length > 1 && (
                  <button
                    type="button"
                    className="button-quiet"
                    aria-label={`Remove goal ${index + 1}`}
                    onClick={() => setTitles((all) => all.filter((_, i) => i !== index))}
                  >
                    Remove
                  </button>
                )}
              </li>
            ))}
          </ol>
          {titles.length < 24 && (
            <button type="button" onClick={() => setTitles((all) => [...all, ''])}>
              Add another goal
            </button>
          )}
          <FormError message={errors.titles} />
        </>
      ) : (
        <>
          <p className="plan-hint">
            The proposed dates, earliest first. Adjust them to fit your life, then save.
          </p>
          <table className="backwards-table">
            <thead>
              <tr>
                <th scope="col">Goal</th>
                <th scope="col">Start</th>
                <th scope="col">Due</th>
              </tr>
            </thead>
            <tbody>
              {proposals.map((proposal, index) => (
                <tr key={index}>
                  <td>
                    <input
                      aria-label={`Title of goal ${index + 1}`}
                      value={proposal.title}
                      onChange={(e) => edit(index, { title: e.target.value })}
                    />
                    {errors[`${index}.title`] && (
                      <span className="field-error">{errors[`${index}.title`]}</span>
                    )}
                  </td>
                  <td>
                    <input
                      type="date"
                      aria-label={`Start date of “${proposal.title}”`}
                      value={proposal.startDate}
                      onChange={(e) => edit(index, { startDate: e.target.value })}
                    />
                  </td>
                  <td>
                    <input
                      type="date"
                      aria-label={`Due date of “${proposal.title}”`}
                      aria-invalid={errors[`${index}.dueDate`] ? true : undefined}
                      value={proposal.dueDate}
                      onChange={(e) => edit(index, { dueDate: e.target.value })}
                    />
                    {errors[`${index}.dueDate`] && (
                      <span className="field-error" role="alert">
                        {errors[`${index}.dueDate`]}
                      </span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <FormError message={failure} />
    </Dialog>
  );
}
