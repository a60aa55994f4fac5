import type { GoalNode, GoalStep } from '../../../src-main/contract';
import type { PrintBlock } from '../blocks';
import { dateInWords } from '../dates';
import { goalStatusWords, stepMeta } from '../plan-words';
import { chunkText } from '../text';
import { smartRows } from './smart-rows';

export { smartRows };

function Progress({ goal }: { goal: GoalNode }) {
  return (
    <div className="gc-progress">
      <span className="gc-bar" aria-hidden="true">
        <span className="gc-bar-fill" style={{ width: `${goal.progress.percent}%` }} />
      </span>
      <span className="gc-percent">{goal.progress.percent}%</span>
      <span className="gc-progress-label">{goal.progress.label}</span>
    </div>
  );
}

function GoalHead({ goal }: { goal: GoalNode }) {
  const status = goalStatusWords(goal);
  return (
    <>
      <div className="gc-title-row">
        <h4 className="gc-title">{goal.title}</h4>
        <span className={`gc-status gc-status-${goal.status}`}>{status}</span>
      </div>
      <p className="gc-dates">
        {goal.startDate ? (
          <>
            <span className="gc-date-label">Start</span> {dateInWords(goal.startDate)}
            <span className="gc-sep" aria-hidden="true">
              {' '}
              →{' '}
            </span>
          </>
        ) : null}
        <span className="gc-date-label">Due</span> {dateInWords(goal.dueDate)}
      </p>
      {goal.status !== 'dropped' && goal.progress.source !== 'none' && <Progress goal={goal} />}
    </>
  );
}

function Step({ step }: { step: GoalStep }) {
  return (
    <div className={`gc-step${step.done ? ' is-done' : ''}`}>
      <span className="gc-box" aria-hidden="true" />
      <span className="gc-step-text">{step.text}</span>
      <span className="gc-step-meta">{stepMeta(step)}</span>
    </div>
  );
}

/**
 * A goal as a card: its head (title, status, dates, progress), its SMART details and its steps.
 * Each is a block of one group, so the card stays whole on a page, and only a card taller than a
 * page breaks, between its parts.
 */
export function goalCardBlocks(goal: GoalNode): PrintBlock[] {
  const group = `goal-${goal.id}`;
  const blocks: PrintBlock[] = [
    { key: `${group}-head`, group, className: 'gc gc-head', node: <GoalHead goal={goal} /> },
  ];
  for (const row of smartRows(goal)) {
    row.parts.forEach((part, partIndex) => {
      chunkText(part.text).forEach((chunk, chunkIndex) => {
        const first = partIndex === 0 && chunkIndex === 0;
        blocks.push({
          key: `${group}-${row.letter}-${partIndex}-${chunkIndex}`,
          group,
          className: `gc gc-smart${first ? ' is-first' : ''}`,
          node: (
            <>
              <span className="gc-letter">{first ? row.name : ''}</span>
              <p className="gc-smart-text">
                {part.label && chunkIndex === 0 ? (
                  <span className="gc-sub">{part.label}: </span>
                ) : null}
                {chunk}
              </p>
            </>
          ),
        });
      });
    });
  }
  if (goal.steps.length > 0) {
    const done = goal.steps.filter((step) => step.done).length;
    blocks.push({
      key: `${group}-steps`,
      group,
      keepWithNext: true,
      className: 'gc gc-steps-head',
      node: (
        <span className="gc-letter">
          Steps · {done} of {goal.steps.length} done
        </span>
      ),
    });
    for (const step of goal.steps) {
      blocks.push({
        key: `${group}-step-${step.id}`,
        group,
        className: 'gc gc-step-block',
        node: <Step step={step} />,
      });
    }
  }
  // A card split across pages keeps its title, dates and progress with the first part after them.
  if (blocks.length > 1) (blocks[0] as PrintBlock).keepWithNext = true;
  const last = blocks[blocks.length - 1] as PrintBlock;
  last.className = `${last.className ?? ''} gc-last`;
  return blocks;
}
