import type { ReactNode } from 'react';

/** A form's or a dialog's error in words, announced as it appears; nothing while there is none. */
export function FormError({ message, id }: { message: string | null | undefined; id?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="field-error" role="alert">
      {message}
    </p>
  );
}

/** A form's foot: its error in words, then its submit button and any other actions. */
export function FormActions({
  error,
  className,
  busy,
  submitLabel,
  children,
}: {
  error: string | null | undefined;
  className: string;
  busy: boolean;
  submitLabel: ReactNode;
  children?: ReactNode;
}) {
  return (
    <>
      <FormError message={error} />
      <div className={className}>
        <button type="submit" className="button-primary" disabled={busy}>
          {submitLabel}
        </button>
        {children}
      </div>
    </>
  );
}
