import { useState, type FormEvent, type ReactNode } from 'react';
import type { ZodType } from 'zod';
import { ApiError } from '../../api/client';
import type { FieldErrors } from '../../editor/autosave';
import { FormActions } from '../../ui/FormError';
import { messageOf } from './queries';

/**
 * A form that creates one record: the input is checked against the contract's schema first (each
 * field's first problem shown beside it, nothing sent), then sent; a refusal for its fields lands
 * beside them, any other failure in words under the form.
 */
export function useCreateForm<I>(schema: ZodType<I>, create: (input: I) => Promise<unknown>) {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent, input: I) => {
    event.preventDefault();
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      const found: FieldErrors = {};
      for (const issue of parsed.error.issues) found[String(issue.path[0])] ??= issue.message;
      setErrors(found);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      await create(input);
    } catch (error) {
      if (error instanceof ApiError && error.fields.length > 0) {
        setErrors(Object.fromEntries(error.fields.map((f) => [f.path, f.message])));
      } else setFailure(messageOf(error));
    } finally {
      setBusy(false);
    }
  };

  return { errors, failure, busy, submit };
}

/** Runs a request from a button: busy while it runs, its failure in words afterwards. */
export function useAction() {
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setFailure(null);
    try {
      await action();
    } catch (error) {
      setFailure(messageOf(error));
    } finally {
      setBusy(false);
    }
  };
  return { failure, busy, run };
}

/** The end of a create form: its failure in words, then Create and Cancel. */
export function CreateActions({
  label,
  failure,
  busy,
  onCancel,
}: {
  label: ReactNode;
  failure: string | null;
  busy: boolean;
  onCancel: () => void;
}) {
  return (
    <FormActions error={failure} className="plan-form-actions" busy={busy} submitLabel={label}>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </FormActions>
  );
}
