import type { TimelineGoal } from '../../../src-main/contract';
import { dateInWords, daysInWords } from '../../../src-main/shared/date-words';
import { GOAL_STATUS_LABELS } from '../../../src-main/shared/labels';
import type { TimelineBar } from './layout';

export const CARD_WIDTH = 320;

function shorten(text: string, max: number): string {
  const clean = text.trim().replace(/\s+/g, ' ');
  return clean.length <= max ? clean : `${clean.slice(0, max - 1).trimEnd()}…`;
}

/** The goal's SMART summary and progress, shown while its bar is hovered or focused. */
export function GoalCard({
  id,
  bar,
  goal,
  left,
  top,
  above,
}: {
  id: string;
  bar: TimelineBar;
  goal: TimelineGoal | undefined;
  left: number;
  top: number;
  above: boolean;
}) {
  const progress = goal?.progress;
  return (
    <div
      id={id}
      role="tooltip"
      className={`gt-card${above ? ' gt-card-above' : ''}`}
      style={{ left, top, width: CARD_WIDTH }}
    >
      <p className="gt-card-title">{bar.title}</p>
      <p className="gt-card-dates">
        {dateInWords(bar.startDate)} – {dateInWords(bar.dueDate)} · {GOAL_STATUS_LABELS[bar.status]}
        {bar.kind === 'overdue' && (
          <strong className="gt-card-overdue"> · Overdue by {daysInWords(bar.overdueDays)}</strong>
        )}
      </p>
      {bar.startFromCreation && (
        <p className="gt-card-note">No start date yet: the bar starts on the day it was created.</p>
      )}
      {bar.startsAfterDue && <p className="gt-card-note">Its start date is after its due date.</p>}
      {progress && (
        <div className="gt-card-progress">
          <span className="gt-meter" aria-hidden="true">
            <span className="gt-meter-fill" style={{ width: `${progress.percent}%` }} />
          </span>
          <span>
            {progress.label} ({progress.percent}%)
          </span>
        </div>
      )}
      {goal && (
        <>
          <p className="gt-card-smart-head">SMART: {goal.smart.completeCount} of 5 complete</p>
          <ul className="gt-card-smart">
            {goal.smart.letters.map((letter) => (
              <li key={letter.key} className={letter.complete ? 'is-complete' : 'is-missing'}>
                <span className="gt-card-letter" aria-hidden="true">
                  {letter.letter}
                </span>
                <span>
                  <span className="visually-hidden">
                    {letter.name}, {letter.complete ? 'complete' : 'incomplete'}:{' '}
                  </span>
                  <span aria-hidden="true">{letter.complete ? '✓ ' : '○ '}</span>
                  {letter.reason}
                </span>
              </li>
            ))}
          </ul>
          {goal.specificWhat.trim() && (
            <p className="gt-card-what">{shorten(goal.specificWhat, 180)}</p>
          )}
        </>
      )}
      <p className="gt-card-hint">Enter or double-click opens it in the Plan.</p>
    </div>
  );
}
