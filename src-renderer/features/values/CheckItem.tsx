import type { SavedCheck } from '../../../src-main/contract';
import { VALUES_QUESTIONS } from '../../../src-main/shared/values/questions';
import { AnswerBadge, MovementTag } from './AnswerBadge';
import { FitMeter, Ratings, WorseCallout } from './Scorecard';
import { dateInWords } from './words';

interface Props {
  check: SavedCheck;
  number: number;
  latest: boolean;
  reflecting: boolean;
  onReflect: () => void;
  onDelete: () => void;
}

/** One saved check in the history: its fit, what moved, every answer with its note. */
export function CheckItem({ check, number, latest, reflecting, onReflect, onDelete }: Props) {
  const headingId = `check-${check.id}`;
  const movement = new Map(check.drift?.questions.map((q) => [q.key, q.movement]));
  return (
    <li>
      <article className="vcheck" aria-labelledby={headingId}>
        <header className="vcheck-header">
          <h3 id={headingId}>
            Check {number}: {dateInWords(check.checkedOn)}
          </h3>
          {latest && <span className="vcheck-latest">Latest</span>}
        </header>
        <FitMeter check={check} />
        {check.drift ? (
          <p className="vcard-drift">{check.drift.summary}</p>
        ) : (
          <p className="vcard-drift">The first check of this aspiration.</p>
        )}
        <WorseCallout check={check} />
        <details className="vcheck-answers" open={latest}>
          <summary>Answers and notes</summary>
          <dl>
            {VALUES_QUESTIONS.map((question) => {
              const { answer, note } = check.answers[question.key];
              return (
                <div key={question.key} className="vcheck-answer">
                  <dt>{question.label}</dt>
                  <dd>
                    <AnswerBadge answer={answer} />
                    {check.drift && (
                      <MovementTag movement={movement.get(question.key) ?? 'unknown'} />
                    )}
                    {note && <span className="vcheck-note">{note}</span>}
                  </dd>
                </div>
              );
            })}
          </dl>
        </details>
        <Ratings check={check} />
        <div className="vcheck-actions">
          <button type="button" disabled={reflecting} onClick={onReflect}>
            Reflect on this
          </button>
          <button type="button" className="button-quiet" onClick={onDelete}>
            Delete check
          </button>
        </div>
      </article>
    </li>
  );
}
