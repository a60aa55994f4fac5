import type { SavedCheck, ValuesScorecard } from '../../../src-main/contract';
import { VALUES_QUESTIONS } from '../../../src-main/shared/values/questions';
import { AnswerBadge, MovementTag } from './AnswerBadge';
import { valuesHistoryHref } from './routes';
import { CheckValuesButton } from './ValuesNav';
import { agoInWords, dateInWords, signed } from './words';

/** The fit as a number and a bar; the number carries the meaning, the bar only echoes it. */
export function FitMeter({ check }: { check: SavedCheck }) {
  const percent = check.fit.percent ?? 0;
  const change = check.drift?.fitChange ?? null;
  return (
    <div className="fit">
      <span className="fit-number">
        Fit <strong>{check.fit.percent ?? '–'}%</strong>
        {change !== null && (
          <span className="fit-change"> ({signed(change)} points since the check before)</span>
        )}
      </span>
      <span className="fit-bar" aria-hidden="true">
        <span style={{ width: `${percent}%` }} />
      </span>
    </div>
  );
}

/** What got worse since the previous check, in sentences. */
export function WorseCallout({ check }: { check: SavedCheck }) {
  if (!check.drift || check.drift.worse.length === 0) return null;
  return (
    <div className="worse" role="note" aria-label="Worse since the check before">
      <strong>Worse since the check before:</strong>
      <ul>
        {check.drift.worse.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </div>
  );
}

export function Ratings({ check }: { check: SavedCheck }) {
  const drift = check.drift;
  const change = (value: number | null) => (value ? ` (${signed(value)})` : '');
  return (
    <p className="ratings">
      Excitement {check.excitement} of 5{change(drift?.excitementChange ?? null)} · Fear{' '}
      {check.fear} of 5{change(drift?.fearChange ?? null)}
      {check.signal && <span className="ratings-signal"> — {check.signal}</span>}
    </p>
  );
}

/** The latest answers, each with how it moved since the check before. */
export function AnswerTable({ check }: { check: SavedCheck }) {
  const movement = new Map(check.drift?.questions.map((q) => [q.key, q.movement]));
  return (
    <table className="answers">
      <thead>
        <tr>
          <th scope="col">Question</th>
          <th scope="col">Answer</th>
          {check.drift && <th scope="col">Since the check before</th>}
        </tr>
      </thead>
      <tbody>
        {VALUES_QUESTIONS.map((question) => (
          <tr key={question.key}>
            <th scope="row" title={question.question}>
              {question.label}
            </th>
            <td>
              <AnswerBadge answer={check.answers[question.key].answer} />
            </td>
            {check.drift && (
              <td>
                <MovementTag movement={movement.get(question.key) ?? 'unknown'} />
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

interface Props {
  card: ValuesScorecard;
  onReflect: (checkId: string) => void;
  reflecting: boolean;
}

export function Scorecard({ card, onReflect, reflecting }: Props) {
  const { aspiration, latest, draft } = card;
  const headingId = `card-${aspiration.id}`;
  const retired = aspiration.status === 'retired';
  return (
    <section className={`vcard${retired ? ' vcard-retired' : ''}`} aria-labelledby={headingId}>
      <header className="vcard-header">
        <h3 id={headingId}>{aspiration.title}</h3>
        {aspiration.status !== 'active' && (
          <span className="vcard-status">
            {aspiration.status === 'achieved'
              ? 'Achieved'
              : `Retired ${dateInWords(aspiration.retiredOn ?? '')}`}
          </span>
        )}
      </header>
      {latest ? (
        <>
          <FitMeter check={latest} />
          <p className="vcard-meta">
            Last checked {dateInWords(latest.checkedOn)} ({agoInWords(card.daysSinceCheck ?? 0)}) ·{' '}
            {card.checkCount} {card.checkCount === 1 ? 'check' : 'checks'}
          </p>
          {latest.drift && <p className="vcard-drift">{latest.drift.summary}</p>}
          <WorseCallout check={latest} />
          <AnswerTable check={latest} />
          <Ratings check={latest} />
        </>
      ) : (
        <p className="vcard-empty">
          Not checked yet. A check is eight questions, each answered Yes, Partly or No.
        </p>
      )}
      {draft && (
        <p className="vcard-draft">
          A check is waiting to be finished ({draft.answered} of 8 answered).
        </p>
      )}
      <footer className="vcard-actions">
        {!retired && <CheckValuesButton aspirationId={aspiration.id} />}
        {latest && (
          <a className="vcard-link" href={valuesHistoryHref(aspiration.id)}>
            History<span className="visually-hidden"> of {aspiration.title}</span>
          </a>
        )}
        {latest && (
          <button type="button" disabled={reflecting} onClick={() => onReflect(latest.id)}>
            Reflect on this
          </button>
        )}
      </footer>
    </section>
  );
}
