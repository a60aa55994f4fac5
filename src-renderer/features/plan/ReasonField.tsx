import { Field } from './Field';

export const REFLECTION_HINT =
  'Changing direction is a normal part of a career, not a failure. A sentence on why helps you when you look back.';

/** Why an aspiration is retired or left behind in a pivot: a short reflection, kept in its history. */
export function ReasonField({
  label,
  value,
  onChange,
  error,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | null;
}) {
  return (
    <Field label={label} hint={REFLECTION_HINT} error={error}>
      {(props) => (
        <textarea
          {...props}
          autoFocus
          rows={3}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}
