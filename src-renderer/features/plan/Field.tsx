import { useId, type InputHTMLAttributes, type ReactNode } from 'react';

export interface FieldControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

/**
 * A labelled form field with its hint and its error right next to it. The control is rendered by
 * the caller with the ids that tie label, hint and error together for screen readers.
 */
export function Field({
  label,
  hint,
  error,
  children,
  className,
  aside,
}: {
  label: string;
  hint?: string;
  error?: string | null;
  children: (props: FieldControlProps) => ReactNode;
  className?: string;
  /** Shown on the label's line, after it (a status, a save state). */
  aside?: ReactNode;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ');
  return (
    <div className={`field${error ? ' field-invalid' : ''} ${className ?? ''}`}>
      {aside ? (
        <div className="field-label-row">
          <label className="field-label" htmlFor={id}>
            {label}
          </label>
          {aside}
        </div>
      ) : (
        <label className="field-label" htmlFor={id}>
          {label}
        </label>
      )}
      {hint && (
        <span className="field-hint" id={hintId}>
          {hint}
        </span>
      )}
      {children({
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy || undefined,
      })}
      {error && (
        <span className="field-error" id={errorId} role="alert">
          {error}
        </span>
      )}
    </div>
  );
}

type InputProps = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'onChange' | 'value' | 'id' | 'className' | 'children'
>;

/**
 * A labelled one-line input (text unless `type` says otherwise) whose value is a string; any other
 * input attribute (placeholder, required, autoFocus) passes through to the input.
 */
export function TextField({
  label,
  value,
  onChange,
  hint,
  error,
  className,
  ...input
}: InputProps & {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  error?: string | null;
  className?: string;
}) {
  return (
    <Field label={label} hint={hint} error={error} className={className}>
      {(props) => (
        <input {...input} {...props} value={value} onChange={(e) => onChange(e.target.value)} />
      )}
    </Field>
  );
}

/** A labelled date field (`yyyy-mm-dd`, '' for none). */
export function DateField(props: Omit<Parameters<typeof TextField>[0], 'type'>) {
  return <TextField {...props} type="date" />;
}
