import type { SmartReport } from '../../../src-main/contract';

/** S M A R T at a glance: each letter filled when complete, its reason on hover and for readers. */
export function SmartLetters({
  report,
  compact = false,
}: {
  report: SmartReport;
  compact?: boolean;
}) {
  return (
    <ul
      className={`smart-letters${compact ? ' smart-letters-compact' : ''}`}
      aria-label={`SMART: ${report.completeCount} of 5 complete`}
    >
      {report.letters.map((letter) => (
        <li
          key={letter.key}
          className={letter.complete ? 'is-complete' : 'is-incomplete'}
          title={`${letter.name}: ${letter.reason}`}
        >
          <span aria-hidden="true">{letter.letter}</span>
          <span className="visually-hidden">
            {letter.name}: {letter.complete ? 'complete' : 'incomplete'}. {letter.reason}
          </span>
        </li>
      ))}
    </ul>
  );
}
