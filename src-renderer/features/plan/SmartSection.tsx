import { useId, type ReactNode } from 'react';
import type { SmartLetter } from '../../../src-main/contract';

/**
 * One letter of the SMART form: a group named by the letter (Specific, Measurable, …), the question
 * that coaches it, and whether it is complete with the one-line reason.
 */
export function SmartSection({
  legend,
  letter,
  coaching,
  children,
}: {
  legend: string;
  letter: SmartLetter;
  coaching: string;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <fieldset
      className={`smart-section ${letter.complete ? 'is-complete' : 'is-incomplete'}`}
      aria-describedby={`${id}-state`}
    >
      <legend>
        <span className="smart-initial" aria-hidden="true">
          {letter.letter}
        </span>
        {legend}
      </legend>
      <p className="smart-state" id={`${id}-state`}>
        <span className="smart-state-mark" aria-hidden="true">
          {letter.complete ? '✓' : '○'}
        </span>
        <span className="smart-state-word">{letter.complete ? 'Complete' : 'Incomplete'}:</span>{' '}
        {letter.reason}
      </p>
      <p className="smart-coaching">{coaching}</p>
      <div className="smart-fields">{children}</div>
    </fieldset>
  );
}
