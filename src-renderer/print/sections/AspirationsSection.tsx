import type { AspirationNode } from '../../../src-main/contract';
import type { PrintBlock } from '../blocks';
import type { PrintModel } from '../model';
import { aspirationMeta } from '../plan-words';
import { goalCardBlocks } from './GoalCard';
import { richTextBlocks } from './rich-text';
import type { PrintSection } from './section';

function aspirationBlocks(aspiration: AspirationNode, index: number): PrintBlock[] {
  const key = `asp-${aspiration.id}`;
  const blocks: PrintBlock[] = [
    {
      key,
      className: `asp-heading${index === 0 ? ' is-first' : ''}`,
      keepWithNext: true,
      node: (
        <>
          <h2 className="asp-title">{aspiration.title}</h2>
          <p className="asp-meta">{aspirationMeta(aspiration)}</p>
        </>
      ),
    },
    ...richTextBlocks(aspiration.statement, `${key}-statement`, 'rt asp-statement'),
  ];
  const live = aspiration.goals.filter((goal) => goal.status !== 'dropped');
  blocks.push({
    key: `${key}-goals`,
    className: 'section-label',
    keepWithNext: true,
    node: <h3>{live.length === 1 ? 'Goal' : 'Goals'}</h3>,
  });
  if (live.length === 0) {
    blocks.push({
      key: `${key}-no-goals`,
      className: 'quiet-line',
      node: <p>No goals set for this aspiration yet.</p>,
    });
  }
  for (const goal of live) blocks.push(...goalCardBlocks(goal));
  return blocks;
}

/** Each chosen aspiration: its statement, then its goals as cards (dropped goals left out). */
export const aspirationsSection: PrintSection = {
  id: 'aspirations',
  blocks(model: PrintModel) {
    if (model.aspirations.length === 0) {
      return [
        {
          key: 'no-aspirations',
          className: 'quiet-line',
          node: <p>No aspirations are chosen for this document.</p>,
        },
      ];
    }
    return model.aspirations.flatMap(aspirationBlocks);
  },
};
