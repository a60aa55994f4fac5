import { write } from '../../api/effects';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { RichTextNode } from '../../../src-main/contract';
import { createAspirationInput } from '../../../src-main/contract/plan';
import { EMPTY_DOC } from '../../../src-main/contract/schemas';
import { DateField, TextField } from './Field';
import { goToPlan } from '../../ui/plan-route';
import { StatementEditor } from './StatementEditor';
import { CreateActions, useCreateForm } from './CreateForm';

/** A new aspiration: a title, an optional horizon, and a statement in the person's own words. */
export function NewAspirationForm({ onCancel }: { onCancel: () => void }) {
  const client = useQueryClient();
  const statementLabel = useId();
  const [title, setTitle] = useState('');
  const [horizonDate, setHorizonDate] = useState('');
  const [statement, setStatement] = useState<RichTextNode>(EMPTY_DOC);
  const { errors, failure, busy, submit } = useCreateForm(createAspirationInput, async (input) => {
    const created = await write(client, 'plan:createAspiration', input);
    goToPlan(created.id);
  });
  const input = { title, statement, horizonDate: horizonDate === '' ? null : horizonDate };

  return (
    <form
      className="card plan-form new-aspiration"
      onSubmit={(e) => void submit(e, input)}
      noValidate
    >
      <h2>New aspiration</h2>
      <p className="plan-hint">
        An aspiration is where you want to end up in the long run — a role, a kind of work, a way of
        working. The goals that lead there come next.
      </p>
      <TextField
        label="Title"
        error={errors.title}
        autoFocus
        value={title}
        onChange={setTitle}
        placeholder="e.g. Become an award-winning creative director"
      />
      <DateField
        label="Horizon"
        hint="When you would like to be there. Optional, but needed to work backwards."
        error={errors.horizonDate}
        value={horizonDate}
        onChange={setHorizonDate}
      />
      <div className="field">
        <span className="field-label" id={statementLabel}>
          Statement
        </span>
        <StatementEditor content={EMPTY_DOC} onChange={setStatement} labelledBy={statementLabel} />
      </div>
      <CreateActions label="Create aspiration" failure={failure} busy={busy} onCancel={onCancel} />
    </form>
  );
}
