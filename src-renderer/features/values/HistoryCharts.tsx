import type { ReactNode } from 'react';
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

/** How many checks a chart shows, for its description. */
function checksInWords(count: number): string {
  return count === 1 ? 'one check' : `${count} checks, oldest first`;
}

/** A chart's picture: its levels as labelled grid lines across the box, then the marks over them. */
function ChartFrame({
  box,
  description,
  levels,
  min,
  max,
  children,
}: {
  box: Box;
  description: string;
  levels: readonly { value: number; label: string }[];
  min: number;
  max: number;
  children: ReactNode;
}) {
  return (
    <svg
      role="img"
      aria-label={description}
      viewBox={`0 0 ${box.width} ${box.height}`}
      width={box.width}
      height={box.height}
    >
      {levels.map((level) => {
        const y = levelY(level.value, min, max, box);
        return (
          <g key={level.value}>
            <line x1={box.left} x2={box.width - box.right} y1={y} y2={y} className="vchart-grid" />
            <text x={box.left - 12} y={y + 3.5} className="vchart-axis" textAnchor="end">
              {level.label}
            </text>
          </g>
        );
      })}
      {children}
    </svg>
  );
}

const ANSWER_LEVELS = (['yes', 'partly', 'no'] as const).map((answer) => ({
  value: LEVEL[answer],
  label: ANSWER_WORDS[answer],
}));
const RATING_LEVELS = [1, 2, 3, 4, 5].map((value) => ({ value, label: String(value) }));

function QuestionChart({ question, checks }: { question: ValuesQuestion; checks: SavedCheck[] }) {
  const answers = checks.map((check) => check.answers[question.key].answer);
  const points = chartPoints(
    answers.map((a) => (a === null ? null : LEVEL[a])),
    0,
    2,
    SMALL,
  );
  const words = answers.map((a) => (a === null ? 'not answered' : ANSWER_WORDS[a]));
  const description = `${question.label}, ${checksInWords(checks.length)}: ${words.join(', ')}.`;
  return (
    <figure className="vchart">
      <figcaption>{question.label}</figcaption>
      <ChartFrame box={SMALL} description={description} levels={ANSWER_LEVELS} min={0} max={2}>
        <path d={linePath(points)} className="vchart-line" />
        {points.map((point) => (
          <AnswerMarker
            key={point.index}
            answer={answers[point.index] as ValuesAnswerValue}
            x={point.x}
            y={point.y}
          />
        ))}
      </ChartFrame>
    </figure>
  );
}

function RatingsChart({ checks }: { checks: SavedCheck[] }) {
  const ratings = (rating: (check: SavedCheck) => number | null) =>
    chartPoints(checks.map(rating), 1, 5, WIDE);
  const excitement = ratings((c) => c.excitement);
  const fear = ratings((c) => c.fear);
  const description =
    `Excitement and fear, 1 to 5, ${checksInWords(checks.length)}. ` +
    `Excitement: ${checks.map((c) => c.excitement ?? '–').join(', ')}. Fear: ${checks.map((c) => c.fear ?? '–').join(', ')}.`;
  return (
    <figure className="vchart vchart-wide">
      <figcaption>Excitement and fear ratings (1 to 5)</figcaption>
      <ChartFrame box={WIDE} description={description} levels={RATING_LEVELS} min={1} max={5}>
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
      </ChartFrame>
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

/** The table's rows after the questions: the ratings and the fit, a dash where there is none. */
const NUMBER_ROWS: readonly { label: string; cell: (check: SavedCheck) => string | number }[] = [
  { label: 'Excitement (1–5)', cell: (check) => check.excitement ?? '—' },
  { label: 'Fear (1–5)', cell: (check) => check.fear ?? '—' },
  { label: 'Fit', cell: (check) => (check.fit.percent === null ? '—' : `${check.fit.percent}%`) },
];

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
            {NUMBER_ROWS.map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                {checks.map((check) => (
                  <td key={check.id}>{row.cell(check)}</td>
                ))}
              </tr>
            ))}
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
