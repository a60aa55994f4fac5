import { useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import type { Entry } from '../../../src-main/contract';
import { draftResumeLine } from '../../../src-main/shared/achievements/resume-line';
import { write } from '../../api/effects';
import { usePlanTree } from '../../api/plan-tree';
import { Dialog } from '../../ui/Dialog';
import { DialogActions } from '../../ui/DialogActions';
import { useEntryLinks } from '../links/queries';
import { DateField, TextField } from '../plan/Field';
import { ServeSelect } from './ServeSelect';
import { serveTarget, suggestedServe } from './serve-options';
import './achievements.css';
import { FormError } from '../../ui/FormError';

/** Reads a typed number: empty is none; anything else must be a number. */
export function parseAmount(text: string): { value: number | null; error: string | null } {
  const trimmed = text.trim().replace(/,/g, '');
  if (trimmed === '') return { value: null, error: null };
  const value = Number(trimmed);
  return Number.isFinite(value)
    ? { value, error: null }
    : { value: null, error: 'Use a number, for example 32 or 3.5.' };
}

const PREVIEW_CHARS = 280;

/**
 * *Mark as achievement*: a one-line result, an optional number and unit, the date it happened (the
 * entry's date unless changed) and what it serves (suggested from the entry's links).
 */
export function MarkAchievementDialog({
  entry,
  passage,
  onClose,
  onSaved,
}: {
  entry: Pick<Entry, 'id' | 'entryDate'>;
  /** The selected text; empty marks the whole entry. */
  passage: string;
  onClose: () => void;
  onSaved: () => void;
}) {
  const queryClient = useQueryClient();
  const links = useEntryLinks(entry.id);
  const tree = usePlanTree();
  const [fields, setFields] = useState({
    result: '',
    metricValue: '',
    metricUnit: '',
    happenedOn: entry.entryDate,
  });
  const { result, metricUnit: unit, happenedOn } = fields;
  const [serve, setServe] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const passageId = useId();
  const chosen = serve ?? suggestedServe(links.data ?? []);
  const number = parseAmount(fields.metricValue);
  // A field's value, its setter and its error, by the name the error comes back under.
  const bind = (name: keyof typeof fields) => ({
    value: fields[name],
    onChange: (value: string) => setFields((was) => ({ ...was, [name]: value })),
    error: errors[name],
  });
  const draft = draftResumeLine({ result, metricValue: number.value, metricUnit: unit });

  const save = async (event?: FormEvent) => {
    event?.preventDefault();
    const problems: Record<string, string> = {};
    if (result.trim() === '') problems.result = 'Say in one line what the result was.';
    if (number.error) problems.metricValue = number.error;
    if (happenedOn === '') problems.happenedOn = 'Give the date it happened.';
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    setBusy(true);
    try {
      await write(queryClient, 'achievements:create', {
        entryId: entry.id,
        passage,
        result: result.trim(),
        metricValue: number.value,
        metricUnit: number.value === null ? '' : unit.trim(),
        happenedOn,
        ...serveTarget(chosen),
      });
      onSaved();
    } catch (failure) {
      const fields = (failure as { fields?: { path: string; message: string }[] }).fields ?? [];
      const byField = Object.fromEntries(fields.map((field) => [field.path, field.message]));
      setErrors(
        Object.keys(byField).length > 0
          ? byField
          : { form: failure instanceof Error ? failure.message : 'It could not be saved.' },
      );
      setBusy(false);
    }
  };

  const shown =
    passage.length > PREVIEW_CHARS ? `${passage.slice(0, PREVIEW_CHARS).trimEnd()}…` : passage;
  return (
    <Dialog
      title="Mark as achievement"
      onClose={onClose}
      describedBy={passageId}
      footer={
        <DialogActions
          confirmLabel="Save achievement"
          onConfirm={() => void save()}
          onCancel={onClose}
          disabled={busy}
        />
      }
    >
      <form className="achievement-form" onSubmit={(event) => void save(event)} noValidate>
        <p id={passageId} className="achievement-passage">
          {passage ? (
            <>
              From the selected passage: <q>{shown}</q>
            </>
          ) : (
            'From the whole entry (select a passage first to mark only that).'
          )}
        </p>
        <TextField
          label="Result"
          hint="One line: what changed because of what you did."
          data-autofocus
          maxLength={300}
          placeholder="e.g. More demos booked with the new call script"
          {...bind('result')}
        />
        <div className="field-row">
          <TextField
            label="Number (optional)"
            inputMode="decimal"
            placeholder="e.g. 32"
            {...bind('metricValue')}
          />
          <TextField label="Unit" maxLength={60} placeholder="e.g. %" {...bind('metricUnit')} />
          <DateField label="Date it happened" {...bind('happenedOn')} />
        </div>
        <ServeSelect
          tree={tree.data}
          links={links.data ?? []}
          value={chosen}
          onChange={setServe}
          error={errors.goalId ?? errors.aspirationId}
        />
        <p className="achievement-draft" aria-live="polite">
          <span className="field-label">Résumé line (draft)</span> {draft || '—'}
        </p>
        <FormError message={errors.form} />
        {/* Enter in a field saves, as the footer's button does. */}
        <button type="submit" hidden tabIndex={-1} aria-hidden="true" />
      </form>
    </Dialog>
  );
}
