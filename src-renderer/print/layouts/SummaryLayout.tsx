import type { AspirationNode } from '../../../src-main/contract';
import type { PrintBlock } from '../blocks';
import { monthYear, shortMonthYear } from '../dates';
import type { PrintModel } from '../model';
import type { Arrange } from '../PagedDocument';
import { measuredResult, yearOf } from '../compose/words';
import { titleBlock } from '../sections/TitleSection';
import { excerptOf } from '../text';
import { fitSummary, rankAhead, rankReached, type RankedGoal } from './summary-fit';

/** The objective quotes this much of the main aspiration's statement. */
const OBJECTIVE_CHARACTERS = 480;
/** Other aspirations named by title under the objective; the rest are counted. */
const MAX_OTHERS = 3;
const MORE_TEMPLATE = 'summary-more-template';

function Objective({ main, others }: { main: AspirationNode; others: AspirationNode[] }) {
  const statement = excerptOf(main.statementText.replace(/\s+/g, ' '), OBJECTIVE_CHARACTERS).text;
  return (
    <>
      <p className="sum-objective">
        <strong>{main.title}</strong>
        {main.horizonDate ? <span className="sum-by"> · by {yearOf(main.horizonDate)}</span> : null}
      </p>
      {statement && <p className="sum-statement">{statement}</p>}
      {others.length > 0 && (
        <p className="sum-also">
          <span className="print-caps sum-also-label">Also working towards:</span>{' '}
          {others
            .slice(0, MAX_OTHERS)
            .map((aspiration) => aspiration.title)
            .join('; ')}
          {others.length > MAX_OTHERS ? `; and ${others.length - MAX_OTHERS} more` : ''}
        </p>
      )}
    </>
  );
}

function aheadRow({ goal, aspiration }: RankedGoal, showAspiration: boolean): PrintBlock {
  return {
    key: `summary-ahead-${goal.id}`,
    className: 'sum-row',
    node: (
      <>
        <span className="print-when">{shortMonthYear(goal.dueDate)}</span>
        <span className="sum-what">
          {goal.title}
          {showAspiration && <span className="sum-asp"> · {aspiration.title}</span>}
        </span>
        <span className="sum-note">
          {goal.progress.percent > 0
            ? `${goal.progress.percent}%`
            : goal.status === 'in_progress'
              ? 'started'
              : ''}
        </span>
      </>
    ),
  };
}

function reachedRow({ goal }: RankedGoal): PrintBlock {
  return {
    key: `summary-reached-${goal.id}`,
    className: 'sum-row',
    node: (
      <>
        <span className="print-when">{shortMonthYear(goal.completedOn ?? goal.dueDate)}</span>
        <span className="sum-what">{goal.title}</span>
        <span className="sum-note sum-result">{measuredResult(goal) ?? ''}</span>
      </>
    ),
  };
}

const heading = (key: string, text: string): PrintBlock => ({
  key,
  className: 'section-label',
  keepWithNext: true,
  node: <h3>{text}</h3>,
});

const quiet = (key: string, text: string): PrintBlock => ({
  key,
  className: 'quiet-line',
  node: <p>{text}</p>,
});

const more = (key: string, text: string): PrintBlock => ({
  key,
  className: 'sum-more',
  measureAs: MORE_TEMPLATE,
  node: <p>{text}</p>,
});

/**
 * One page to inform a résumé: a career objective, the goals ahead with their dates, and the goals
 * reached with their measured results. Always exactly one page: it measures every row, keeps what
 * fits (nearest and most important first) and counts the rest.
 */
export function summaryLayout(model: PrintModel): { blocks: PrintBlock[]; arrange: Arrange } {
  const [main, ...others] = model.aspirations;
  const ahead = rankAhead(model.aspirations);
  const reached = rankReached(model.aspirations);
  const manyAspirations = model.aspirations.length > 1;

  const fixed: PrintBlock[] = [titleBlock('Career summary', model)];
  if (main) {
    fixed.push(heading('summary-objective-heading', 'Career objective'));
    fixed.push({
      key: 'summary-objective',
      className: 'sum-objective-block',
      node: <Objective main={main} others={others} />,
    });
  } else {
    fixed.push(quiet('summary-none', 'No aspirations are chosen for this summary.'));
  }
  const aheadHeading = heading('summary-ahead-heading', 'Goals ahead');
  const aheadEmpty = quiet('summary-ahead-none', 'No goals ahead yet.');
  const reachedHeading = heading('summary-reached-heading', 'Achieved');
  const reachedEmpty = quiet('summary-reached-none', 'Nothing marked as achieved yet.');
  const aheadRows = ahead.map((ranked) => aheadRow(ranked, manyAspirations));
  const reachedRows = reached.map(reachedRow);
  const template = more(MORE_TEMPLATE, 'and 999 more goals, due up to September 2099');

  const blocks = [
    ...fixed,
    aheadHeading,
    ...(ahead.length > 0 ? aheadRows : [aheadEmpty]),
    reachedHeading,
    ...(reached.length > 0 ? reachedRows : [reachedEmpty]),
    template,
  ];

  const arrange: Arrange = ({ height, room }) => {
    const always = [
      ...fixed,
      aheadHeading,
      reachedHeading,
      ...(ahead.length === 0 ? [aheadEmpty] : []),
      ...(reached.length === 0 ? [reachedEmpty] : []),
    ];
    const fit = fitSummary({
      room,
      fixed: always.reduce((total, block) => total + height(block.key), 0),
      more: height(MORE_TEMPLATE),
      ahead: aheadRows.map((block) => height(block.key)),
      reached: reachedRows.map((block) => height(block.key)),
    });
    // Chosen by rank, shown by date.
    const shownAhead = ahead
      .map((ranked, index) => ({ ranked, block: aheadRows[index] as PrintBlock }))
      .slice(0, fit.ahead)
      .sort((a, b) =>
        a.ranked.goal.dueDate < b.ranked.goal.dueDate
          ? -1
          : a.ranked.goal.dueDate > b.ranked.goal.dueDate
            ? 1
            : 0,
      )
      .map(({ block }) => block);
    const hiddenAhead = ahead.slice(fit.ahead);
    const hiddenReached = reached.slice(fit.reached);
    const lastDue = hiddenAhead.reduce(
      (latest, { goal }) => (goal.dueDate > latest ? goal.dueDate : latest),
      '',
    );
    const firstDone = hiddenReached.reduce((earliest, { goal }) => {
      const on = goal.completedOn ?? goal.dueDate;
      return earliest === '' || on < earliest ? on : earliest;
    }, '');
    return [
      ...fixed,
      aheadHeading,
      ...(ahead.length === 0 ? [aheadEmpty] : shownAhead),
      ...(hiddenAhead.length > 0
        ? [
            more(
              'summary-ahead-more',
              `and ${hiddenAhead.length} more ${hiddenAhead.length === 1 ? 'goal' : 'goals'}, due up to ${monthYear(lastDue)}`,
            ),
          ]
        : []),
      reachedHeading,
      ...(reached.length === 0 ? [reachedEmpty] : reachedRows.slice(0, fit.reached)),
      ...(hiddenReached.length > 0
        ? [
            more(
              'summary-reached-more',
              `and ${hiddenReached.length} more reached since ${monthYear(firstDone)}`,
            ),
          ]
        : []),
    ];
  };
  return { blocks, arrange };
}
