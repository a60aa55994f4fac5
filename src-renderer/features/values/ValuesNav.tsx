import type { ReactNode } from 'react';
import { go, valuesCheckHref, valuesHref } from './routes';

/** The way back above a values page: to every aspiration, unless told where. */
export function BackLink({
  href = valuesHref(),
  children = '← All aspirations',
}: {
  href?: string;
  children?: ReactNode;
}) {
  return (
    <p className="values-back">
      <a href={href}>{children}</a>
    </p>
  );
}

/** A values page that could not load: the way back, and why, in words. */
export function LoadFailed({ className, message }: { className: string; message: string }) {
  return (
    <div className={className}>
      <BackLink />
      <p className="field-error" role="alert">
        {message}
      </p>
    </div>
  );
}

/** Opens the check form for an aspiration. */
export function CheckValuesButton({ aspirationId }: { aspirationId: string }) {
  return (
    <button
      type="button"
      className="button-primary"
      onClick={() => go(valuesCheckHref(aspirationId))}
    >
      Check values
    </button>
  );
}
