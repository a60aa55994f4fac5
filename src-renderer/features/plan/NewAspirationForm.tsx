import { write } from '../../api/effects';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import type { RichTextNode } from '../../../src-main/contract';
import { createAspirationInput } from '../../../src-main/contract/plan';
import { EMPTY_DOC } from '../../../src-main/contract/schemas';
import { ApiError } from '../../api/client';
import type { FieldErrors } from '../../editor/autosave';
import { Field } from './Field';
import { messageOf } from './queries';
import { goToPlan } from '../../ui/plan-route';
import { StatementEditor } from './StatementEditor';

/** A new aspiration: a title, an optional horizon, and a statement in the person's own words. */
export function NewAspirationForm({ onCancel }: { onCancel: () => void }) {
  const client = useQueryClient();
  const statementLabel = useId();
  const [title, setTitle] = useState('');
  const [horizonDate, setHorizonDate] = useState('');
  const [statement, setStatement] = useState<RichTextNode>(EMPTY_DOC);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = { title, statement, horizonDate: horizonDate === '' ? null : horizonDate };
    const parsed = createAspirationInput.safeParse(input);
    if (!parsed.success) {
      const found: FieldErrors = {};
      for (const issue of parsed.error.issues) found[String(issue.path[0])] ??= issue.message;
      setErrors(found);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const created = await write(client, 'plan:createAspiration', input);
      goToPlan(created.id);
    } catch (error) {
      if (error instanceof ApiError && error.fields.length > 0) {
        setErrors(Object.fromEntries(error.fields.map((f) => [f.path, f.message])));
      } else setFailure(messageOf(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="plan-form new-aspiration" onSubmit={(e) => void submit(e)} noValidate>
      <h2>New aspiration</h2>
      <p className="plan-hint">
        An aspiration is where you want to end up in the long run — a role, a kind of work, a way of
        working. The goals that lead there come next.
      </p>
      <Field label="Title" error={errors.title}>
        {(props) => (
          <input
            {...props}
            autoFocus
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            placeholder="e.g. Become an award-winning creative director"
          />
        )}
      </Field>
      <Field
        label="Horizon"
        hint="When you would like to be there. Optional, but needed to work backwards."
        error={errors.horizonDate}
      >
        {(props) => (
          <input
            {...props}
            type="date"
            value={horizonDate}
            onChange={(e) => setHorizonDate(e.target.value)}
          />
        )}
      </Field>
      <div className="field">
        <span className="field-label" id={statementLabel}>
          Statement
        </span>
        <StatementEditor initial={EMPTY_DOC} onChange={setStatement} labelledBy={statementLabel} />
      </div>
      {failure && (
        <p className="field-error" role="alert">
          {failure}
        </p>
      )}
      <div className="plan-form-actions">
        <button type="submit" className="button-primary" disabled={busy}>
          Create aspiration
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
