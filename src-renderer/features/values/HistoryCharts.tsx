import type { SavedCheck } from '../../../src-main/contract';
import {
  ANSWER_WORDS,
  VALUES_QUESTIONS,
  type ValuesAnswerValue,
  type ValuesQuestion,
} from '../../../src-main/shared/values/questions';
import { chartPoints, levelY, linePath, type Box } from './chart-geometry';
import { dateInWords } from './words';

const LEVEL: Record<ValuesAnswerValue, number> = { no: 0, partly: 1, yes: 2 };
const SMALL: Box = { width: 220, height: 74, left: 50, right: 12, top: 12, bottom: 12 };
const WIDE: Box = { width: 460, height: 130, left: 34, right: 14, top: 12, bottom: 18 };

/** Yes a filled circle, Partly a diamond, No a cross: the shape says the answer, not the colour. */
function AnswerMarker({ answer, x, y }: { answer: ValuesAnswerValue; x: number; y: number }) {
  if (answer === 'yes') return <circle cx={x} cy={y} r={4.5} className="mark-yes" />;
  if (answer === 'partly') {
    return (
      <path
        d={`M${x} ${y - 5.5} L${x + 5.5} ${y} L${x} ${y + 5.5} L${x - 5.5} ${y} Z`}
        className="mark-partly"
      />
    );
  }
  return (
    <path
      d={`M${x - 4} ${y - 4} L${x + 4} ${y + 4} M${x + 4} ${y - 4} L${x - 4} ${y + 4}`}
      className="mark-no"
    />
  );
}

function QuestionChart({ question, checks }: { question: ValuesQuestion; checks: SavedCheck[] }) {
  const answers = checks.map((check) => check.answers[question.key].answer);
  const points = chartPoints(
    answers.map((a) => (a === null ? null : LEVEL[a])),
    0,
    2,
    SMALL,
  );
  const words = answers.map((a) => (a === null ? 'not answered' : ANSWER_WORDS[a]));
  const description = `${question.label}, ${checks.length === 1 ? 'one check' : `${checks.length} checks, oldest first`}: ${words.join(', ')}.`;
  return (
    <figure className="vchart">
      <figcaption>{question.label}</figcaption>
      <svg
        role="img"
        aria-label={description}
        viewBox={`0 0 ${SMALL.width} ${SMALL.height}`}
        width={SMALL.width}
        height={SMALL.height}
      >
        {(['yes', 'partly', 'no'] as const).map((answer) => {
          const y = levelY(LEVEL[answer], 0, 2, SMALL);
          return (
            <g key={answer}>
              <line
                x1={SMALL.left}
                x2={SMALL.width - SMALL.right}
                y1={y}
                y2={y}
                className="vchart-grid"
              />
              <text x={SMALL.left - 12} y={y + 3.5} className="vchart-axis" textAnchor="end">
                {ANSWER_WORDS[answer]}
              </text>
            </g>
          );
        })}
        <path d={linePath(points)} className="vchart-line" />
        {points.map((point) => (
          <AnswerMarker
            key={point.index}
            answer={answers[point.index] as ValuesAnswerValue}
            x={point.x}
            y={point.y}
          />
        ))}
      </svg>
    </figure>
  );
}

function RatingsChart({ checks }: { checks: SavedCheck[] }) {
  const excitement = chartPoints(
    checks.map((c) => c.excitement),
    1,
    5,
    WIDE,
  );
  const fear = chartPoints(
    checks.map((c) => c.fear),
    1,
    5,
    WIDE,
  );
  const description =
    `Excitement and fear, 1 to 5, ${checks.length === 1 ? 'one check' : `${checks.length} checks, oldest first`}. ` +
    `Excitement: ${checks.map((c) => c.excitement ?? '–').join(', ')}. Fear: ${checks.map((c) => c.fear ?? '–').join(', ')}.`;
  return (
    <figure className="vchart vchart-wide">
      <figcaption>Excitement and fear ratings (1 to 5)</figcaption>
      <svg
        role="img"
        aria-label={description}
        viewBox={`0 0 ${WIDE.width} ${WIDE.height}`}
        width={WIDE.width}
        height={WIDE.height}
      >
        {[1, 2, 3, 4, 5].map((level) => {
          const y = levelY(level, 1, 5, WIDE);
          return (
            <g key={level}>
              <line
                x1={WIDE.left}
                x2={WIDE.width - WIDE.right}
                y1={y}
                y2={y}
                className="vchart-grid"
              />
              <text x={WIDE.left - 12} y={y + 3.5} className="vchart-axis" textAnchor="end">
                {level}
              </text>
            </g>
          );
        })}
        <path d={linePath(excitement)} className="vchart-line vchart-excitement" />
        <path d={linePath(fear)} className="vchart-line vchart-fear" />
        {excitement.map((p) => (
          <circle key={`e${p.index}`} cx={p.x} cy={p.y} r={4.5} className="mark-excitement" />
        ))}
        {fear.map((p) => (
          <rect
            key={`f${p.index}`}
            x={p.x - 4}
            y={p.y - 4}
            width={8}
            height={8}
            className="mark-fear"
          />
        ))}
      </svg>
      <p className="vchart-legend" aria-hidden="true">
        <span>
          <svg width="26" height="10">
            <line x1="0" x2="26" y1="5" y2="5" className="vchart-line vchart-excitement" />
            <circle cx="13" cy="5" r="4" className="mark-excitement" />
          </svg>
          Excitement (solid, circles)
        </span>
        <span>
          <svg width="26" height="10">
            <line x1="0" x2="26" y1="5" y2="5" className="vchart-line vchart-fear" />
            <rect x="9" y="1" width="8" height="8" className="mark-fear" />
          </svg>
          Fear (dashed, squares)
        </span>
      </p>
    </figure>
  );
}

/** The same history as numbers and words, for anyone who would rather read than look. */
function HistoryTable({ checks }: { checks: SavedCheck[] }) {
  return (
    <details className="vtable">
      <summary>Show the history as a table</summary>
      <div className="vtable-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">Question</th>
              {checks.map((check, index) => (
                <th scope="col" key={check.id}>
                  Check {index + 1}
                  <br />
                  <span className="vtable-date">{dateInWords(check.checkedOn)}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {VALUES_QUESTIONS.map((question) => (
              <tr key={question.key}>
                <th scope="row">{question.label}</th>
                {checks.map((check) => {
                  const answer = check.answers[question.key].answer;
                  return <td key={check.id}>{answer ? ANSWER_WORDS[answer] : '—'}</td>;
                })}
              </tr>
            ))}
            <tr>
              <th scope="row">Excitement (1–5)</th>
              {checks.map((check) => (
                <td key={check.id}>{check.excitement ?? '—'}</td>
              ))}
            </tr>
            <tr>
              <th scope="row">Fear (1–5)</th>
              {checks.map((check) => (
                <td key={check.id}>{check.fear ?? '—'}</td>
              ))}
            </tr>
            <tr>
              <th scope="row">Fit</th>
              {checks.map((check) => (
                <td key={check.id}>{check.fit.percent === null ? '—' : `${check.fit.percent}%`}</td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
    </details>
  );
}

/** One small chart per question and one for the ratings, oldest check on the left. */
export function HistoryCharts({ checks }: { checks: SavedCheck[] }) {
  return (
    <section className="vcharts" aria-labelledby="charts-heading">
      <h2 id="charts-heading" className="values-section-title">
        Over time
      </h2>
      <p className="values-note">
        Oldest check on the left. {dateInWords(checks[0]?.checkedOn ?? '')}
        {checks.length > 1 ? ` to ${dateInWords(checks.at(-1)?.checkedOn ?? '')}` : ''}.
      </p>
      <div className="vchart-grid-list">
        {VALUES_QUESTIONS.map((question) => (
          <QuestionChart key={question.key} question={question} checks={checks} />
        ))}
      </div>
      <RatingsChart checks={checks} />
      <HistoryTable checks={checks} />
    </section>
  );
}
