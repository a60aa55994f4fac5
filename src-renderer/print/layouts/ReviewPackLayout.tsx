import type { PrintBlock } from '../blocks';
import {
  achievementCount,
  reviewGoalState,
  type ReviewGroup,
  type ReviewPack,
} from '../compose/review-pack';
import { dateInWords, shortDate } from '../dates';
import type { PrintModel } from '../model';
import { titleBlock } from '../sections/TitleSection';

import { LAYOUT_TITLES } from '../document';

export const REVIEW_PACK_TITLE = LAYOUT_TITLES['review-pack'];

function groupBlocks(group: ReviewGroup, index: number): PrintBlock[] {
  const key = `review-${group.aspiration?.id ?? 'other'}`;
  const blocks: PrintBlock[] = [
    {
      key: `${key}-heading`,
      className: 'section-label',
      keepWithNext: true,
      node: <h3>{group.aspiration ? group.aspiration.title : 'Other achievements'}</h3>,
    },
  ];
  if (group.goals.length > 0) {
    blocks.push({
      key: `${key}-goals`,
      className: 'review-goals',
      keepWithNext: true,
      node: (
        <p>
          <span className="review-goals-label">Goals moved:</span>{' '}
          {group.goals.map((goal) => `${goal.title} (${reviewGoalState(goal)})`).join('; ')}
        </p>
      ),
    });
  }
  group.items.forEach((item) =>
    blocks.push({
      key: `${key}-${item.id}`,
      className: 'review-item',
      group: `${key}-${item.id}-${index}`,
      node: (
        <>
          <p className="review-line">
            <span className="print-when">{shortDate(item.happenedOn)}</span>
            <span className="review-what">{item.line}</span>
          </p>
          {item.goalTitle && <p className="review-note">Towards: {item.goalTitle}</p>}
          {item.passage && <blockquote className="review-passage">{item.passage}</blockquote>}
        </>
      ),
    }),
  );
  return blocks;
}

/** The review pack: a period's achievements by aspiration, with the goals they moved. */
export function reviewPackLayout(model: PrintModel): PrintBlock[] {
  const pack = model.review as ReviewPack;
  const period = `${dateInWords(pack.from)} to ${dateInWords(pack.to)}`;
  const blocks: PrintBlock[] = [
    titleBlock(REVIEW_PACK_TITLE, model, achievementCount(pack.count)),
    {
      key: 'review-period',
      className: 'review-period',
      node: <p>Achievements from {period}</p>,
    },
  ];
  if (pack.groups.length === 0) {
    blocks.push({
      key: 'review-none',
      className: 'quiet-line',
      node: <p>No achievements in this period for the chosen aspirations.</p>,
    });
  }
  pack.groups.forEach((group, index) => blocks.push(...groupBlocks(group, index)));
  return blocks;
}
