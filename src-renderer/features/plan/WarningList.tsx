import type { PlanWarning } from '../../../src-main/contract';

/** The plan's warnings, in words, as a named list (nothing at all when there are none). */
export function WarningList({
  warnings,
  label = 'Warnings',
}: {
  warnings: PlanWarning[];
  label?: string;
}) {
  if (warnings.length === 0) return null;
  return (
    <section className="plan-warnings" aria-label={label}>
      <ul>
        {warnings.map((warning) => (
          <li key={`${warning.code}:${warning.goalId}:${warning.stepId ?? ''}`}>
            <span className="plan-warning-icon" aria-hidden="true">
              !
            </span>
            {warning.message}
          </li>
        ))}
      </ul>
    </section>
  );
}
